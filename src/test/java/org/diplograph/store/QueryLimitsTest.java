package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

class QueryLimitsTest {
    @Test
    void queriesWithoutASmallerLimitAreCapped() {
        QueryLimits limits = QueryLimits.defaults().withMaxRows(50);
        Query open = QueryFactory.create("SELECT * { ?s ?p ?o }");
        Query capped = limits.capRows(open);
        assertEquals(50, capped.getLimit());
        assertFalse(open.hasLimit(), "the query given is left alone");
        assertEquals(50, limits.capRows(QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 5000")).getLimit());
        Query small = QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 7");
        assertSame(small, limits.capRows(small));
        Query ask = QueryFactory.create("ASK { ?s ?p ?o }");
        assertSame(ask, limits.capRows(ask));
        assertEquals(50, limits.capRows(QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o }")).getLimit());
    }

    @Test
    void aCappedOrderByKeepsOnlyTheTopRows() {
        // Without the raised threshold ARQ sorts everything before cutting at the LIMIT (it uses a
        // bounded top-N only below 1,000 rows): the cross product would be held in memory.
        QueryLimits limits = QueryLimits.defaults().withMaxRows(100_000);
        limits.applyTo(new Context());
        Query sorted = limits.capRows(QueryFactory.create("SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"));
        String plan = Algebra.optimize(Algebra.compile(sorted)).toString();
        assertTrue(plan.contains("(top (100000"), plan);
    }

    @Test
    void theContextCarriesTimeoutAndServicePolicy() {
        Context cxt = new Context();
        new QueryLimits(Duration.ofSeconds(2), 10, false).applyTo(cxt);
        assertEquals("2000", cxt.getAsString(ARQ.queryTimeout));
        assertFalse(cxt.isTrue(ARQ.httpServiceAllowed));
        new QueryLimits(Duration.ofSeconds(2), 10, true).applyTo(cxt);
        assertTrue(cxt.isTrue(ARQ.httpServiceAllowed));
    }

    @Test
    void nonsenseLimitsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new QueryLimits(Duration.ZERO, 10, false));
        assertThrows(IllegalArgumentException.class, () -> new QueryLimits(Duration.ofSeconds(1), 0, false));
    }
}
