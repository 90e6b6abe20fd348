package org.diplograph.nlp;

import java.util.List;

/**
 * An article's text with its sentences and tokens. The text is never changed; all annotations
 * are offsets into it.
 *
 * @param text  the article text as given
 * @param plain the same text, character for character, with curly quotes, dashes and odd spaces
 *              made plain; rules match against this one
 */
public record AnnotatedText(String text, String plain, List<Sentence> sentences) {
    public AnnotatedText {
        if (text.length() != plain.length()) throw new IllegalArgumentException("plain text must align with text");
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
