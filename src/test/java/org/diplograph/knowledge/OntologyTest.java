package org.diplograph.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.vocab.DG;
import org.diplograph.relation.Relation;
import org.junit.jupiter.api.Test;

/** The published ontology describes every term the graph uses. */
class OntologyTest {
    private final Model ontology = RDFDataMgr.loadModel("ontology/diplograph.ttl");

    @Test
    void isVersioned() {
        Resource o = ontology.createResource("https://w3id.org/diplograph/ontology");
        assertTrue(o.hasProperty(RDF.type, OWL.Ontology));
        assertNotNull(o.getProperty(OWL.versionInfo));
    }

    @Test
    void everyTermHasALabelAndACommentWithAnExample() {
        List<String> missing = new ArrayList<>();
        for (Resource r : ontology.listSubjects().toList()) {
            if (!r.isURIResource() || !r.getURI().startsWith(DG.NS)) continue;
            var comment = r.getProperty(RDFS.comment);
            if (!r.hasProperty(RDFS.label) || comment == null || !comment.getString().contains("Example")) {
                missing.add(r.getLocalName());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theEightRelationsHaveDomainRangeAndSymmetry() {
        for (Relation rel : Relation.values()) {
            Resource p = ontology.createResource(rel.iri());
            assertTrue(p.hasProperty(RDFS.domain) && p.hasProperty(RDFS.range), rel.name());
            assertEquals(rel.symmetric(), p.hasProperty(RDF.type, OWL.SymmetricProperty), rel.name());
        }
    }

    @Test
    void everyPropertyTheWriterUsesIsDefined() throws Exception {
        List<String> undefined = new ArrayList<>();
        for (var f : DG.class.getFields()) {
            String iri = (String) f.get(null);
            if (iri.startsWith(DG.NS) && !iri.equals(DG.NS)
                    && !ontology.contains(ontology.createResource(iri), RDF.type, (org.apache.jena.rdf.model.RDFNode) null)) {
                undefined.add(iri);
            }
        }
        assertEquals(List.of(), undefined);
    }
}
