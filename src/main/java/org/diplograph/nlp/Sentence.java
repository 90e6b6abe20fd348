package org.diplograph.nlp;

import java.util.List;
import java.util.function.Function;

/**
 * One sentence with its tokens. Lemmas are computed on first use only, because lemmatizing is
 * most of the cost of the NLP stage and only sentences that may hold a fact need them.
 */
public final class Sentence {
    private final int index;
    private final int begin;
    private final int end;
    private final List<Token> tokens;
    private final Function<Sentence, String[]> lemmatizer;
    private String[] lemmas;

    public Sentence(int index, int begin, int end, List<Token> tokens, Function<Sentence, String[]> lemmatizer) {
        this.index = index;
        this.begin = begin;
        this.end = end;
        this.tokens = List.copyOf(tokens);
        this.lemmatizer = lemmatizer;
    }

    public int index() { return index; }
    public int begin() { return begin; }
    public int end() { return end; }
    public List<Token> tokens() { return tokens; }
    public Token token(int i) { return tokens.get(i); }
    public int size() { return tokens.size(); }

    /** The lower-cased lemma of token i (OpenNLP's English lemmas are lower-case). */
    public String lemma(int i) {
        if (lemmas == null) lemmas = lemmatizer.apply(this);
        return lemmas[i];
    }

    public boolean lemmasComputed() { return lemmas != null; }

    /**
     * Whether the POS tags are known. The annotator tags a sentence only when a rule first asks
     * for a tag of it; a sentence no rule reads stays untagged.
     */
    public boolean tagged() {
        SentenceTags tags = tokens.isEmpty() ? null : tokens.get(0).sentenceTags();
        return tags == null || tags.done();
    }

    /** Nanoseconds spent tagging this sentence on demand (0 when untagged or tagged up front). */
    public long lazyTagNanos() {
        SentenceTags tags = tokens.isEmpty() ? null : tokens.get(0).sentenceTags();
        return tags == null ? 0 : tags.nanos();
    }
}
