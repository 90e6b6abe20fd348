package org.diplograph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Prefixes;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a SPARQL query over the store. The default graph is the union of all article graphs",
                "and the reference graph; GRAPH ?g { ... } reaches one article. The prefixes dg: dgc: dgt: dgp:",
                "schema: rdf: rdfs: skos: owl: xsd: prov: oa: wd: are declared for you."},
        footer = {"%nExamples:",
                "  diplograph query 'SELECT ?p ?c WHERE { ?p dg:leaderOf ?c }'",
                "  diplograph query --format csv -f examples/queries/claims.rq"})
final class QueryCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin StoreOptions storeOptions;

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
        String text = source.file != null ? read(source.file) : source.text;
        Query query;
        try {
            query = QueryFactory.create(Prefixes.withStandardPrefixes(text));
        } catch (QueryParseException e) {
            throw new UserError("the query does not parse: " + e.getMessage(), ExitCodes.QUERY);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore store = storeOptions.openExisting()) {
            String result = store.read(() -> run(store, query));
            out.print(result);
            out.flush();
        }
        return ExitCodes.OK;
    }

    private String run(GraphStore store, Query query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (QueryExecution qe = QueryExecution.create(query, store.dataset())) {
            if (query.isSelectType()) {
                ResultSet rs = qe.execSelect();
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
