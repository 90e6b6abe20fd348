package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

class MemoryGuardTest {
    @Test
    void belowTheLimitNothingHappens() {
        try (MemoryGuard guard = new MemoryGuard(() -> 10, 100, false); MemoryGuard.Registration r = guard.register()) {
            assertFalse(guard.check());
            assertFalse(Thread.currentThread().isInterrupted());
        }
    }

    @Test
    void aboveTheLimitTheLongestRunningQueryIsCancelled() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < 300; i++) m.add(m.createResource("urn:s" + i), m.createProperty("urn:p"), "o" + i);
        Dataset ds = DatasetFactory.wrap(m);
        AtomicLong used = new AtomicLong(0);
        try (MemoryGuard guard = new MemoryGuard(used::get, 100, false)) {
            CountDownLatch registered = new CountDownLatch(1);
            CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
                try (MemoryGuard.Registration r = guard.register();
                        QueryExecution qe = QueryExecution.create(
                                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", ds)) {
                    registered.countDown();
                    qe.execSelect().forEachRemaining(row -> {});
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            assertTrue(registered.await(10, TimeUnit.SECONDS));
            Thread.sleep(200);
            used.set(1_000);
            assertTrue(guard.check(), "the guard should cancel a query");
            Throwable t = outcome.get(10, TimeUnit.SECONDS);
            assertInstanceOf(QueryCancelledException.class, t);
            assertEquals(1, guard.cancelled());
            assertFalse(guard.check(), "nothing left to cancel");
        }
    }
}
