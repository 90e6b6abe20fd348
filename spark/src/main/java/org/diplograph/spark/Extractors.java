package org.diplograph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.diplograph.knowledge.KnowledgeSource;
import org.diplograph.pipeline.Extractor;
import org.diplograph.pipeline.Knowledge;

/**
 * What an executor JVM loads once, on first use, and keeps for every task it runs: the knowledge
 * and the NLP models (hundreds of MB and seconds to load), shared read-only. Extractors are not
 * thread-safe, so each task thread (an executor runs as many at once as it has cores) gets its own,
 * made from the shared knowledge.
 */
final class Extractors {
    private static volatile Knowledge knowledge;
    private static volatile Map<String, String> wikidata;
    private static final ThreadLocal<Extractor> PER_THREAD = ThreadLocal.withInitial(() -> Extractor.create(knowledge(), List.of()));

    private Extractors() {}

    static Knowledge knowledge() {
        Knowledge k = knowledge;
        if (k == null) {
            synchronized (Extractors.class) {
                if (knowledge == null) {
                    try {
                        knowledge = Knowledge.load(KnowledgeSource.bundled());
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load the bundled knowledge", e);
                    }
                }
                k = knowledge;
            }
        }
        return k;
    }

    /** The calling thread's extractor. */
    static Extractor get() { return PER_THREAD.get(); }

    /** Wikidata ids ("Q45") of the reference entities, by IRI (owl:sameAs in the reference knowledge). */
    static Map<String, String> wikidata() {
        Map<String, String> w = wikidata;
        if (w == null) {
            synchronized (Extractors.class) {
                if (wikidata == null) {
                    Map<String, String> m = new HashMap<>();
                    for (Statement s : knowledge().reference().listStatements(null, OWL.sameAs, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
                        if (s.getSubject().isURIResource() && s.getObject().isURIResource()
                                && s.getObject().asResource().getURI().startsWith(WIKIDATA)) {
                            m.put(s.getSubject().getURI(), s.getObject().asResource().getURI().substring(WIKIDATA.length()));
                        }
                    }
                    wikidata = Map.copyOf(m);
                }
                w = wikidata;
            }
        }
        return w;
    }

    static final String WIKIDATA = "http://www.wikidata.org/entity/";
}
