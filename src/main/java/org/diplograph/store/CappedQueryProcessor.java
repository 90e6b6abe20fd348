package org.diplograph.store;

import org.apache.jena.fuseki.servlets.HttpAction;
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

    CappedQueryProcessor(QueryLimits limits) { this.limits = limits; }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Query capped = limits.capRows(query);
        if (capped != query) action.setResponseHeader(ROW_CAP_HEADER, Long.toString(limits.maxRows()));
        return super.createQueryExec(action, capped, dataset);
    }
}
