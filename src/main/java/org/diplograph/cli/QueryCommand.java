package org.diplograph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.diplograph.store.GraphStore;
import org.diplograph.store.MemoryGuard;
import org.diplograph.store.QueryLimits;
import org.diplograph.store.Prefixes;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a SPARQL query over the store. The default graph is the union of all",
                "article graphs and the reference graph; GRAPH ?g { ... } reaches one article.",
                "The prefixes dg: dgc: dgt: dgp: schema: rdf: rdfs: skos: owl: xsd: prov: oa:",
                "wd: are declared for you. Queries are cancelled after --timeout and capped at",
                "--max-rows rows; SERVICE reaches no other server without --allow-service."},
        footer = {"%nExamples:",
                "  diplograph query 'SELECT ?p ?c WHERE { ?p dg:leaderOf ?c }'",
                "  diplograph query --format csv -f examples/queries/claims.rq"})
final class QueryCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Mixin QueryLimitOptions limitOptions;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "Result format for SELECT: table, csv, tsv or json (default: ${DEFAULT-VALUE}). "
                    + "CONSTRUCT and DESCRIBE give Turtle; ASK gives true or false.")
    String format;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "QUERY", description = "The SPARQL query text.") String text;

        @Option(names = {"-f", "--file"}, paramLabel = "FILE.rq", description = "Read the query from a file.") Path file;
    }

    @Override
    public Integer call() throws IOException {
        if (!java.util.Set.of("table", "csv", "tsv", "json").contains(format)) {
            throw new UserError("--format must be table, csv, tsv or json, not " + format, ExitCodes.USAGE);
        }
        QueryLimits limits = limitOptions.limits();
        String text = source.file != null ? read(source.file) : source.text;
        Query query;
        try {
            query = QueryFactory.create(Prefixes.withStandardPrefixes(text));
        } catch (QueryParseException e) {
            throw new UserError("the query does not parse: " + e.getMessage(), ExitCodes.QUERY);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limits.allowService()) {
            err.println("diplograph: warning: --allow-service: SERVICE may send data from the store to other servers");
        }
        Query capped = limits.capRows(query);
        try (GraphStore store = storeOptions.openExisting(); MemoryGuard memory = MemoryGuard.forHeap(MemoryGuard.DEFAULT_SHARE)) {
            limits.applyTo(store.dataset().getContext());
            long[] rows = {-1};
            String result;
            try (MemoryGuard.Registration r = memory.register()) {
                result = store.read(() -> run(store, capped, limits, rows));
            } catch (QueryCancelledException e) {
                throw new UserError(memory.cancelled() > 0
                        ? "the query was cancelled: it needed more memory than the heap has room for"
                        : "the query was cancelled after the " + limitOptions.timeoutText() + " timeout (see --timeout)",
                        ExitCodes.QUERY);
            }
            out.print(result);
            out.flush();
            if (capped != query && rows[0] == limits.maxRows()) {
                err.println("diplograph: showing the first " + limits.maxRows() + " rows; there may be more (see --max-rows)");
            }
        }
        return ExitCodes.OK;
    }

    private String run(GraphStore store, Query query, QueryLimits limits, long[] rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query)
                .timeout(limits.timeout().toMillis(), TimeUnit.MILLISECONDS).build()) {
            if (query.isSelectType()) {
                // The rows are capped, and printed from memory anyway: counting them first costs nothing.
                ResultSetRewindable rs = qe.execSelect().rewindable();
                rows[0] = rs.size();
                rs.reset();
                switch (format) {
                    case "csv" -> ResultSetFormatter.outputAsCSV(bytes, rs);
                    case "tsv" -> ResultSetFormatter.outputAsTSV(bytes, rs);
                    case "json" -> ResultSetFormatter.outputAsJSON(bytes, rs);
                    default -> ResultSetFormatter.out(bytes, rs, query.getPrologue());
                }
            } else if (query.isAskType()) {
                return qe.execAsk() + System.lineSeparator();
            } else if (query.isConstructType()) {
                RDFDataMgr.write(bytes, qe.execConstruct(), RDFFormat.TURTLE_PRETTY);
            } else if (query.isDescribeType()) {
                RDFDataMgr.write(bytes, qe.execDescribe(), RDFFormat.TURTLE_PRETTY);
            } else {
                throw new UserError("only SELECT, ASK, CONSTRUCT and DESCRIBE queries are run here", ExitCodes.QUERY);
            }
        } catch (QueryDeniedException e) {
            throw new UserError("the query was refused: " + e.getMessage(), ExitCodes.QUERY);
        } catch (QueryCancelledException e) {
            throw e;
        } catch (org.apache.jena.query.QueryException e) {
            throw new UserError("the query failed: " + e.getMessage(), ExitCodes.QUERY);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage(), ExitCodes.BAD_INPUT);
        }
    }
}
