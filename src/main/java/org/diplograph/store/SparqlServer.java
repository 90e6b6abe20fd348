package org.diplograph.store;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * An embedded Fuseki serving the store read-only at {@code http://127.0.0.1:PORT/diplograph/sparql}
 * (and {@code /diplograph/query}); updates are refused.
 */
public final class SparqlServer implements AutoCloseable {
    public static final String DATASET = "/diplograph";

    private final FusekiServer server;

    private SparqlServer(FusekiServer server) { this.server = server; }

    /** Starts on the port (0 picks a free one), bound to the loopback interface only. */
    public static SparqlServer start(GraphStore store, int port) {
        FusekiServer server = FusekiServer.create()
                .loopback(true)
                .port(port)
                .add(DATASET, store.datasetGraph(), false)
                .build()
                .start();
        return new SparqlServer(server);
    }

    public int port() { return server.getHttpPort(); }

    public String endpoint() { return "http://localhost:" + port() + DATASET + "/sparql"; }

    @Override
    public void close() { server.stop(); }
}
