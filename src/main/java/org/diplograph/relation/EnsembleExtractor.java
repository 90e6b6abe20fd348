package org.diplograph.relation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diplograph.link.LinkedArticle;

/**
 * The relation stage: runs the named extractors in order and merges their facts in one place. A
 * fact found by several extractors, or stated several times, becomes one fact with all its
 * evidence.
 */
public final class EnsembleExtractor {
    private final List<RelationExtractor> extractors;

    public EnsembleExtractor(List<RelationExtractor> extractors) {
        Set<String> names = new LinkedHashSet<>();
        for (RelationExtractor x : extractors) {
            if (!names.add(x.name())) throw new IllegalArgumentException("two extractors are named " + x.name());
        }
        this.extractors = List.copyOf(extractors);
    }

    /** Only the extractors whose names are given, in the ensemble's order; unknown names are an error. */
    public EnsembleExtractor only(Set<String> enabled) {
        Set<String> unknown = new LinkedHashSet<>(enabled);
        unknown.removeAll(names());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown relation extractor(s) " + unknown + "; known: " + names());
        }
        return new EnsembleExtractor(extractors.stream().filter(x -> enabled.contains(x.name())).toList());
    }

    public List<String> names() { return extractors.stream().map(RelationExtractor::name).toList(); }

    public List<Fact> extract(LinkedArticle article) {
        List<Fact> earlier = new ArrayList<>();
        FactCollector merged = new FactCollector();
        for (RelationExtractor x : extractors) {
            List<Fact> found = x.extract(article, List.copyOf(earlier));
            earlier.addAll(found);
            for (Fact f : found) for (Evidence e : f.evidence()) merged.add(f.subject(), f.relation(), f.object(), e);
        }
        return merged.facts();
    }
}
