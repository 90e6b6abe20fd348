package org.diplograph.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A corpus in JSON Lines: one article per line, {@code {"id", "title", "date", "source", "text"}}
 * ({@code text} required; {@code date} as YYYY-MM-DD, optionally followed by a time). Lines are
 * streamed, never all held in memory.
 */
public final class JsonLinesArticles {
    private JsonLinesArticles() {}

    public static boolean isCorpus(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    /** How many articles the file holds (its non-blank lines), for progress. */
    public static long count(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /** The file's articles, read lazily. The iterator closes the file when it is exhausted. */
    public static Iterator<ArticleInput> inputs(Path file) {
        BufferedReader reader;
        try {
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
        return new Iterator<>() {
            private String next = advance();
            private int lineNumber;

            private String advance() {
                try {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        lineNumber++;
                        if (!line.isBlank()) return line;
                    }
                    reader.close();
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(file + ": cannot read (not UTF-8 text?)", e);
                }
            }

            @Override public boolean hasNext() { return next != null; }

            @Override public ArticleInput next() {
                if (next == null) throw new NoSuchElementException();
                String line = next;
                String name = file + ":" + lineNumber;
                next = advance();
                return new ArticleInput() {
                    @Override public String name() { return name; }
                    @Override public Article read() throws InvalidArticleException { return parse(name, line); }
                };
            }
        };
    }

    static Article parse(String name, String line) throws InvalidArticleException {
        JsonObject o;
        try {
            o = JSON.parse(line);
        } catch (JsonException e) {
            throw new InvalidArticleException(name + ": not a JSON object: " + e.getMessage());
        }
        String text = string(o, "text");
        if (text == null || text.isBlank()) throw new InvalidArticleException(name + ": no \"text\"");
        if (text.indexOf('\0') >= 0) throw new InvalidArticleException(name + ": \"text\" holds NUL characters");
        if (text.length() > TextArticleReader.DEFAULT_MAX_BYTES) {
            throw new InvalidArticleException(name + ": \"text\" is larger than the limit for one article");
        }
        String id = string(o, "id") != null ? string(o, "id") : name;
        LocalDate date = null;
        String d = string(o, "date");
        if (d != null && d.length() >= 10) {
            try {
                date = LocalDate.parse(d.substring(0, 10));
            } catch (DateTimeParseException e) {
                date = null; // an unreadable date is left out, not a reason to refuse the article
            }
        }
        String source = string(o, "source") != null ? string(o, "source") + " (" + name + ")" : name;
        return new Article(id, source, string(o, "title"), date, text, TextArticleReader.sha256(text));
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? v.getAsString().value() : null;
    }
}
