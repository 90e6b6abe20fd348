package org.diplograph.cli;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.article.ArticleFiles;

/** The article files a command was given, or a message the user can act on. */
final class ArticlePaths {
    private ArticlePaths() {}

    static List<Path> expand(List<Path> inputs) {
        List<Path> files;
        try {
            files = ArticleFiles.expand(inputs);
        } catch (NoSuchFileException e) {
            throw new UserError(e.getFile() + ": no such file or folder", ExitCodes.BAD_INPUT);
        }
        if (files.isEmpty()) throw new UserError("no *.txt or *.jsonl articles in " + inputs, ExitCodes.BAD_INPUT);
        return files;
    }
}
