package org.diplograph.article;

/**
 * One article waiting to be read: a text file, a web page, or one record of a JSON corpus. Reading
 * (and refusing bad input) happens in the worker that extracts it; an input found bad before
 * (a missing path, an unreadable folder) is one that refuses when read.
 */
public interface ArticleInput {
    /** Where it comes from, for messages: a path, or "corpus.jsonl:17". */
    String name();

    Article read() throws InvalidArticleException;

    /** How an article is read, when it is. */
    @FunctionalInterface
    interface Reading {
        Article read() throws InvalidArticleException;
    }

    static ArticleInput of(String name, Reading reading) {
        return new ArticleInput() {
            @Override public String name() { return name; }
            @Override public Article read() throws InvalidArticleException { return reading.read(); }
        };
    }

    /** An input already known to be bad: reading it gives the message. */
    static ArticleInput refused(String name, String message) {
        return of(name, () -> { throw new InvalidArticleException(message); });
    }
}
