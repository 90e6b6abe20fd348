package org.diplograph.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;

/**
 * An embedded Fuseki serving the store read-only at {@code http://127.0.0.1:PORT/diplograph/sparql}
 * (and {@code /diplograph/query}); updates are refused. Every path it serves, including those
 * added with {@link Builder#extend}, sits behind the same {@link RequestGuard} (Host, Origin,
 * concurrency, memory) and every query over the store under the same {@link QueryLimits}
 * (timeout, row cap, no outbound SERVICE unless allowed). Besides the endpoint it shows people the
 * Fuseki UI at {@code /}, the query cookbook at {@code /cookbook} and entity pages at
 * {@code /id/...} ({@link GraphSite}).
 *
 * <pre>{@code
 * SparqlServer server = SparqlServer.create(store).port(0).limits(QueryLimits.defaults()).start();
 * }</pre>
 */
public final class SparqlServer implements AutoCloseable {
    public static final String DATASET = "/diplograph";

    private final FusekiServer server;
    private final MemoryGuard memory;

    private SparqlServer(FusekiServer server, MemoryGuard memory) {
        this.server = server;
        this.memory = memory;
    }

    /** Starts on the port (0 picks a free one) with the default protections. */
    public static SparqlServer start(GraphStore store, int port) {
        return create(store).port(port).start();
    }

    public static Builder create(GraphStore store) { return new Builder(store); }

    public int port() { return server.getHttpPort(); }

    public String endpoint() { return "http://localhost:" + port() + DATASET + "/sparql"; }

    /** How many queries were cancelled to keep the heap from running out. */
    public int cancelledForMemory() { return memory.cancelled(); }

    /** The address of the server itself, where the query UI opens. */
    public String base() { return "http://localhost:" + port() + "/"; }

    @Override
    public void close() {
        server.stop();
        memory.close();
    }

    /** The server's settings; {@link #start()} validates them and starts it. */
    public static final class Builder {
        private final GraphStore store;
        private int port = 3030;
        private QueryLimits limits = QueryLimits.defaults();
        private int maxConcurrent = 2 * Runtime.getRuntime().availableProcessors();
        private int maxQueued = 64;
        private double memoryShare = MemoryGuard.DEFAULT_SHARE;
        private MemoryGuard memoryGuard;
        private final Set<String> hostNames = new LinkedHashSet<>();
        private final Set<String> corsOrigins = new LinkedHashSet<>();
        private final List<Consumer<FusekiServer.Builder>> extensions = new ArrayList<>();

        private Builder(GraphStore store) { this.store = store; }

        /** HTTP port on 127.0.0.1; 0 picks a free one. */
        public Builder port(int p) { this.port = p; return this; }

        /** Timeout, row cap and SERVICE policy for every query. */
        public Builder limits(QueryLimits l) { this.limits = l; return this; }

        /** How many requests are evaluated at once (default: twice the cores). */
        public Builder maxConcurrent(int n) { this.maxConcurrent = n; return this; }

        /** How many more requests wait for a slot before the server answers 503 (default 64). */
        public Builder maxQueued(int n) { this.maxQueued = n; return this; }

        /** Share of {@code -Xmx} the old generation may reach before the longest query is cancelled. */
        public Builder memoryShare(double share) { this.memoryShare = share; return this; }

        /** A DNS name or an IP address ({@code [...]} for IPv6), without port. */
        public static boolean validHostName(String name) {
            return name.matches("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+\\]");
        }

        /** Tests: a guard whose memory readings they control. */
        Builder memoryGuard(MemoryGuard guard) { this.memoryGuard = guard; return this; }

        /** Another name (besides the loopback ones) that requests may carry in their Host header. */
        public Builder hostName(String name) { hostNames.add(name); return this; }

        /** An origin (e.g. {@code https://notebook.example.org}) whose web pages may query the server. */
        public Builder corsOrigin(String origin) { corsOrigins.add(origin); return this; }

        /**
         * Adds to the Fuseki server (servlets, static files, more endpoints). Whatever is added here
         * is still served behind the request guard and the query limits.
         */
        public Builder extend(Consumer<FusekiServer.Builder> extension) { extensions.add(extension); return this; }

        public SparqlServer start() {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("the port must be 0-65535, not " + port);
            if (maxConcurrent < 1) throw new IllegalArgumentException("at least one query must be able to run, not " + maxConcurrent);
            if (maxQueued < 0) throw new IllegalArgumentException("the queue length cannot be negative: " + maxQueued);
            if (!(memoryShare > 0 && memoryShare < 1)) throw new IllegalArgumentException("the memory share must be between 0 and 1");
            for (String name : hostNames) {
                if (!validHostName(name)) throw new IllegalArgumentException("not a host name: " + name);
            }
            for (String origin : corsOrigins) {
                if (!origin.matches("https?://[^/\\s]+/?")) {
                    throw new IllegalArgumentException("a CORS origin is scheme://host[:port], not " + origin);
                }
            }
            limits.applyTo(store.dataset().getContext());
            MemoryGuard memory = memoryGuard != null ? memoryGuard : MemoryGuard.forHeap(memoryShare);
            // A queued request waits no longer than a query may run.
            RequestGuard guard = new RequestGuard(hostNames, corsOrigins, maxConcurrent, maxQueued, limits.timeout(), memory);
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .loopback(true)
                    .port(port)
                    .enableCors(false)
                    .registerOperation(Operation.Query, new CappedQueryProcessor(limits, memory))
                    .add(DATASET, store.datasetGraph(), false)
                    .addFilter("/*", guard);
            GraphSite.configure(fuseki, DATASET, store.dataset());
            extensions.forEach(e -> e.accept(fuseki));
            try {
                return new SparqlServer(fuseki.build().start(), memory);
            } catch (RuntimeException e) {
                memory.close();
                throw e;
            }
        }
    }
}
