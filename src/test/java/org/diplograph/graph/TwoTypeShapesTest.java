package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplograph.Fixtures;
import org.diplograph.knowledge.KnowledgeSource;
import org.diplograph.pipeline.Extraction;
import org.diplograph.vocab.DG;
import org.junit.jupiter.api.Test;

/** A partially recognised state that another claims is one node of two types, and the shapes accept it. */
class TwoTypeShapesTest {
    @Test
    void taiwanIsACountryAndATerritoryInOneConformingGraph() throws Exception {
        Extraction x = Fixtures.extract("Taipei rebuffs Beijing\n\nChina claims Taiwan as its territory. "
                + "Taiwanese President Lai Ching-te said Taiwan would never accept it.");
        DatasetGraph dsg = DatasetGraphFactory.create();
        new ExtractionWriter("test").write(x, StreamRDFLib.dataset(dsg));
        Graph g = dsg.getGraph(NodeFactory.createURI(ExtractionWriter.articleIri(x.article())));
        Node taiwan = NodeFactory.createURI(DG.COUNTRY_NS + "TWN");
        Node type = NodeFactory.createURI(DG.RDF_TYPE);
        assertTrue(g.contains(taiwan, type, NodeFactory.createURI(DG.Country)));
        assertTrue(g.contains(taiwan, type, NodeFactory.createURI(DG.DisputedTerritory)));
        assertTrue(g.contains(NodeFactory.createURI(DG.COUNTRY_NS + "CHN"), NodeFactory.createURI(DG.NS + "claims"), taiwan));
        GraphValidator validator = GraphValidator.load(KnowledgeSource.folder(Path.of("ontology")));
        assertEquals(List.of(), validator.violations(g));
    }
}
