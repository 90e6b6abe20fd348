package org.diplograph.article;

import java.nio.file.Path;

/** Reads one article from a file. */
public interface ArticleReader {
    /** @throws InvalidArticleException when the file is not a readable text article */
    Article read(Path file) throws InvalidArticleException;
}
