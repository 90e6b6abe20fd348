package org.diplograph.store;

import org.diplograph.vocab.DG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.diplograph.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds a store from examples/articles with the CLI, then asks it questions a user would. */
class EndToEndTest {
    @TempDir static Path dir;
    static Path store;
    static String buildOutput;

    @BeforeAll
    static void build() {
        store = dir.resolve("store");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "build", "--store", store.toString(),
                "examples/articles");
        assertEquals(0, code, err.toString());
        buildOutput = out.toString();
    }

    private static List<String> select(String sparql, String var) {
        List<String> rows = new ArrayList<>();
        try (GraphStore s = GraphStore.open(store)) {
            s.read(() -> {
                try (QueryExecution qe = QueryExecution.create(Prefixes.withStandardPrefixes(sparql), s.dataset())) {
                    qe.execSelect().forEachRemaining(r -> rows.add(r.get(var).toString()));
                }
                return null;
            });
        }
        return rows;
    }

    @Test
    void summaryCountsArticlesEntitiesAndFacts() {
        assertTrue(buildOutput.contains("4 new, 0 changed, 0 unchanged, 0 refused"), buildOutput);
        assertTrue(buildOutput.contains("Compacted the store"), buildOutput);
        assertTrue(buildOutput.matches("(?s).*articles\\s+4.*"), buildOutput);
        assertTrue(buildOutput.contains("leaderOf"), buildOutput);
    }

    @Test
    void theUnionGraphAnswersWhoLeadsWhat() {
        List<String> leaders = select("SELECT (STR(?l) AS ?name) WHERE { ?p dg:leaderOf dgc:JPN ; rdfs:label ?l }", "name");
        assertTrue(leaders.contains("Fumio Kishida"), leaders.toString());
    }

    @Test
    void theSameCountryHasOneIriInEveryArticle() {
        List<String> graphs = select("SELECT DISTINCT ?g WHERE { GRAPH ?g { dgc:CHN a dg:Country } }", "g");
        assertTrue(graphs.size() >= 2, "China is named in several example articles: " + graphs);
    }

    @Test
    void everyFactCarriesItsEvidenceAndSource() {
        List<String> quotes = select("""
                SELECT ?quote WHERE {
                  GRAPH ?g { ?st rdf:subject dgp:fumio-kishida ; rdf:predicate dg:metWith ; rdf:object dgp:sergei-lavrov ;
                                 prov:wasDerivedFrom ?article ; dg:evidence/oa:hasSelector/oa:exact ?quote .
                             ?article schema:identifier "kuril-talks-tokyo" } }""", "quote");
        assertEquals(1, quotes.size(), quotes.toString());
        assertTrue(quotes.get(0).contains("met Russian Foreign Minister Sergei Lavrov"), quotes.get(0));
    }

    @Test
    void plansAndNegationsAreNotStored() {
        assertTrue(select("SELECT ?x WHERE { dgp:narendra-modi dg:metWith ?x FILTER(?x = dgp:imran-khan) }", "x").isEmpty());
        assertTrue(select("SELECT ?x WHERE { dgp:fumio-kishida dg:visited ?x FILTER(?x = dgc:RUS) }", "x").isEmpty());
    }

    @Test
    void referenceKnowledgeLivesInItsOwnGraph() {
        List<String> claimants = select("SELECT ?c WHERE { GRAPH <" + org.diplograph.vocab.DG.REFERENCE_GRAPH
                + "> { dgt:kuril-islands dg:claimedBy ?c } }", "c");
        assertTrue(claimants.stream().anyMatch(c -> c.endsWith("/JPN")), claimants.toString());
        List<String> leaked = select("SELECT ?g WHERE { GRAPH ?g { ?c dg:claims dgt:falkland-islands } }", "g");
        assertTrue(leaked.isEmpty(), "reference claims never appear as extracted facts: " + leaked);
    }

    @Test
    void queryCommandPrintsCsv() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "query", "--store", store.toString(), "--format",
                "csv", "SELECT ?name WHERE { ?p dg:leaderOf dgc:IND ; rdfs:label ?name }");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("name"), out.toString());
        assertTrue(out.toString().contains("Narendra Modi"), out.toString());
    }

    @Test
    void theStoreConformsToTheShapes() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "validate", "--store", store.toString());
        assertEquals(0, code, out + " " + err);
        assertTrue(out.toString().contains("4 graph(s) checked, 0 violation(s)"), out.toString());
    }

    @Test
    void badQueriesFailWithAMessage() {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "query", "--store",
                store.toString(), "SELECT WHERE {");
        assertEquals(5, code);
        assertTrue(err.toString().contains("does not parse"), err.toString());
    }

    @Test
    void serverAnswersSparqlOverHttpAndRefusesUpdates() throws Exception {
        try (GraphStore s = GraphStore.open(store); SparqlServer server = SparqlServer.start(s, 0)) {
            HttpClient http = HttpClient.newHttpClient();
            String query = Prefixes.withStandardPrefixes("SELECT ?c WHERE { dgp:olaf-scholz dg:leaderOf ?c }");
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("/country/DEU"), r.body());

            String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
            HttpResponse<String> u1 = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                    + SparqlServer.DATASET + "/update")).header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> u2 = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                    + SparqlServer.DATASET)).header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(u1.statusCode() >= 400 && u2.statusCode() >= 400, u1.statusCode() + " " + u2.statusCode());
        }
        assertTrue(select("SELECT ?s WHERE { <urn:x> ?p ?o }", "s").isEmpty(), "the update did not reach the store");
    }
}
