package org.diplograph.pipeline;

import java.util.List;
import org.diplograph.article.Article;
import org.diplograph.link.Entity;
import org.diplograph.relation.Fact;

/** What one article states: its entities and facts with their evidence. Immutable. */
public record Extraction(Article article, List<Entity> entities, List<Fact> facts, Timings timings) {
    public Extraction {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    /**
     * Nanoseconds spent in each stage, and counts, for the benchmark and the summary. Lemmas are
     * computed only for sentences a rule looked at; {@code lemmatizedSentences} says how many.
     */
    public record Timings(long nlpNanos, long mentionNanos, long linkNanos, long relationNanos, int tokens,
                          int sentences, int lemmatizedSentences) {}
}
