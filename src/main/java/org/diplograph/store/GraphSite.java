package org.diplograph.store;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.query.Dataset;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * What the server shows people, beside the SPARQL endpoint: the Fuseki UI at {@code /} (from the
 * {@code jena-fuseki-ui} jar), the cookbook of example queries at {@code /cookbook}, and an entity
 * page for every IRI the graph mints at {@code /id/...}.
 *
 * <p>The UI needs a few of Fuseki's server-information endpoints ({@code /$/ping}, {@code /$/server},
 * {@code /$/datasets}, {@code /$/stats}). They are added here by hand rather than through
 * Fuseki's admin module, which would also bring backup, compact, dataset creation and deletion, and
 * write a {@code run/} folder: only reading endpoints are mounted, and a filter refuses every
 * method but GET, HEAD and OPTIONS under {@code /$/} (apart from the UI's query validator, which
 * only parses). Uploads go to the dataset's Graph Store endpoint, which is read-only.
 */
public final class GraphSite {
    /** The path of the cookbook page. */
    public static final String COOKBOOK = "/cookbook";

    private GraphSite() {}

    /** Adds the UI, the cookbook and the entity pages to a server being built for this dataset. */
    public static FusekiServer.Builder configure(FusekiServer.Builder builder, String datasetName, Dataset dataset) {
        builder.addServlet(EntityPages.PATH + "*", new EntityPages(dataset))
               .addServlet(COOKBOOK, new CookbookPage(datasetName));
        String ui = uiLocation();
        if (ui != null) {
            builder.staticFileBase(ui)
                   .addServlet("/$/validate/query", new QueryValidator())
                   .addServlet("/$/validate/iri", new IRIValidator())
                   .addServlet("/$/validate/langtag", new LangTagValidator())
                   .addServlet("/$/validate/data", new DataValidator())
                   .addServlet("/$/server", new ActionServerStatus())
                   .addServlet("/$/datasets/*", new ActionDatasets())
                   .enablePing(true)
                   .enableStats(true);
        }
        return builder.addFilter("/$/*", new ReadOnlyAdmin());
    }

    /** The UI's files inside the jena-fuseki-ui jar, as Fuseki's own UI module finds them; null if absent. */
    static String uiLocation() {
        Resource r = ResourceFactory.closeable().newClassLoaderResource("webapp");
        return r == null ? null : r.getURI().toString();
    }

    /** Refuses anything but reading under {@code /$/}: no dataset may be created, deleted, backed up or compacted. */
    static final class ReadOnlyAdmin implements Filter {
        private static final Set<String> READ = Set.of("GET", "HEAD", "OPTIONS");

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest req = (HttpServletRequest) request;
            String path = req.getRequestURI().substring(req.getContextPath().length());
            boolean validation = path.startsWith("/$/validate/");
            if (!READ.contains(req.getMethod()) && !validation) {
                HttpServletResponse resp = (HttpServletResponse) response;
                resp.setHeader("Allow", "GET, HEAD, OPTIONS");
                resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                        "This server is read-only: " + req.getMethod() + " " + path + " is refused");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
