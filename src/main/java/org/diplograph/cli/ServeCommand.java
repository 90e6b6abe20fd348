package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.diplograph.store.GraphStore;
import org.diplograph.store.QueryLimits;
import org.diplograph.store.SparqlServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the store read-only over the SPARQL protocol, on 127.0.0.1 only,",
                "at http://localhost:PORT/diplograph/sparql, with the query editor (the Fuseki",
                "UI) at /, the query cookbook at /cookbook and a page for every entity at",
                "/id/... (HTML, or RDF by content negotiation). With PATHs, build them into",
                "the store first. Ctrl-C stops the server and closes the store cleanly.",
                "",
                "Only requests addressed to localhost, 127.0.0.1 or [::1] (or a --host name)",
                "are answered; web pages from other origins cannot query it (unless named",
                "with --cors); SERVICE sends nothing out (unless --allow-service); every query",
                "runs under --timeout, --max-rows and --max-concurrent. See \"Security\" in",
                "the README."},
        footer = {"%nExamples:", "  diplograph serve examples/articles",
                "  diplograph serve --port 8080 --timeout 60",
                "  diplograph serve --cors http://localhost:8888",
                "  curl -G http://localhost:3030/diplograph/sparql --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5'"})
final class ServeCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Mixin KnowledgeOptions knowledge;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "PORT",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Mixin QueryLimitOptions limitOptions;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Queries evaluated at once (default: twice the cores, here ${DEFAULT-VALUE}); up to "
                    + "--max-queued more wait, the rest get 503.")
    int maxConcurrent = 2 * Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-queued", paramLabel = "N", defaultValue = "64",
            description = "Requests that may wait for a free slot (default: ${DEFAULT-VALUE}); they wait at most --timeout.")
    int maxQueued;

    @Option(names = "--host", paramLabel = "NAME",
            description = "Also answer requests whose Host header names NAME (such as a name a reverse proxy uses). "
                    + "The server still listens on 127.0.0.1 only. Repeatable.")
    List<String> hostNames = new ArrayList<>();

    @Option(names = "--cors", paramLabel = "ORIGIN",
            description = "Let web pages from ORIGIN (scheme://host[:port], like http://localhost:8888) query the server; "
                    + "requests from any other origin are refused. Repeatable.")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads when building (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles or folders to build before serving.")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        QueryLimits limits = limitOptions.limits();
        if (maxConcurrent < 1) throw new UserError("--max-concurrent must be at least 1, not " + maxConcurrent, ExitCodes.USAGE);
        if (maxQueued < 0) throw new UserError("--max-queued cannot be negative: " + maxQueued, ExitCodes.USAGE);
        for (String name : hostNames) {
            if (!SparqlServer.Builder.validHostName(name)) {
                throw new UserError("--host takes a host name without port, like diplograph.local, not " + name, ExitCodes.USAGE);
            }
        }
        for (String origin : corsOrigins) {
            if (!origin.matches("https?://[^/\\s]+/?")) {
                throw new UserError("--cors takes an origin like http://localhost:8888, not " + origin, ExitCodes.USAGE);
            }
        }
        GraphStore store = inputs.isEmpty() ? storeOptions.openExisting() : storeOptions.open();
        int built = ExitCodes.OK;
        if (!inputs.isEmpty()) {
            built = BuildCommand.build(store, inputs, threads, knowledge, out, err);
            store.compact();
        }
        SparqlServer server;
        try {
            SparqlServer.Builder builder = SparqlServer.create(store).port(port).limits(limits)
                    .maxConcurrent(maxConcurrent).maxQueued(maxQueued);
            hostNames.forEach(builder::hostName);
            corsOrigins.forEach(builder::corsOrigin);
            server = builder.start();
        } catch (RuntimeException e) {
            store.close();
            throw new UserError("cannot start the server on port " + port + ": " + e.getMessage(), ExitCodes.FAILURE);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "diplograph-shutdown"));
        if (limits.allowService()) {
            err.println("diplograph: warning: --allow-service: queries may make this server send requests, and data "
                    + "from the store, to any address");
            err.flush();
        }
        out.println("SPARQL endpoint (read-only): " + server.endpoint());
        out.println("Limits: " + limitOptions.timeoutText() + " per query, " + limits.maxRows() + " rows, "
                + maxConcurrent + " queries at once" + (corsOrigins.isEmpty() ? "" : "; CORS for " + String.join(", ", corsOrigins)));
        out.println("Query editor: " + server.base() + "   cookbook: " + server.base() + "cookbook"
                + "   entity pages: " + server.base() + "id/country/CHN");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return built;
    }
}
