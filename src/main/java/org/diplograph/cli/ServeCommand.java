package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.diplograph.store.GraphStore;
import org.diplograph.store.SparqlServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the store read-only over the SPARQL protocol, on 127.0.0.1 only, at",
                "http://localhost:PORT/diplograph/sparql. With PATHs, build them into the store first.",
                "Ctrl-C stops the server and closes the store cleanly."},
        footer = {"%nExamples:", "  diplograph serve examples/articles",
                "  diplograph serve --port 8080",
                "  curl -G http://localhost:3030/diplograph/sparql --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5'"})
final class ServeCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Mixin KnowledgeOptions knowledge;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "PORT",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads when building (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles or folders to build before serving.")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GraphStore store = inputs.isEmpty() ? storeOptions.openExisting() : storeOptions.open();
        int built = ExitCodes.OK;
        if (!inputs.isEmpty()) {
            built = BuildCommand.build(store, inputs, threads, knowledge, out, err);
            store.compact();
        }
        SparqlServer server;
        try {
            server = SparqlServer.start(store, port);
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
        out.println("SPARQL endpoint (read-only): " + server.endpoint());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return built;
    }
}
