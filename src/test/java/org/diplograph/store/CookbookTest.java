package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplograph.ExampleStore;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every query of the cookbook ({@code examples/queries/*.rq}) on the store built from
 * {@code examples/articles} and compares its rows with {@code src/test/resources/cookbook-rows/NAME.tsv}
 * (checked by hand against the example articles). A query that calls a remote SERVICE is only
 * parsed. The queries that look for disagreements with the reference knowledge, which the example
 * articles do not contain, are also run on the examples plus a graph written to disagree.
 */
class CookbookTest {
    static final Path QUERIES = Path.of("examples/queries");
    static final Path EXPECTED = Path.of("src/test/resources/cookbook-rows");

    @TempDir static Path dir;

    static List<Path> queries() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    static String name(Path rq) {
        return rq.getFileName().toString().replaceFirst("\\.rq$", "");
    }

    static boolean federated(String text) {
        return text.contains("SERVICE <");
    }

    @Test
    void theCookbookAnswersAtLeastTwelveQuestionsEachStatedInAComment() throws IOException {
        List<Path> all = queries();
        assertTrue(all.size() >= 12, "cookbook has " + all.size() + " queries");
        for (Path rq : all) {
            String first = Files.readAllLines(rq).get(0);
            assertTrue(first.startsWith("# ") && first.length() > 20, rq + " must open with a comment stating its question");
        }
        assertTrue(all.stream().anyMatch(p -> { try { return federated(Files.readString(p)); } catch (IOException e) { return false; } }),
                "one query shows a federated join with Wikidata");
    }

    @TestFactory
    Stream<DynamicTest> everyRunnableQueryGivesItsExpectedRows() throws IOException {
        return queries().stream().map(rq -> DynamicTest.dynamicTest(name(rq), () -> {
            String text = Files.readString(rq);
            Query query = QueryFactory.create(Prefixes.withStandardPrefixes(text));
            if (federated(text)) return; // parses; needs the network and --allow-service
            Path expected = EXPECTED.resolve(name(rq) + ".tsv");
            assertTrue(Files.exists(expected), "no expected rows for " + rq + " at " + expected);
            List<String> rows = run(ExampleStore.path(), query);
            List<String> want = Files.readAllLines(expected);
            rows = unorderedLists(text, rows);
            want = unorderedLists(text, want);
            if (!query.hasOrderBy()) {
                rows = sortedBody(rows);
                want = sortedBody(want);
            }
            assertEquals(String.join("\n", want), String.join("\n", rows), rq.toString());
        }));
    }

    @Test
    void disagreementsWithTheReferenceAreFound() throws IOException {
        Path store = dir.resolve("with-disagreements");
        try (GraphStore examples = GraphStore.open(ExampleStore.path()); GraphStore copy = GraphStore.open(store)) {
            DatasetGraph from = examples.datasetGraph();
            DatasetGraph to = copy.datasetGraph();
            DatasetGraph extra = RDFDataMgr.loadDatasetGraph("src/test/resources/cookbook-rows/disagreements.trig");
            Txn.executeRead(from, () -> Txn.executeWrite(to, () -> {
                from.find().forEachRemaining(to::add);
                extra.find().forEachRemaining(to::add);
            }));
        }
        Query q = QueryFactory.create(Prefixes.withStandardPrefixes(Files.readString(QUERIES.resolve("facts-against-reference.rq"))));
        List<String> rows = run(store, q);
        assertEquals(List.of("kind\tsubject\tobject\tdate\tsentence",
                "claim not in reference\tSyria\tKuril Islands\t2024-07-01\tSyria claims the Kuril Islands.",
                "control differs from reference\tSyria\tGolan Heights\t2024-07-01\tSyria controls the Golan Heights.",
                "leader not in office then\tShinzo Abe\tJapan\t2024-07-01\tPrime Minister Shinzo Abe of Japan spoke."), rows);
        Query notListed = QueryFactory.create(Prefixes.withStandardPrefixes(Files.readString(QUERIES.resolve("claims-not-in-reference.rq"))));
        List<String> claims = run(store, notListed);
        assertEquals(2, claims.size(), claims.toString());
        assertTrue(claims.get(1).startsWith("Syria\tKuril Islands\t"), claims.toString());
    }

    /** Header of variable names, then one line per row; IRIs with the standard prefixes, literals by their text. */
    static List<String> run(Path storeDir, Query query) {
        try (GraphStore store = GraphStore.open(storeDir)) {
            return store.read(() -> {
                try (QueryExecution qe = QueryExecution.create(query, store.dataset())) {
                    ResultSet rs = qe.execSelect();
                    List<String> vars = rs.getResultVars();
                    List<String> lines = new ArrayList<>();
                    lines.add(String.join("\t", vars));
                    rs.forEachRemaining(row -> lines.add(vars.stream().map(v -> show(row.get(v))).collect(Collectors.joining("\t"))));
                    return lines;
                }
            });
        }
    }

    static String show(RDFNode n) {
        if (n == null) return "";
        Node node = n.asNode();
        if (node.isLiteral()) return node.getLiteralLexicalForm().replace("\t", " ").replace("\n", " ");
        if (node.isURI()) {
            for (Map.Entry<String, String> p : Prefixes.STANDARD.entrySet()) {
                if (node.getURI().startsWith(p.getValue())) return p.getKey() + ":" + node.getURI().substring(p.getValue().length());
            }
            return "<" + node.getURI() + ">";
        }
        return "_:";
    }

    /** GROUP_CONCAT lists come in no fixed order: their items are compared sorted. */
    static List<String> unorderedLists(String queryText, List<String> lines) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("GROUP_CONCAT\\(.*?separator\\s*=\\s*\"([^\"]*)\"\\)\\s+AS\\s+\\?(\\w+)").matcher(queryText);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        List<String> out = new ArrayList<>(lines);
        while (m.find()) {
            String separator = m.group(1);
            int column = header.indexOf(m.group(2));
            for (int i = 1; i < out.size(); i++) {
                String[] cells = out.get(i).split("\t", -1);
                List<String> items = new ArrayList<>(List.of(cells[column].split(java.util.regex.Pattern.quote(separator), -1)));
                items.sort(null);
                cells[column] = String.join(separator, items);
                out.set(i, String.join("\t", cells));
            }
        }
        return out;
    }

    static List<String> sortedBody(List<String> lines) {
        assertFalse(lines.isEmpty());
        List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
        body.sort(null);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        out.addAll(body);
        return out;
    }
}
