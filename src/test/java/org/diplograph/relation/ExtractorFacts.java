package org.diplograph.relation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.diplograph.Fixtures;
import org.diplograph.TestKnowledge;
import org.diplograph.link.Entity;
import org.diplograph.link.LinkedArticle;
import org.diplograph.pipeline.Extractor;

/** What one relation extractor finds in a text written for a test, as "relation(subject label, object label)". */
final class ExtractorFacts {
    private ExtractorFacts() {}

    /**
     * The facts the extractor adds to those of the whole ensemble: the others' facts go in as {@code earlier}, without
     * those of the extractor's own rules (their ids start with {@code ownRulePrefix}).
     */
    static Set<String> added(RelationExtractor extractor, String ownRulePrefix, String text) {
        Extractor.Trace trace = TestKnowledge.extractor().trace(Fixtures.article(text));
        List<Fact> earlier = trace.facts().stream()
                .filter(f -> f.evidence().stream().noneMatch(e -> e.rule().startsWith(ownRulePrefix))).toList();
        return labelled(trace.linked(), extractor.extract(trace.linked(), earlier));
    }

    /** The facts the extractor finds by itself, with no earlier facts. */
    static Set<String> alone(RelationExtractor extractor, String text) {
        LinkedArticle linked = TestKnowledge.extractor().trace(Fixtures.article(text)).linked();
        return labelled(linked, extractor.extract(linked, List.of()));
    }

    private static Set<String> labelled(LinkedArticle linked, List<Fact> facts) {
        Map<String, String> labels = new HashMap<>();
        for (Entity e : linked.entities().values()) labels.put(e.iri(), e.label());
        Set<String> out = new TreeSet<>();
        for (Fact f : facts) out.add(f.relation().name() + "(" + label(labels, f.subject()) + ", " + label(labels, f.object()) + ")");
        return out;
    }

    /** The article's label, or the reference's for an entity the article does not name. */
    private static String label(Map<String, String> labels, String iri) {
        var ref = TestKnowledge.get().gazetteer().entity(iri);
        return labels.getOrDefault(iri, ref == null ? iri : ref.label());
    }
}
