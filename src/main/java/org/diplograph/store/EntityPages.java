package org.diplograph.store;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.system.Txn;
import org.diplograph.vocab.DG;

/**
 * Makes the entity IRIs the graph mints resolve on the local server: {@code /id/country/CHN}
 * answers for {@code https://w3id.org/diplograph/id/country/CHN} (and the same for persons and
 * territories). A browser gets an HTML page with the entity's names, type, Wikidata link and its
 * facts grouped by relation, each with its articles and evidence sentences; a client that asks
 * for Turtle, N-Triples, JSON-LD or RDF/XML gets the same as RDF.
 */
public final class EntityPages extends HttpServlet {
    /** Where the pages are mounted; the rest of the path is the part of the IRI after {@link DG#ID}. */
    public static final String PATH = "/id/";

    private static final MediaType HTML = MediaType.create("text", "html");
    private static final AcceptList OFFER = AcceptList.create("text/html", "application/xhtml+xml", "text/turtle",
            "application/ld+json", "application/n-triples", "application/rdf+xml");

    private final transient Dataset dataset;

    public EntityPages(Dataset dataset) { this.dataset = dataset; }

    /** The local path that resolves an IRI of the graph, or null for IRIs minted elsewhere. */
    public static String localPath(String iri) {
        return iri.startsWith(DG.ID) ? PATH + iri.substring(DG.ID.length()) : null;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = req.getRequestURI().substring(req.getContextPath().length() + PATH.length());
        if (!rest.matches("(country|territory|person)/[A-Za-z0-9._~-]+")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Not an entity of this graph: " + PATH + rest);
            return;
        }
        String iri = DG.ID + rest;
        MediaType chosen = ConNeg.chooseContentType(req, OFFER, HTML);
        resp.setHeader("Vary", "Accept");
        Lang lang = chosen.getContentTypeStr().equals("application/xhtml+xml") ? null
                : RDFLanguages.contentTypeToLang(chosen.getContentTypeStr());
        if (lang == null) {
            html(iri, resp);
        } else {
            rdf(iri, lang, resp);
        }
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    // ---- RDF ----

    private static final String DESCRIBE = """
            CONSTRUCT {
              ?e ?p ?o . ?o rdfs:label ?ol . ?tenure ?tp ?to .
              ?st ?sp ?so . ?ev ?ep ?eo . ?sel ?selp ?selo .
              ?article schema:identifier ?id ; schema:headline ?headline ; schema:datePublished ?date .
            } WHERE {
              { ?e ?p ?o OPTIONAL { ?o rdfs:label ?ol } OPTIONAL { FILTER(?p = dg:held) ?o ?tp ?to BIND(?o AS ?tenure) } }
              UNION
              { { ?st rdf:subject ?e } UNION { ?st rdf:object ?e }
                ?st ?sp ?so ; prov:wasDerivedFrom ?article ; dg:evidence ?ev .
                ?ev ?ep ?eo . ?ev oa:hasSelector ?sel . ?sel ?selp ?selo .
                ?article schema:identifier ?id .
                OPTIONAL { ?article schema:headline ?headline } OPTIONAL { ?article schema:datePublished ?date } }
            }""";

    /** Everything the graph says of the entity and the statements about it, with their evidence. */
    public Model describe(String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(Prefixes.withStandardPrefixes(DESCRIBE));
        q.setIri("e", iri);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), dataset)) {
                Model m = qe.execConstruct();
                m.setNsPrefixes(Prefixes.STANDARD);
                return m;
            }
        });
    }

    private void rdf(String iri, Lang lang, HttpServletResponse resp) throws IOException {
        Model m = describe(iri);
        if (m.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "The graph holds nothing about " + iri);
            return;
        }
        resp.setContentType(lang.getContentType().getContentTypeStr());
        resp.setCharacterEncoding("UTF-8");
        RDFFormat format = lang.equals(Lang.TURTLE) ? RDFFormat.TURTLE_PRETTY
                : lang.equals(Lang.JSONLD) ? RDFFormat.JSONLD11_PRETTY : RDFWriterRegistry.defaultSerialization(lang);
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, m, format);
        }
    }

    // ---- HTML ----

    private static final String ABOUT = """
            SELECT ?p ?o WHERE { ?e ?p ?o FILTER(?p IN (rdf:type, rdfs:label, skos:altLabel, owl:sameAs)) }""";

    private static final String FACTS = """
            SELECT ?p ?outgoing ?other ?otherLabel ?article ?id ?headline ?date ?sentence WHERE {
              GRAPH ?article {
                { ?st rdf:subject ?e ; rdf:object ?other BIND(true AS ?outgoing) }
                UNION { ?st rdf:object ?e ; rdf:subject ?other BIND(false AS ?outgoing) }
                ?st rdf:predicate ?p ; dg:evidence/oa:hasSelector/oa:exact ?sentence .
                ?article schema:identifier ?id .
                OPTIONAL { ?article schema:headline ?headline }
                OPTIONAL { ?article schema:datePublished ?date }
                OPTIONAL { ?other rdfs:label ?otherLabel }
              }
            } ORDER BY ?p DESC(?outgoing) ?otherLabel ?date ?id""";

    private static final String REFERENCE = """
            SELECT ?p ?outgoing ?other ?otherLabel WHERE {
              GRAPH <%s> {
                { ?e ?p ?other FILTER(?p IN (dg:claimedBy, dg:controlledBy)) BIND(true AS ?outgoing) }
                UNION { ?other ?p ?e FILTER(?p IN (dg:claimedBy, dg:controlledBy)) BIND(false AS ?outgoing) }
              }
              OPTIONAL { ?other rdfs:label ?otherLabel }
            } ORDER BY ?p ?otherLabel""".formatted(DG.REFERENCE_GRAPH);

    private static final String TENURES = """
            SELECT ?title ?country ?countryLabel ?from ?to WHERE {
              GRAPH <%s> { ?e dg:held ?t . ?t dg:officeOf ?country ; dg:startYear ?from . OPTIONAL { ?t dg:title ?title }
                           OPTIONAL { ?t dg:endYear ?to } }
              OPTIONAL { ?country rdfs:label ?countryLabel }
            } ORDER BY ?from""".formatted(DG.REFERENCE_GRAPH);

    /** One relation seen from the entity: the other entities and, for each, the articles and sentences. */
    private record Group(String relation, boolean outgoing, Map<String, Other> others) {}

    private static final class Other {
        String label;
        final Set<String> articles = new LinkedHashSet<>();
        final Map<String, String> sentences = new LinkedHashMap<>(); // sentence -> article description
    }

    private void html(String iri, HttpServletResponse resp) throws IOException {
        Page page = Txn.calculateRead(dataset, () -> load(iri));
        if (page.labels.isEmpty() && page.groups.isEmpty() && page.types.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        resp.setContentType("text/html");
        resp.setCharacterEncoding("UTF-8");
        try (PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8))) {
            page.write(w);
        }
    }

    private List<QuerySolution> select(String template, String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(Prefixes.withStandardPrefixes(template));
        q.setIri("e", iri);
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(q.asQuery(), dataset)) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    private Page load(String iri) {
        Page page = new Page(iri);
        for (QuerySolution r : select(ABOUT, iri)) {
            String p = r.getResource("p").getURI();
            RDFNode o = r.get("o");
            switch (p) {
                case DG.RDF_TYPE -> page.types.add(o.asResource().getURI());
                case DG.RDFS_LABEL -> page.labels.add(o.asLiteral().getLexicalForm());
                case DG.SKOS_ALT_LABEL -> page.altLabels.add(o.asLiteral().getLexicalForm());
                default -> page.sameAs.add(o.asResource().getURI());
            }
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (QuerySolution r : select(FACTS, iri)) {
            String relation = local(r.getResource("p").getURI());
            boolean outgoing = r.getLiteral("outgoing").getBoolean();
            Group g = groups.computeIfAbsent(relation + outgoing, k -> new Group(relation, outgoing, new LinkedHashMap<>()));
            String other = r.getResource("other").getURI();
            Other o = g.others.computeIfAbsent(other, k -> new Other());
            if (r.contains("otherLabel")) o.label = r.getLiteral("otherLabel").getLexicalForm();
            o.articles.add(r.getResource("article").getURI());
            String where = r.contains("headline") ? r.getLiteral("headline").getLexicalForm() : r.getLiteral("id").getLexicalForm();
            if (r.contains("date")) where = where + ", " + r.getLiteral("date").getLexicalForm();
            o.sentences.putIfAbsent(r.getLiteral("sentence").getLexicalForm(), where);
        }
        page.groups.addAll(groups.values());
        for (QuerySolution r : select(REFERENCE, iri)) {
            String other = r.getResource("other").getURI();
            String label = r.contains("otherLabel") ? r.getLiteral("otherLabel").getLexicalForm() : other;
            // seen from the state, "T claimedBy S" reads as S claims T (dg:claims is the inverse of dg:claimedBy)
            String p = r.getResource("p").getURI();
            String relation = r.getLiteral("outgoing").getBoolean() ? local(p)
                    : p.equals(DG.claimedBy) ? local(DG.claims) : local(DG.controls);
            page.reference.computeIfAbsent(relation, k -> new TreeMap<>()).put(label, other);
        }
        for (QuerySolution r : select(TENURES, iri)) {
            String title = r.contains("title") ? r.getLiteral("title").getLexicalForm() : "in office";
            String country = r.contains("countryLabel") ? r.getLiteral("countryLabel").getLexicalForm() : "";
            String years = r.getLiteral("from").getLexicalForm() + "–" + (r.contains("to") ? r.getLiteral("to").getLexicalForm() : "");
            page.tenures.add(new String[] {title, country, r.getResource("country").getURI(), years});
        }
        return page;
    }

    private static String local(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(i + 1);
    }

    private static final class Page {
        final String iri;
        final Set<String> types = new LinkedHashSet<>();
        final Set<String> labels = new LinkedHashSet<>();
        final Set<String> altLabels = new LinkedHashSet<>();
        final Set<String> sameAs = new LinkedHashSet<>();
        final List<Group> groups = new ArrayList<>();
        final Map<String, Map<String, String>> reference = new TreeMap<>();
        final List<String[]> tenures = new ArrayList<>();

        Page(String iri) { this.iri = iri; }

        void write(PrintWriter w) {
            String title = labels.isEmpty() ? iri : labels.iterator().next();
            w.println("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
            w.println("<title>" + esc(title) + " — Diplograph</title>");
            w.println("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.4}"
                    + "h2{border-bottom:1px solid #ccc;margin-top:1.5em}.iri,.meta{color:#555;font-size:90%}"
                    + "blockquote{margin:.3em 0 .3em 1.5em;color:#333}blockquote cite{color:#777;font-size:85%}</style>");
            w.println("</head><body>");
            w.println("<p class=\"meta\"><a href=\"/\">Diplograph</a> · entity page</p>");
            w.println("<h1 id=\"label\">" + esc(title) + "</h1>");
            w.println("<p class=\"iri\"><code>" + esc(iri) + "</code></p>");
            if (labels.isEmpty() && groups.isEmpty() && types.isEmpty()) {
                w.println("<p id=\"missing\">The graph holds nothing about this entity.</p></body></html>");
                return;
            }
            w.println("<table>");
            w.print("<tr><th align=\"left\">type</th><td id=\"type\">");
            w.print(String.join(", ", types.stream().map(t -> esc(local(t))).toList()));
            w.println("</td></tr>");
            if (!altLabels.isEmpty()) {
                w.println("<tr><th align=\"left\">also called</th><td id=\"altLabels\">"
                        + esc(String.join(", ", altLabels)) + "</td></tr>");
            }
            for (String same : sameAs) {
                String href = same.startsWith("http://www.wikidata.org/entity/")
                        ? "https://www.wikidata.org/wiki/" + local(same) : same;
                String text = same.startsWith("http://www.wikidata.org/entity/") ? "Wikidata " + local(same) : same;
                w.println("<tr><th align=\"left\">same as</th><td><a class=\"wikidata\" href=\"" + esc(href) + "\">"
                        + esc(text) + "</a></td></tr>");
            }
            w.println("</table>");
            w.println("<h2>Facts from the articles</h2>");
            if (groups.isEmpty()) w.println("<p>No article states a fact about " + esc(title) + ".</p>");
            for (Group g : groups) {
                String heading = g.outgoing ? esc(title) + " <b>" + esc(g.relation) + "</b> …"
                        : "… <b>" + esc(g.relation) + "</b> " + esc(title);
                w.println("<section class=\"relation\" data-relation=\"" + esc(g.relation) + "\" data-direction=\""
                        + (g.outgoing ? "out" : "in") + "\"><h3>" + heading + "</h3><ul>");
                for (Map.Entry<String, Other> e : g.others.entrySet()) {
                    Other o = e.getValue();
                    w.println("<li>" + link(e.getKey(), o.label) + " <span class=\"meta\">(" + o.articles.size()
                            + (o.articles.size() == 1 ? " article" : " articles") + ")</span>");
                    for (Map.Entry<String, String> s : o.sentences.entrySet()) {
                        w.println("<blockquote class=\"evidence\">" + esc(s.getKey()) + " <cite>— " + esc(s.getValue())
                                + "</cite></blockquote>");
                    }
                    w.println("</li>");
                }
                w.println("</ul></section>");
            }
            if (!reference.isEmpty() || !tenures.isEmpty()) {
                w.println("<h2>Reference knowledge</h2><ul>");
                reference.forEach((p, others) -> others.forEach((label, other) ->
                        w.println("<li>" + esc(p) + " " + link(other, label) + "</li>")));
                for (String[] t : tenures) {
                    w.println("<li>" + esc(t[0]) + " of " + link(t[2], t[1]) + ", " + esc(t[3]) + "</li>");
                }
                w.println("</ul>");
            }
            w.println("<p class=\"meta\">As RDF: ask this address for <code>text/turtle</code> or "
                    + "<code>application/ld+json</code>, e.g. <code>curl -H 'Accept: text/turtle' URL</code>.</p>");
            w.println("</body></html>");
        }

        private static String link(String iri, String label) {
            String path = localPath(iri);
            String text = esc(label == null ? iri : label);
            return path == null ? text : "<a href=\"" + esc(path) + "\">" + text + "</a>";
        }
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
