package org.diplograph.nlp;

/**
 * One token: a span of the article text with its Universal Dependencies part of speech.
 *
 * @param index position in its sentence
 * @param begin character offset in the article (inclusive)
 * @param end   character offset in the article (exclusive)
 * @param text  the covered text, as written
 * @param pos   UD UPOS tag (PROPN, VERB, NOUN, ...)
 */
public record Token(int index, int begin, int end, String text, String pos) {
    public boolean isProperNoun() { return pos.startsWith("PROPN"); }

    public String lower() { return text.toLowerCase(java.util.Locale.ROOT); }
}
