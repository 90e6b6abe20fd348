package org.diplograph.relation;

import java.util.List;

/** A fact the article states, between two entity IRIs, with every place that states it. */
public record Fact(String subject, Relation relation, String object, List<Evidence> evidence) {
    public Fact {
        evidence = List.copyOf(evidence);
    }

    /** The highest confidence of its evidence. */
    public double confidence() {
        return evidence.stream().mapToDouble(Evidence::confidence).max().orElse(0);
    }
}
