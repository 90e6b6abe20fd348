package org.diplograph.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the paths a user names into the articles to read, in a stable order: text files as
 * given, folders searched for {@code *.txt} and {@code *.jsonl}, JSON Lines corpora one article a line.
 */
public final class ArticleFiles {
    private ArticleFiles() {}

    /** The files: given files as they are, folders searched recursively for *.txt and *.jsonl. */
    public static List<Path> expand(List<Path> paths) throws NoSuchFileException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                        .filter(f -> f.getFileName().toString().endsWith(".txt") || JsonLinesArticles.isCorpus(f))
                        .sorted()
                        .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw new NoSuchFileException(p.toString(), null, "no such file or folder");
            }
        }
        return files;
    }

    /** How many articles the files hold. */
    public static long count(List<Path> files) {
        long n = 0;
        for (Path f : files) n += JsonLinesArticles.isCorpus(f) ? JsonLinesArticles.count(f) : 1;
        return n;
    }

    /** The articles of the files, lazily: a corpus is read line by line as extraction proceeds. */
    public static Iterator<ArticleInput> inputs(List<Path> files, ArticleReader reader) {
        Iterator<Path> paths = files.iterator();
        return new Iterator<>() {
            private Iterator<ArticleInput> current = Collections.emptyIterator();

            @Override public boolean hasNext() {
                while (!current.hasNext() && paths.hasNext()) {
                    Path f = paths.next();
                    current = JsonLinesArticles.isCorpus(f) ? JsonLinesArticles.inputs(f)
                            : List.<ArticleInput>of(new ArticleInput() {
                                @Override public String name() { return f.toString(); }
                                @Override public Article read() throws InvalidArticleException { return reader.read(f); }
                            }).iterator();
                }
                return current.hasNext();
            }

            @Override public ArticleInput next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                return current.next();
            }
        };
    }
}
