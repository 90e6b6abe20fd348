package org.diplograph.article;

/** An input that cannot be read as an article: empty, binary, not UTF-8, too large or unreadable. */
public class InvalidArticleException extends Exception {
    public InvalidArticleException(String message) { super(message); }
    public InvalidArticleException(String message, Throwable cause) { super(message, cause); }
}
