package org.diplograph.article;

/**
 * One article waiting to be read: a text file, or one record of a JSON Lines corpus. Reading
 * (and refusing bad input) happens in the worker that extracts it.
 */
public interface ArticleInput {
    /** Where it comes from, for messages: a path, or "corpus.jsonl:17". */
    String name();

    Article read() throws InvalidArticleException;
}
