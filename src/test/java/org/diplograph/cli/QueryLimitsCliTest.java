package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query command under its limits: no SERVICE, a timeout, a row cap. */
class QueryLimitsCliTest {
    @TempDir static Path dir;
    static String store;

    @BeforeAll
    static void build() {
        store = dir.resolve("store").toString();
        CliTest.Run r = CliTest.run("build", "--store", store, "examples/articles");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void serviceIsRefusedAndNothingIsSent() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (true) {
                    try (Socket s = listener.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
            CliTest.Run r = CliTest.run("query", "--store", store, "SELECT * WHERE { ?a schema:headline ?h . "
                    + "BIND(IRI(CONCAT(\"" + url + "?q=\", ENCODE_FOR_URI(?h))) AS ?u) SERVICE ?u { ?s ?p ?o } }");
            assertEquals(ExitCodes.QUERY, r.code(), r.out() + r.err());
            assertTrue(r.err().contains("SERVICE is disabled") && r.err().contains("--allow-service"), r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.err());
            Thread.sleep(200);
            assertEquals(0, connections.get(), "the listener was contacted");

            CliTest.Run allowed = CliTest.run("query", "--store", store, "--allow-service",
                    "SELECT * WHERE { SERVICE <" + url + "> { ?s ?p ?o } }");
            assertTrue(allowed.err().contains("warning: --allow-service"), allowed.err());
            assertTrue(connections.get() > 0, "with --allow-service the request is sent");
        }
    }

    @Test
    void aPathologicalQueryIsCancelledAtTheTimeout() {
        long t0 = System.nanoTime();
        CliTest.Run r = CliTest.run("query", "--store", store, "--timeout", "1",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        double took = (System.nanoTime() - t0) / 1e9;
        assertEquals(ExitCodes.QUERY, r.code(), r.err());
        assertTrue(r.err().contains("timeout"), r.err());
        assertTrue(took < 15, "took " + took + " s");
    }

    @Test
    void rowsAreCappedWithAWarning() {
        CliTest.Run r = CliTest.run("query", "--store", store, "--max-rows", "2", "--format", "csv",
                "SELECT ?s WHERE { ?s ?p ?o }");
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.out().strip().lines().count(), r.out());
        assertTrue(r.err().contains("first 2 rows"), r.err());
        CliTest.Run limited = CliTest.run("query", "--store", store, "--max-rows", "2", "--format", "csv",
                "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1");
        assertEquals("", limited.err());
        assertEquals(ExitCodes.USAGE, CliTest.run("query", "--store", store, "--timeout", "0", "ASK {}").code());
    }

    @Test
    void serveRefusesNonsenseProtectionOptionsBeforeStarting() {
        CliTest.Run badOrigin = CliTest.run("serve", "--store", store, "--port", "0", "--cors", "evil.example");
        assertEquals(ExitCodes.USAGE, badOrigin.code(), badOrigin.err());
        assertTrue(badOrigin.err().contains("--cors takes an origin"), badOrigin.err());
        assertEquals(ExitCodes.USAGE, CliTest.run("serve", "--store", store, "--max-concurrent", "0").code());
        assertEquals(ExitCodes.USAGE, CliTest.run("serve", "--store", store, "--host", "evil.example:80").code());
        assertEquals(ExitCodes.USAGE, CliTest.run("serve", "--store", store, "--timeout", "-1").code());
    }
}
