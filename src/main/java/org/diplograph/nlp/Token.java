package org.diplograph.nlp;

import java.util.Locale;
import java.util.Objects;

/**
 * One token: a span of the article text with its Universal Dependencies part of speech. Equal
 * when all five fields are (a value, like a record); a class only so that the lower-cased form,
 * which the mention finders and rules ask for dozens of times per token, is made once.
 */
public final class Token {
    private final int index;
    private final int begin;
    private final int end;
    private final String text;
    private final String lower;
    /** The tag, once known; null until {@link #tags} has been asked for it. */
    private String pos;
    /** Where the tag comes from when it was not given: the sentence's lazily computed tags. */
    private final SentenceTags tags;

    /**
     * @param index position in its sentence
     * @param begin character offset in the article (inclusive)
     * @param end   character offset in the article (exclusive)
     * @param text  the covered text, as written
     * @param pos   UD UPOS tag (PROPN, VERB, NOUN, ...)
     */
    public Token(int index, int begin, int end, String text, String pos) {
        this.index = index;
        this.begin = begin;
        this.end = end;
        this.text = Objects.requireNonNull(text);
        this.pos = Objects.requireNonNull(pos);
        this.lower = text.toLowerCase(Locale.ROOT);
        this.tags = null;
    }

    /** A token whose tag is computed, with its sentence's, the first time it is asked for. */
    Token(int index, int begin, int end, String text, SentenceTags tags) {
        this.index = index;
        this.begin = begin;
        this.end = end;
        this.text = Objects.requireNonNull(text);
        this.lower = text.toLowerCase(Locale.ROOT);
        this.tags = Objects.requireNonNull(tags);
    }

    public int index() { return index; }
    public int begin() { return begin; }
    public int end() { return end; }
    public String text() { return text; }
    /** The UD UPOS tag; the first call for a token of an untagged sentence tags the sentence. */
    public String pos() {
        String p = pos;
        if (p == null) {
            p = tags.tag(index);
            pos = p; // a String is immutable: another thread sees null (and asks again) or the whole tag
        }
        return p;
    }

    public boolean isProperNoun() { return pos().startsWith("PROPN"); }

    /** The lazily computed tags of this token's sentence, or null when the tag was given. */
    SentenceTags sentenceTags() { return tags; }

    /** The text lower-cased (Locale.ROOT). */
    public String lower() { return lower; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && index == t.index && begin == t.begin && end == t.end && text.equals(t.text)
                && pos().equals(t.pos());
    }

    /** The hash a record of these five components has, so that hash-ordered output stays as it was. */
    @Override
    public int hashCode() {
        int h = index;
        h = 31 * h + begin;
        h = 31 * h + end;
        h = 31 * h + text.hashCode();
        return 31 * h + pos().hashCode();
    }

    @Override
    public String toString() {
        return "Token[index=" + index + ", begin=" + begin + ", end=" + end + ", text=" + text + ", pos=" + pos() + "]";
    }
}
