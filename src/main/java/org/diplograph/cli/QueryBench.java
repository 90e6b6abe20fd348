package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Prefixes;

/**
 * Query latency over a store: each query runs once unmeasured (cold), then {@code RUNS} times; the
 * median is reported and those over one second are flagged. Queries come from .rq files, folders
 * of them, and the {@code ```sparql} blocks of Markdown files (the README's examples).
 */
final class QueryBench {
    static final int RUNS = 5;
    static final double SLOW_MS = 1000;

    record NamedQuery(String name, String text) {}

    record Latency(String name, long rows, double coldMs, double medianMs) {
        boolean slow() { return medianMs > SLOW_MS; }
    }

    private static final java.util.regex.Pattern SPARQL_BLOCK =
            java.util.regex.Pattern.compile("```sparql\\s*\\n(.*?)```", java.util.regex.Pattern.DOTALL);

    /** The queries in these files and folders, in the order given (folders sorted by name). */
    static List<NamedQuery> load(List<Path> paths) {
        List<NamedQuery> out = new ArrayList<>();
        for (Path p : paths) {
            try {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.list(p)) {
                        for (Path f : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                            out.add(new NamedQuery(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
                        }
                    }
                } else if (p.toString().endsWith(".md")) {
                    String markdown = Files.readString(p, StandardCharsets.UTF_8);
                    Matcher m = SPARQL_BLOCK.matcher(markdown);
                    for (int i = 1; m.find(); i++) {
                        // named after the heading above the block, which says what the query asks
                        int heading = markdown.lastIndexOf("\n#", m.start());
                        String title = heading < 0 ? "#" + i
                                : markdown.substring(heading + 1, markdown.indexOf('\n', heading + 1)).replaceFirst("^#+\\s*", "");
                        out.add(new NamedQuery(p.getFileName() + ": " + title, m.group(1)));
                    }
                } else {
                    out.add(new NamedQuery(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UserError(p + ": cannot read (" + e.getMessage() + ")", ExitCodes.BAD_INPUT);
            }
        }
        if (out.isEmpty()) throw new UserError("no queries in " + paths, ExitCodes.BAD_INPUT);
        // the README shows the example files' queries again: each text is timed once, under its first name
        java.util.Map<String, NamedQuery> distinct = new java.util.LinkedHashMap<>();
        for (NamedQuery q : out) distinct.putIfAbsent(q.text().strip(), q);
        return List.copyOf(distinct.values());
    }

    /** Whether the query reads a remote endpoint (SERVICE), which the store's latency does not cover. */
    static boolean usesService(NamedQuery q) {
        Query query;
        try {
            query = QueryFactory.create(Prefixes.withStandardPrefixes(q.text()));
        } catch (QueryParseException e) {
            return false; // measure() reports it
        }
        boolean[] found = {false};
        if (query.getQueryPattern() != null) {
            org.apache.jena.sparql.syntax.ElementWalker.walk(query.getQueryPattern(),
                    new org.apache.jena.sparql.syntax.ElementVisitorBase() {
                        @Override public void visit(org.apache.jena.sparql.syntax.ElementService el) { found[0] = true; }
                    });
        }
        return found[0];
    }

    /** Runs each query (a SELECT, ASK, CONSTRUCT or DESCRIBE) and times it. */
    static List<Latency> measure(GraphStore store, List<NamedQuery> queries) {
        List<Latency> out = new ArrayList<>();
        for (NamedQuery q : queries) {
            Query query;
            try {
                query = QueryFactory.create(Prefixes.withStandardPrefixes(q.text()));
            } catch (QueryParseException e) {
                throw new UserError(q.name() + ": the query does not parse: " + e.getMessage(), ExitCodes.QUERY);
            }
            long t = System.nanoTime();
            long rows = execute(store, query);
            double cold = (System.nanoTime() - t) / 1e6;
            double[] ms = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                t = System.nanoTime();
                execute(store, query);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            out.add(new Latency(q.name(), rows, cold, BenchReport.median(ms)));
        }
        return out;
    }

    /** Executes the query to the end and returns how many rows (or triples) it gave. */
    private static long execute(GraphStore store, Query query) {
        return store.read(() -> {
            try (QueryExecution qe = QueryExecution.create(query, store.dataset())) {
                if (query.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    long n = 0;
                    while (rs.hasNext()) {
                        rs.next();
                        n++;
                    }
                    return n;
                }
                if (query.isAskType()) return qe.execAsk() ? 1L : 0L;
                long n = 0;
                var triples = query.isConstructType() ? qe.execConstructTriples() : qe.execDescribeTriples();
                while (triples.hasNext()) {
                    triples.next();
                    n++;
                }
                return n;
            }
        });
    }

    static void print(List<Latency> latencies, PrintWriter out) {
        int width = Math.max(5, latencies.stream().mapToInt(l -> l.name().length()).max().orElse(5));
        out.printf("%-" + width + "s %9s %10s %13s%n", "query", "rows", "cold ms", "median ms (" + RUNS + ")");
        for (Latency l : latencies) {
            out.printf("%-" + width + "s %,9d %10.1f %13.1f%s%n", l.name(), l.rows(), l.coldMs(), l.medianMs(),
                    l.slow() ? "  SLOW (over 1 s)" : "");
        }
        long slow = latencies.stream().filter(Latency::slow).count();
        out.printf("%d of %d queries over 1 s (median)%n", slow, latencies.size());
    }
}
