package org.diplograph.article;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * The articles a user names: files, folders (searched recursively, following symbolic links, for
 * {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl}/{@code .ndjson} and {@code .json}, the
 * last two also gzipped), and {@code -} for standard input. A path that cannot be used (missing, a
 * symbolic link loop, an unreadable folder) becomes one refused input with its reason; the others
 * are still read. Each article gets its id here: a file's path relative to the folder given,
 * without extension; a file named directly, its name without extension; a JSON record, its own.
 */
public final class ArticleSources {
    /** How a file is read. */
    public enum Kind { TEXT, HTML, JSON_LINES, JSON, STDIN }

    /** One file to read, with the id its article gets. */
    public record Source(Path path, String id, Kind kind) {}

    /** The id of a text read from standard input. */
    public static final String STDIN_ID = "stdin";

    private final List<Source> sources;
    private final List<ArticleInput> problems;
    private final Supplier<InputStream> stdin;
    private final long maxBytes;

    private ArticleSources(List<Source> sources, List<ArticleInput> problems, Supplier<InputStream> stdin, long maxBytes) {
        this.sources = sources;
        this.problems = problems;
        this.stdin = stdin;
        this.maxBytes = maxBytes;
    }

    public static ArticleSources expand(List<Path> paths) {
        return expand(paths, () -> System.in);
    }

    public static ArticleSources expand(List<Path> paths, Supplier<InputStream> stdin) {
        List<Source> sources = new ArrayList<>();
        List<ArticleInput> problems = new ArrayList<>();
        for (Path p : paths) {
            if (p.toString().equals("-")) {
                sources.add(new Source(null, STDIN_ID, Kind.STDIN));
            } else if (Files.isDirectory(p)) {
                walk(p, sources, problems);
            } else if (Files.exists(p)) {
                sources.add(new Source(p, TextArticleReader.baseName(p), kindOf(p)));
            } else {
                problems.add(ArticleInput.refused(p.toString(), p + ": " + whyMissing(p)));
            }
        }
        return new ArticleSources(sources, problems, stdin, TextArticleReader.DEFAULT_MAX_BYTES);
    }

    /** Why a named path is not there: missing, a broken link, or a link loop. */
    private static String whyMissing(Path p) {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return "no such file or folder";
        try {
            Files.readAttributes(p, BasicFileAttributes.class);
            return "cannot be read";
        } catch (FileSystemException e) {
            String reason = InvalidArticleException.reason(e);
            return reason.equals("symbolic link loop") ? reason : "broken symbolic link (" + reason + ")";
        } catch (IOException e) {
            return InvalidArticleException.reason(e);
        }
    }

    /** How a file is read, by its name (also for files of other file systems, such as HDFS, by their name alone). */
    public static Kind kindOf(Path p) {
        if (HtmlArticleReader.isPage(p)) return Kind.HTML;
        if (JsonLinesArticles.isCorpus(p)) return Kind.JSON_LINES;
        if (JsonLinesArticles.isJson(p)) return Kind.JSON;
        return Kind.TEXT;
    }

