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
     * Nanoseconds spent in each stage, and counts, for the benchmark and the summary. POS tags and
     * lemmas are computed only for sentences a rule looked at; {@code taggedSentences} and
     * {@code lemmatizedSentences} say how many. The tagging happens while later stages run, when
     * they first ask for a tag: its time, {@code posNanos}, is counted apart and not in theirs, so
     * {@code nlpNanos} is sentence detection and tokenizing.
     */
    public record Timings(long nlpNanos, long posNanos, long mentionNanos, long linkNanos, long relationNanos,
                          int tokens, int sentences, int taggedSentences, int lemmatizedSentences) {}
}
