package org.diplograph.store;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.web.HttpSC;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query handler with the row cap of {@link QueryLimits}: a query without a
 * smaller LIMIT runs with {@code LIMIT maxRows}, and the response says so in the header
 * {@value #ROW_CAP_HEADER} (a client that receives exactly that many rows knows there may be more).
 */
final class CappedQueryProcessor extends SPARQL_QueryDataset {
    static final String ROW_CAP_HEADER = "X-Diplograph-Row-Cap";

    private final QueryLimits limits;
    private final MemoryGuard memory;

    CappedQueryProcessor(QueryLimits limits, MemoryGuard memory) {
        this.limits = limits;
        this.memory = memory;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (QueryCancelledException e) {
            // Fuseki reports every cancellation as a timeout; say when it was memory instead.
            if (memory.cancelledCurrentQuery()) {
                ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503,
                        "Query cancelled: it needed more memory than the server has room for");
            }
            throw e;
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Query capped = limits.capRows(query);
        if (capped != query) action.setResponseHeader(ROW_CAP_HEADER, Long.toString(limits.maxRows()));
        return super.createQueryExec(action, capped, dataset);
    }
}