    /** Files a folder walk picks up: articles and corpora, nothing else (READMEs, indexes, images). */
    public static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || HtmlArticleReader.isPage(p) || JsonLinesArticles.isCorpus(p) || JsonLinesArticles.isJson(p);
    }

    private static void walk(Path root, List<Source> sources, List<ArticleInput> problems) {
        List<Source> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    // hidden folders (.git, .cache) hold no articles
                    boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isArticleFile(file)) {
                        found.add(new Source(file, relativeId(root, file), kindOf(file)));
                    } else if (attrs.isSymbolicLink()) {
                        // a link the walk could not follow: a loop, or a broken link
                        problems.add(ArticleInput.refused(file.toString(), file + ": " + whyMissing(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String what = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? "cannot read the folder: " : "cannot read: ";
                    problems.add(ArticleInput.refused(file.toString(), file + ": " + what + InvalidArticleException.reason(e)));
                    return FileVisitResult.CONTINUE;
                }

                @Override public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        problems.add(ArticleInput.refused(dir.toString(), dir + ": cannot read the folder: "
                                + InvalidArticleException.reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(ArticleInput.refused(root.toString(), root + ": cannot read the folder: " + InvalidArticleException.reason(e)));
        }
        found.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
        sources.addAll(found);
    }

    /** "sub/story.txt" under the folder given gives "sub/story": the same on every system. */
    public static String relativeId(Path root, Path file) {
        Path rel = root.relativize(file);
        List<String> parts = new ArrayList<>();
        for (Path part : rel) parts.add(part.toString());
        String last = parts.remove(parts.size() - 1);
        if (last.toLowerCase(Locale.ROOT).endsWith(".gz")) last = last.substring(0, last.length() - 3);
        int dot = last.lastIndexOf('.');
        parts.add(dot > 0 ? last.substring(0, dot) : last);
        return String.join("/", parts);
    }

    public List<Source> sources() { return Collections.unmodifiableList(sources); }

    /** The named paths that cannot be used, as messages. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        for (ArticleInput p : problems) {
            try {
                p.read();
            } catch (InvalidArticleException e) {
                out.add(e.getMessage());
            }
        }
        return out;
    }

    /** True when no usable file was found (and no standard input named). */
    public boolean isEmpty() { return sources.isEmpty(); }

    /** How many inputs there are, for progress: corpora line by line, the unusable paths included. */
    public long count() {
        long n = problems.size();
        for (Source s : sources) n += s.kind() == Kind.JSON_LINES ? JsonLinesArticles.count(s.path()) : 1;
        return n;
    }

    /** Every input, lazily: the unusable paths first, then each file; a corpus line by line as extraction proceeds. */
    public Iterator<ArticleInput> inputs() {
        Iterator<Source> files = sources.iterator();
        Iterator<ArticleInput> first = problems.iterator();
        return new Iterator<>() {
            private Iterator<ArticleInput> current = first;

            @Override public boolean hasNext() {
                while (!current.hasNext() && files.hasNext()) current = open(files.next());
                return current.hasNext();
            }

            @Override public ArticleInput next() {
                if (!hasNext()) throw new NoSuchElementException();
                return current.next();
            }
        };
    }

    private Iterator<ArticleInput> open(Source s) {
        Path f = s.path();
        return switch (s.kind()) {
            case TEXT -> List.of(ArticleInput.of(f.toString(), () -> new TextArticleReader(maxBytes).read(f, s.id()))).iterator();
            case HTML -> List.of(ArticleInput.of(f.toString(), () -> new HtmlArticleReader(maxBytes).read(f, s.id()))).iterator();
            case JSON_LINES -> JsonLinesArticles.inputs(f, s.id(), maxBytes);
            case JSON -> JsonLinesArticles.jsonInputs(f, s.id(), maxBytes * 4);
            case STDIN -> stdinInputs();
        };
    }

    /** Standard input: a JSON Lines corpus when it starts with '{', else one text article. */
    private Iterator<ArticleInput> stdinInputs() {
        InputStream in = new BufferedInputStream(stdin.get(), 1 << 16);
        try {
            in.mark(1 << 16);
            int b;
            do { b = in.read(); } while (b == ' ' || b == '\n' || b == '\r' || b == '\t');
            in.reset();
            if (b == '{') return JsonLinesArticles.inputs("-", in, "stdin", maxBytes);
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                return List.of(ArticleInput.refused("-", String.format("standard input: larger than the %,d-byte limit for one article",
                        maxBytes))).iterator();
            }
            return List.of(ArticleInput.of("-", () -> new TextArticleReader(maxBytes).fromBytes(STDIN_ID, "standard input", bytes)))
                    .iterator();
        } catch (IOException e) {
            return List.of(ArticleInput.refused("-", "standard input: cannot read: " + InvalidArticleException.reason(e))).iterator();
        }
    }
}
