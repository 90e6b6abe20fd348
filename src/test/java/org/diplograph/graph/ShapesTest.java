package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.update.UpdateAction;
import org.diplograph.Fixtures;
import org.diplograph.knowledge.KnowledgeSource;
import org.diplograph.pipeline.Extraction;
import org.diplograph.store.Prefixes;
import org.junit.jupiter.api.Test;

/** The SHACL shapes accept what the extractor writes and catch graphs broken on purpose. */
class ShapesTest {
    private static final String TEXT = "Talks in Seoul\n\nJapanese Prime Minister Fumio Kishida met South Korean "
            + "President Yoon Suk Yeol in Seoul on Sunday. Japan and South Korea agreed to cooperate. — Ünïcode 🌏 end.";

    private final GraphValidator validator;

    ShapesTest() throws Exception {
        validator = GraphValidator.load(KnowledgeSource.folder(Path.of("ontology")));
    }

    private Graph extracted() {
        Extraction x = Fixtures.extract(TEXT);
        DatasetGraph dsg = DatasetGraphFactory.create();
        new ExtractionWriter("test").write(x, StreamRDFLib.dataset(dsg));
        Graph g = dsg.getGraph(NodeFactory.createURI(ExtractionWriter.articleIri(x.article())));
        assertTrue(g.size() > 20);
        return g;
    }

    private List<String> afterUpdate(String update) {
        Graph g = extracted();
        UpdateAction.parseExecute(Prefixes.withStandardPrefixes(update), g);
        return validator.violations(g);
    }

    @Test
    void extractedGraphsConform() {
        assertEquals(List.of(), validator.violations(extracted()));
    }

    @Test
    void aQuoteThatDoesNotMatchTheTextIsCaught() {
        List<String> v = afterUpdate("DELETE { ?q oa:exact ?e } INSERT { ?q oa:exact \"something else\" } WHERE { ?q oa:exact ?e }");
        assertTrue(v.stream().anyMatch(s -> s.contains("quoted evidence")), v.toString());
    }

    @Test
    void offsetsOutsideTheArticleAreCaught() {
        List<String> v = afterUpdate("DELETE { ?s oa:end ?e } INSERT { ?s oa:end 100000 } WHERE { ?s oa:end ?e }");
        assertTrue(v.stream().anyMatch(s -> s.contains("outside the article")), v.toString());
    }

    @Test
    void aFactWithoutStatementIsCaught() {
        List<String> v = afterUpdate("DELETE { ?st ?p ?o } WHERE { ?st a dg:Statement ; rdf:predicate dg:metWith ; ?p ?o }");
        assertTrue(v.stream().anyMatch(s -> s.contains("no statement with evidence")), v.toString());
    }

    @Test
    void wrongTypesAndMissingLabelsAreCaught() {
        List<String> v = afterUpdate("DELETE { dgp:fumio-kishida a dg:Person ; rdfs:label ?l } "
                + "INSERT { dgp:fumio-kishida a dg:Country } WHERE { dgp:fumio-kishida rdfs:label ?l }");
        assertTrue(v.stream().anyMatch(s -> s.contains("rdfs:label") || s.contains("label")), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.contains("Person") || s.contains("class")), v.toString());
    }
}
