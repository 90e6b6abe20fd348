package org.diplograph.store;

import java.time.Duration;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * What one query may do, for {@code query} and {@code serve} alike: how long it may run, how many
 * result rows it may return, and whether SPARQL {@code SERVICE} may call other servers.
 *
 * @param timeout    evaluation is cancelled after this long (the thread is freed, the query stops)
 * @param maxRows    queries without a smaller {@code LIMIT} get {@code LIMIT maxRows}; an
 *                   {@code ORDER BY} then keeps only that many rows in memory
 * @param allowService whether {@code SERVICE <http://...>} may send requests out of this machine
 */
public record QueryLimits(Duration timeout, long maxRows, boolean allowService) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_ROWS = 100_000;

    static {
        JenaSystem.init(); // the ARQ symbols below are null until Jena has initialised
    }

    public QueryLimits {
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("the query timeout must be positive, not " + timeout);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("the row limit must be at least 1, not " + maxRows);
        }
    }

    public static QueryLimits defaults() {
        return new QueryLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS, false);
    }

    public QueryLimits withTimeout(Duration t) { return new QueryLimits(t, maxRows, allowService); }

    public QueryLimits withMaxRows(long n) { return new QueryLimits(timeout, n, allowService); }

    public QueryLimits withService(boolean allow) { return new QueryLimits(timeout, maxRows, allow); }

    /** The message a query that uses SERVICE gets when outbound requests are off. */
    public static final String SERVICE_REFUSED = "SERVICE is disabled: this server sends no requests to other "
            + "machines (start it with --allow-service to allow federated queries)";

    /**
     * Puts the limits into a dataset's context, which ARQ merges into every execution over that
     * dataset, from the command line and from Fuseki alike.
     */
    public void applyTo(Context context) {
        context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        context.set(ARQ.httpServiceAllowed, allowService);
        if (!allowService) {
            // Belt and braces: even if some code path ignored httpServiceAllowed, the only SERVICE
            // executor this context knows refuses, so no HTTP executor is ever reached.
            ServiceExecutorRegistry refusing = new ServiceExecutorRegistry();
            refusing.addSingleLink((opExecute, opOriginal, binding, execCxt, chain) -> {
                throw new QueryDeniedException(SERVICE_REFUSED);
            });
            refusing.addBulkLink((opService, input, execCxt, chain) -> {
                throw new QueryDeniedException(SERVICE_REFUSED);
            });
            ServiceExecutorRegistry.set(context, refusing);
        } else {
            ServiceExecutorRegistry.set(context, ServiceExecutorRegistry.get());
        }
        // ARQ reads the top-N threshold from its global context only. Raising it above the row cap
        // makes ORDER BY ... LIMIT maxRows keep a bounded priority queue instead of sorting everything.
        Object current = ARQ.getContext().get(ARQ.topNSortingThreshold);
        long wanted = maxRows + 1;
        if (!(current instanceof Number n) || n.longValue() < wanted) {
            ARQ.getContext().set(ARQ.topNSortingThreshold, (int) Math.min(Integer.MAX_VALUE, wanted));
        }
    }

    /**
     * The query with its LIMIT lowered to {@link #maxRows} when it has none or a larger one; the
     * argument itself is not changed. Returns the same object when the query is within the cap.
     */
    public Query capRows(Query query) {
        if (!needsCap(query)) return query;
        Query capped = query.cloneQuery();
        capped.setLimit(maxRows);
        return capped;
    }

    /** True when {@link #capRows} would lower the query's LIMIT. ASK stops at one row anyway. */
    public boolean needsCap(Query query) {
        if (query.isAskType()) return false;
        return !query.hasLimit() || query.getLimit() > maxRows;
    }
}
