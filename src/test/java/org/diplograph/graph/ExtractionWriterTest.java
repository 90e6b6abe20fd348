package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.diplograph.Fixtures;
import org.diplograph.pipeline.Extraction;
import org.diplograph.store.Prefixes;
import org.junit.jupiter.api.Test;

class ExtractionWriterTest {
    private static final String TEXT = "Leaders meet in Tokyo\n\nJapanese Prime Minister Fumio Kishida met "
            + "South Korean President Yoon Suk Yeol on Monday. Kishida met Yoon again on Tuesday.";

    private Dataset roundTrip(Extraction x) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputFormat.nq.write(x, new ExtractionWriter("test"), out);
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.NQUADS).parse(ds);
        return ds;
    }

    @Test
    void factHasDirectTripleStatementAndEvidenceQuotingTheArticle() {
        Extraction x = Fixtures.extract(TEXT);
        Dataset ds = roundTrip(x);
        String q = Prefixes.withStandardPrefixes("""
                SELECT ?s ?o ?quote ?start ?end ?rule ?conf ?article WHERE { GRAPH ?g {
                  ?s dg:metWith ?o .
                  ?st a dg:Statement ; rdf:subject ?s ; rdf:predicate dg:metWith ; rdf:object ?o ;
                      prov:wasDerivedFrom ?article ; prov:wasGeneratedBy ?run ; dg:evidence ?ev .
                  ?run dg:toolVersion "test" .
                  ?ev dg:rule ?rule ; dg:confidence ?conf ;
                      oa:hasSelector [ a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end ] ,
                                     [ a oa:TextQuoteSelector ; oa:exact ?quote ] .
                  ?article a schema:NewsArticle ; schema:text ?text ; dg:sha256 ?sha . } }""");
        int rows = 0;
        try (QueryExecution qe = QueryExecution.create(q, ds)) {
            var rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution r = rs.next();
                rows++;
                String quote = r.getLiteral("quote").getString();
                int start = r.getLiteral("start").getInt();
                int end = r.getLiteral("end").getInt();
                assertEquals(quote, TEXT.substring(start, end));
                assertTrue(r.getLiteral("conf").getDouble() > 0.5);
            }
        }
        assertEquals(2, rows, "one statement with two evidence sentences");
    }

    @Test
    void entitiesHaveOneLabelAndArticleGraphIsNamedAfterTheId() {
        Extraction x = Fixtures.extract(TEXT);
        Dataset ds = roundTrip(x);
        String graph = ExtractionWriter.articleIri(x.article());
        assertEquals("https://w3id.org/diplograph/article/test", graph, "the id, not the text, names the graph");
        assertTrue(ds.containsNamedModel(graph));
        assertFalse(ds.getDefaultModel().size() > 0, "everything is inside the article graph");
        String q = Prefixes.withStandardPrefixes(
                "SELECT ?e (COUNT(?l) AS ?n) WHERE { GRAPH ?g { ?e a ?t ; rdfs:label ?l FILTER(?t IN (dg:Person, dg:Country)) } } GROUP BY ?e");
        try (QueryExecution qe = QueryExecution.create(q, ds)) {
            qe.execSelect().forEachRemaining(r -> assertEquals(1, r.getLiteral("n").getInt(), r.toString()));
        }
    }

    @Test
    void articleIrisKeepPlainIdsReadableAndNeverShareOne() {
        assertEquals("https://w3id.org/diplograph/article/bbc-politics-001", ExtractionWriter.articleIri("bbc-politics-001"));
        assertEquals("https://w3id.org/diplograph/article/sub/story", ExtractionWriter.articleIri("sub/story"));
        assertEquals("https://w3id.org/diplograph/article/a%20b%C3%A9", ExtractionWriter.articleIri("a bé"));
        assertEquals("https://w3id.org/diplograph/article/%2E%2E/x", ExtractionWriter.articleIri("../x"));
        java.util.Set<String> iris = new java.util.HashSet<>();
        for (String id : new String[] {"a b", "a%20b", "a/b", "a%2Fb", "https://x.org/n?id=1", "https%3A//x.org/n?id=1", "..", "%2E%2E"}) {
            assertTrue(iris.add(ExtractionWriter.articleIri(id)), id);
            assertTrue(org.apache.jena.irix.IRIx.create(ExtractionWriter.articleIri(id)).isAbsolute(), id);
        }
    }

    @Test
    void aStoreWriterRecordsToolVersionKnowledgeHashAndLanguage() {
        Extraction x = Fixtures.extract(TEXT);
        Extraction en = new Extraction(x.article().withLanguage("en"), x.entities(), x.facts(), x.timings());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputFormat.nq.write(en, new ExtractionWriter("9.9", "abcdef0123456789"), out);
        String nq = out.toString(StandardCharsets.UTF_8);
        assertTrue(nq.contains("<https://w3id.org/diplograph/ontology#extractorVersion> \"9.9\""), nq);
        assertTrue(nq.contains("<https://w3id.org/diplograph/ontology#knowledgeHash> \"abcdef0123456789\""), nq);
        assertTrue(nq.contains("<https://schema.org/inLanguage> \"en\""), nq);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        OutputFormat.nq.write(x, new ExtractionWriter("9.9"), plain);
        assertFalse(plain.toString(StandardCharsets.UTF_8).contains("knowledgeHash"), "extract writes no store bookkeeping");
    }
}
