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
    private final String pos;
    private final String lower;

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
    }

    public int index() { return index; }
    public int begin() { return begin; }
    public int end() { return end; }
    public String text() { return text; }
    public String pos() { return pos; }

    public boolean isProperNoun() { return pos.startsWith("PROPN"); }

    /** The text lower-cased (Locale.ROOT). */
    public String lower() { return lower; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && index == t.index && begin == t.begin && end == t.end && text.equals(t.text)
                && pos.equals(t.pos);
    }

    /** The hash a record of these five components has, so that hash-ordered output stays as it was. */
    @Override
    public int hashCode() {
        int h = index;
        h = 31 * h + begin;
        h = 31 * h + end;
        h = 31 * h + text.hashCode();
        return 31 * h + pos.hashCode();
    }

    @Override
    public String toString() {
        return "Token[index=" + index + ", begin=" + begin + ", end=" + end + ", text=" + text + ", pos=" + pos + "]";
    }
}
