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
    void entitiesHaveOneLabelAndArticleGraphIsNamedAfterTheHash() {
        Extraction x = Fixtures.extract(TEXT);
        Dataset ds = roundTrip(x);
        String graph = ExtractionWriter.articleIri(x.article());
        assertTrue(graph.endsWith(x.article().sha256().substring(0, 16)));
        assertTrue(ds.containsNamedModel(graph));
        assertFalse(ds.getDefaultModel().size() > 0, "everything is inside the article graph");
        String q = Prefixes.withStandardPrefixes(
                "SELECT ?e (COUNT(?l) AS ?n) WHERE { GRAPH ?g { ?e a ?t ; rdfs:label ?l FILTER(?t IN (dg:Person, dg:Country)) } } GROUP BY ?e");
        try (QueryExecution qe = QueryExecution.create(q, ds)) {
            qe.execSelect().forEachRemaining(r -> assertEquals(1, r.getLiteral("n").getInt(), r.toString()));
        }
    }
}
