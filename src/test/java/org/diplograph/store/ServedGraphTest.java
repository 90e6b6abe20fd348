package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.ExampleStore;
import org.diplograph.vocab.DG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The server over real HTTP, format by format: the SPARQL 1.1 Protocol (GET, POST form, POST body),
 * results and graphs by content negotiation, the read-only Graph Store Protocol, the entity pages
 * (HTML and RDF), the UI's files and the refusal of every admin operation that writes.
 */
class ServedGraphTest {
    static GraphStore store;
    static SparqlServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static final String SELECT = Prefixes.withStandardPrefixes(
            "SELECT ?country ?name WHERE { dgp:olaf-scholz dg:leaderOf ?country . ?country rdfs:label ?name }");
    static final String CONSTRUCT = Prefixes.withStandardPrefixes(
            "CONSTRUCT { ?p dg:leaderOf ?c } WHERE { ?p dg:leaderOf ?c }");
    static final String DESCRIBE = Prefixes.withStandardPrefixes("DESCRIBE dgc:DEU");

    @BeforeAll
    static void start() {
        store = GraphStore.open(ExampleStore.path());
        server = SparqlServer.start(store, 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static String base() { return "http://localhost:" + server.port(); }

    static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // the server closes a connection after refusing a request with a body; a pooled connection
            // the client picked up just then fails before any answer: send once more on a new connection
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", "");
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @CsvSource({"application/sparql-results+json, \"Germany\"", "application/sparql-results+xml, >Germany<",
            "text/csv, 'https://w3id.org/diplograph/id/country/DEU,Germany'",
            "text/tab-separated-values, '<https://w3id.org/diplograph/id/country/DEU>\t\"Germany\"@en'"})
    void selectByGetAndPostInEveryResultFormat(String mediaType, String expected) throws Exception {
        HttpResponse<String> byGet = get(SparqlServer.DATASET + "/sparql?query=" + enc(SELECT), mediaType);
        HttpResponse<String> byForm = HTTP.send(HttpRequest.newBuilder(URI.create(base() + SparqlServer.DATASET + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", mediaType)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(SELECT))).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> byBody = HTTP.send(HttpRequest.newBuilder(URI.create(base() + SparqlServer.DATASET + "/query"))
                .header("Content-Type", "application/sparql-query").header("Accept", mediaType)
                .POST(HttpRequest.BodyPublishers.ofString(SELECT)).build(), HttpResponse.BodyHandlers.ofString());
        for (HttpResponse<String> r : java.util.List.of(byGet, byForm, byBody)) {
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(mediaType, contentType(r));
            assertTrue(r.body().contains(expected), r.body());
        }
    }

    @ParameterizedTest(name = "CONSTRUCT and DESCRIBE as {0}")
    @ValueSource(strings = {"text/turtle", "application/n-triples", "application/ld+json"})
    void graphsInEveryRdfFormat(String mediaType) throws Exception {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        HttpResponse<String> construct = get(SparqlServer.DATASET + "/sparql?query=" + enc(CONSTRUCT), mediaType);
        assertEquals(200, construct.statusCode(), construct.body());
        assertEquals(mediaType, contentType(construct));
        Graph g = parse(construct.body(), lang);
        assertTrue(g.contains(NodeFactory.createURI(DG.PERSON_NS + "narendra-modi"), NodeFactory.createURI(DG.leaderOf),
                NodeFactory.createURI(DG.COUNTRY_NS + "IND")), construct.body());

        HttpResponse<String> describe = HTTP.send(HttpRequest.newBuilder(URI.create(base() + SparqlServer.DATASET + "/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", mediaType)
                .POST(HttpRequest.BodyPublishers.ofString(DESCRIBE)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, describe.statusCode(), describe.body());
        assertEquals(mediaType, contentType(describe));
        Graph d = parse(describe.body(), lang);
        assertTrue(d.contains(NodeFactory.createURI(DG.COUNTRY_NS + "DEU"), NodeFactory.createURI(DG.RDFS_LABEL), org.apache.jena.graph.Node.ANY));
    }

    @Test
    void graphStoreProtocolReadsOneArticleGraphAndRefusesWrites() throws Exception {
        String graph = SparqlServer.DATASET + "/data?graph=" + enc(DG.REFERENCE_GRAPH);
        HttpResponse<String> r = get(graph, "text/turtle");
        assertEquals(200, r.statusCode());
        assertEquals("text/turtle", contentType(r));
        assertTrue(parse(r.body(), Lang.TURTLE).contains(NodeFactory.createURI(DG.TERRITORY_NS + "kuril-islands"),
                NodeFactory.createURI(DG.claimedBy), NodeFactory.createURI(DG.COUNTRY_NS + "JPN")));
        HttpResponse<String> nt = get(SparqlServer.DATASET + "?graph=" + enc(DG.REFERENCE_GRAPH), "application/n-triples");
        assertEquals(200, nt.statusCode());
        assertEquals("application/n-triples", contentType(nt));
        for (String method : new String[] {"PUT", "POST", "DELETE"}) {
            HttpResponse<String> w = send(method, graph, "text/turtle", "<urn:a> <urn:b> <urn:c> .");
            assertTrue(w.statusCode() >= 400, method + " gave " + w.statusCode());
        }
        HttpResponse<String> gone = get(graph, "text/turtle");
        assertEquals(r.body().length(), gone.body().length(), "the graph is unchanged");
    }

    @Test
    void entityPageInHtmlShowsLabelsTypeWikidataAndFactsWithEvidence() throws Exception {
        HttpResponse<String> r = get("/id/person/fumio-kishida", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertEquals("text/html", contentType(r));
        String html = r.body();
        assertTrue(html.contains("<h1 id=\"label\">Fumio Kishida</h1>"), html);
        assertTrue(html.contains("<td id=\"type\">Person</td>"), html);
        assertTrue(html.contains("href=\"https://www.wikidata.org/wiki/Q359480\""), html);
        assertTrue(html.contains("data-relation=\"metWith\""), html);
        assertTrue(html.contains("<a href=\"/id/person/sergei-lavrov\">Sergei Lavrov</a> <span class=\"meta\">(1 article)</span>"), html);
        assertTrue(html.contains("met Russian Foreign Minister Sergei Lavrov in Tokyo"), html);
        assertTrue(html.contains("<a href=\"/id/country/JPN\">Japan</a>"), html);
    }

    @Test
    void countryAndTerritoryPagesGroupFactsInBothDirections() throws Exception {
        String india = get("/id/country/IND", null).body();
        assertTrue(india.contains("data-relation=\"inConflictWith\" data-direction=\"out\""), india);
        assertTrue(india.contains("data-relation=\"leaderOf\" data-direction=\"in\""), india);
        assertTrue(india.contains("<a href=\"/id/person/narendra-modi\">Narendra Modi</a>"), india);
        String golan = get("/id/territory/golan-heights", null).body();
        assertTrue(golan.contains("<td id=\"type\">DisputedTerritory</td>"), golan);
        assertTrue(golan.contains("data-relation=\"claims\" data-direction=\"in\""), golan);
        assertTrue(golan.contains("<a href=\"/id/country/SYR\">Syria</a>"), golan);
        assertTrue(golan.contains("claimedBy <a href=\"/id/country/ISR\">Israel</a>"), "reference knowledge listed: " + golan);
        assertTrue(india.contains("claims <a href=\"/id/territory/kashmir\">Kashmir</a>"), india);
    }

    @ParameterizedTest(name = "entity page as {0}")
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples"})
    void entityPageAsRdfByContentNegotiation(String mediaType) throws Exception {
        HttpResponse<String> r = get("/id/person/fumio-kishida", mediaType);
        assertEquals(200, r.statusCode());
        assertEquals(mediaType, contentType(r));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        Graph g = parse(r.body(), RDFLanguages.contentTypeToLang(mediaType));
        var kishida = NodeFactory.createURI(DG.PERSON_NS + "fumio-kishida");
        assertTrue(g.contains(kishida, NodeFactory.createURI(DG.metWith), NodeFactory.createURI(DG.PERSON_NS + "sergei-lavrov")));
        assertTrue(g.contains(kishida, NodeFactory.createURI(DG.OWL_SAME_AS), NodeFactory.createURI("http://www.wikidata.org/entity/Q359480")));
        assertTrue(g.contains(org.apache.jena.graph.Node.ANY, NodeFactory.createURI(DG.OA + "exact"),
                org.apache.jena.graph.Node.ANY), "the evidence sentences come along");
    }

    @Test
    void unknownEntitiesAreNotFound() throws Exception {
        assertEquals(404, get("/id/country/XYZ", "text/turtle").statusCode());
        assertEquals(404, get("/id/country/XYZ", "text/html").statusCode());
        assertEquals(404, get("/id/planet/mars", "text/html").statusCode());
    }

    @Test
    void theUiAndTheCookbookAreServed() throws Exception {
        HttpResponse<String> ui = get("/", "text/html");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("<div id=\"app\">") || ui.body().contains("id=\"app\""), ui.body());
        assertEquals(200, get("/$/ping", null).statusCode());
        assertTrue(get("/$/server", "application/json").body().contains("\"/diplograph\""));
        HttpResponse<String> cookbook = get(GraphSite.COOKBOOK, "text/html");
        assertEquals(200, cookbook.statusCode());
        assertTrue(cookbook.body().contains("Who claims which territory, and in how many articles"), cookbook.body());
        assertTrue(cookbook.body().contains("href=\"/#/dataset/diplograph/query?query=PREFIX"), cookbook.body());
        assertTrue(cookbook.body().contains("id=\"new-query\""), "a blank query with the prefixes declared");
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource({"POST, /$/datasets?dbName=more&dbType=mem", "DELETE, /$/datasets/diplograph", "POST, /$/backup/diplograph",
            "POST, /$/compact/diplograph", "POST, /$/reload", "POST, /diplograph/upload", "POST, /diplograph/data?default",
            "POST, /diplograph/update", "POST, /diplograph"})
    void noAdminOperationWrites(String method, String path) throws Exception {
        HttpResponse<String> r = send(method, path, path.endsWith("/diplograph") || path.endsWith("update")
                ? "application/sparql-update" : "text/turtle",
                path.endsWith("/diplograph") || path.endsWith("update") ? "INSERT DATA { <urn:a> <urn:b> <urn:c> }" : "<urn:a> <urn:b> <urn:c> .");
        assertTrue(r.statusCode() >= 400, method + " " + path + " gave " + r.statusCode());
        assertTrue(get("/$/server", "application/json").body().contains("\"/diplograph\""), "the dataset is still there");
        HttpResponse<String> ask = get(SparqlServer.DATASET + "/sparql?query=" + enc("ASK { <urn:a> ?p ?o }"), "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), ask.body());
    }
}
