package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplograph.Fixtures;
import org.diplograph.knowledge.KnowledgeSource;
import org.diplograph.pipeline.Extraction;
import org.diplograph.vocab.DG;
import org.junit.jupiter.api.Test;

/**
 * The cause of the 24 violations of the first BBC builds: a leader named by title and family name
 * only ("President Putin") gets his country from the reference tenures, and that country, named
 * nowhere in the article, was used in a fact without being typed in the article graph. Both the
 * graph written for a store and for extract must type and label it, so the graph validates.
 */
class FactEntitiesTypedTest {
    private static final String TEXT = "Gas talks to continue\n\nMarch 3, 2015 - President Putin said on Tuesday that the "
            + "talks on gas prices would go on, and Prime Minister Yatsenyuk agreed.";

    @Test
    void aCountryOnlyAFactNamesIsTypedAndLabelledAndTheGraphValidates() throws Exception {
        Extraction x = Fixtures.extract(TEXT);
        assertTrue(x.facts().stream().anyMatch(f -> f.object().equals(DG.COUNTRY_NS + "RUS")), "leaderOf(Putin, Russia) is read");
        assertTrue(!x.article().text().contains("Russia"), "the article never names the country");
        for (ExtractionWriter writer : new ExtractionWriter[] {new ExtractionWriter("test"), new ExtractionWriter("test", "0123456789abcdef")}) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            writer.write(x, StreamRDFLib.dataset(dsg));
            Graph g = dsg.getGraph(NodeFactory.createURI(ExtractionWriter.articleIri(x.article())));
            assertTrue(g.contains(NodeFactory.createURI(DG.COUNTRY_NS + "RUS"), NodeFactory.createURI(DG.RDF_TYPE),
                    NodeFactory.createURI(DG.Country)), "Russia is typed in the article graph");
            assertEquals(java.util.List.of(), GraphValidator.load(KnowledgeSource.folder(Path.of("ontology"))).violations(g));
        }
    }
}
