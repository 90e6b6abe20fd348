package org.diplograph.article;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Corpora in JSON: JSON Lines ({@code .jsonl}, {@code .ndjson}: one article per line) and JSON
 * files ({@code .json}: one article object, or an array of them), each also gzipped ({@code .gz}).
 * An article is {@code {"id", "title", "date", "url", "source", "text"}}, only {@code text}
 * required; {@code date} as YYYY-MM-DD, optionally followed by a time. Lines are streamed as bytes
 * and each is checked on its own, so one bad line (invalid UTF-8, broken JSON, a line of 50 MB) is
 * refused with its line number and the rest of the corpus is read.
 */
public final class JsonLinesArticles {
    private JsonLinesArticles() {}

    private static String lower(Path p) {
        return p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    /** A JSON Lines corpus, gzipped or not. */
    public static boolean isCorpus(Path p) {
        String n = lower(p);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson.gz");
    }

    /** A JSON file: one article, or an array of articles. */
    public static boolean isJson(Path p) {
        String n = lower(p);
        return n.endsWith(".json") || n.endsWith(".json.gz");
    }

    /** The file's name without its extensions (".jsonl.gz" too), for ids of records without one. */
    static String corpusName(Path p) {
        String n = p.getFileName() == null ? p.toString() : p.getFileName().toString();
        if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) n = n.substring(0, n.length() - 3);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (lower(file).endsWith(".gz")) {
            try {
                in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            } catch (IOException e) {
                in.close();
                throw new IOException("not gzip data (" + e.getMessage() + ")", e);
            }
        }
        return in;
    }

    /** How many articles the corpus holds (its non-blank lines), for progress; 1 when it cannot be read. */
    public static long count(Path file) {
        try (InputStream in = open(file)) {
            byte[] buf = new byte[1 << 16];
            long lines = 0;
            boolean content = false;
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        if (content) lines++;
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
            }
            return content ? lines + 1 : lines;
        } catch (IOException e) {
            return 1; // the reading reports why, as one refused input
        }
    }

    /**
     * The corpus's articles, read lazily on the calling thread; each is parsed (and refused, if bad)
     * where it is read. A file that cannot be opened or read on gives one refused input saying why.
     */
    public static Iterator<ArticleInput> inputs(Path file, String fallbackId, long maxLineBytes) {
        InputStream in;
        try {
            in = open(file);
        } catch (IOException e) {
            return List.of(ArticleInput.refused(file.toString(), file + ": cannot read: " + InvalidArticleException.reason(e)))
                    .iterator();
        }
        return inputs(file.toString(), in, fallbackId, maxLineBytes);
    }

    /**
     * The articles of a JSON Lines stream named {@code file} in messages; a record without "id" or
     * "url" gets {@code fallbackId#LINE}. The stream is closed at its end.
     */
    public static Iterator<ArticleInput> inputs(String file, InputStream in, String fallbackId, long maxLineBytes) {
        return new Iterator<>() {
            private final LineReader lines = new LineReader(in, maxLineBytes);
            private ArticleInput next = advance();

            private ArticleInput advance() {
                try {
                    LineReader.Line line = lines.next();
                    if (line == null) {
                        in.close();
                        return null;
                    }
                    String name = file + ":" + line.number();
                    if (line.bytes() == null) {
                        return ArticleInput.refused(name, String.format(
                                "%s: a line of %,d bytes is larger than the %,d-byte limit for one article",
                                name, line.length(), maxLineBytes));
                    }
                    byte[] bytes = line.bytes();
                    String id = fallbackId + "#" + line.number();
                    if (line.number() == 1 && bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)
                            && ((bytes[1] & 0xFF) == 0xFF || (bytes[1] & 0xFF) == 0xFE)) {
                        close();
                        return ArticleInput.refused(file, file
                                + ": UTF-16 JSON Lines; convert it to UTF-8, e.g. iconv -f utf-16 -t utf-8");
                    }
                    return new ArticleInput() {
                        @Override public String name() { return name; }
                        @Override public Article read() throws InvalidArticleException {
                            return parse(name, decodeLine(name, bytes), id);
                        }
                    };
                } catch (IOException e) {
                    close();
                    return ArticleInput.refused(file + ":" + (lines.lineNumber() + 1), file + ":" + (lines.lineNumber() + 1)
                            + ": cannot read the rest of the file: " + InvalidArticleException.reason(e));
                }
            }

            private void close() {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // closing after a failed read: nothing more to lose
                }
                lines.stop();
            }

            @Override public boolean hasNext() { return next != null; }

            @Override public ArticleInput next() {
                if (next == null) throw new NoSuchElementException();
                ArticleInput current = next;
                next = advance();
                return current;
            }
        };
    }

    /** The articles of a {@code .json} file: one object, or an array of objects (read whole: keep such files small). */
    public static Iterator<ArticleInput> jsonInputs(Path file, String fileId, long maxBytes) {
        String name = file.toString();
        JsonValue root;
        try (InputStream in = open(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                return List.of(ArticleInput.refused(name, String.format("%s: larger than the %,d-byte limit for a .json "
                        + "file; write one article a line to a .jsonl file instead", name, maxBytes))).iterator();
            }
            String text = decodeLine(name, bytes);
            root = JSON.parseAny(text);
        } catch (IOException e) {
            return List.of(ArticleInput.refused(name, name + ": cannot read: " + InvalidArticleException.reason(e))).iterator();
        } catch (InvalidArticleException e) {
            return List.of(ArticleInput.refused(name, e.getMessage())).iterator();
        } catch (JsonException e) {
            return List.of(ArticleInput.refused(name, name + ": not JSON: " + oneLine(e.getMessage()))).iterator();
        }
        List<ArticleInput> out = new ArrayList<>();
        if (root.isObject()) {
            JsonObject o = root.getAsObject();
            out.add(ArticleInput.of(name, () -> fromObject(name, o, fileId)));
        } else if (root.isArray()) {
            JsonArray array = root.getAsArray();
            for (int i = 0; i < array.size(); i++) {
                JsonValue v = array.get(i);
                String at = name + "[" + i + "]";
                String id = fileId + "#" + (i + 1);
                if (v.isObject()) out.add(ArticleInput.of(at, () -> fromObject(at, v.getAsObject(), id)));
                else out.add(ArticleInput.refused(at, at + ": not a JSON object"));
            }
        } else {
            out.add(ArticleInput.refused(name, name + ": neither an article object nor an array of them"));
        }
        return out.iterator();
    }

    static String decodeLine(String name, byte[] bytes) throws InvalidArticleException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException(name + ": not valid UTF-8 text ("
                    + TextArticleReader.where(StandardCharsets.UTF_8, bytes, start).replaceFirst("^line \\d+: ", "") + ")");
        }
    }

    static Article parse(String name, String line, String fallbackId) throws InvalidArticleException {
        JsonObject o;
        try {
            o = JSON.parse(line);
        } catch (JsonException e) {
            throw new InvalidArticleException(name + ": not a JSON object: " + oneLine(e.getMessage()));
        }
        return fromObject(name, o, fallbackId);
    }

    static Article fromObject(String name, JsonObject o, String fallbackId) throws InvalidArticleException {
        String text = string(o, "text");
        if (text == null) throw new InvalidArticleException(name + ": no \"text\"");
        if (text.isBlank()) throw new InvalidArticleException(name + ": \"text\" holds only white space");
        if (text.indexOf('\0') >= 0) throw new InvalidArticleException(name + ": \"text\" holds NUL characters");
        if (text.length() > TextArticleReader.DEFAULT_MAX_BYTES) {
            throw new InvalidArticleException(name + ": \"text\" is larger than the limit for one article");
        }
        String url = string(o, "url");
        String id = string(o, "id");
        if (id == null || id.isBlank()) id = url != null ? url : fallbackId;
        LocalDate date = null;
        String d = string(o, "date");
        if (d != null && d.length() >= 10) {
            try {
                date = LocalDate.parse(d.substring(0, 10));
            } catch (DateTimeParseException e) {
                date = null; // an unreadable date is left out, not a reason to refuse the article
            }
        }
        String from = url != null ? url : string(o, "source");
        String source = from != null ? from + " (" + name + ")" : name;
        return new Article(id, source, string(o, "title"), date, text, TextArticleReader.sha256(text));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null) return null;
        if (v.isString()) return v.getAsString().value();
        if (v.isNumber()) return v.getAsNumber().value().toString(); // numeric ids
        return null;
    }

    /** Reads lines as bytes; a line longer than the limit is skipped to its end, not held. */
    static final class LineReader {
        record Line(long number, byte[] bytes, long length) {}

        private final InputStream in;
        private final long max;
        private long lineNumber;
        private boolean stopped;
        private byte[] buf = new byte[8192];
        /** Bytes read ahead from {@code in}: those from {@code pos} to {@code end} are not used yet. */
        private final byte[] chunk = new byte[1 << 16];
        private int pos;
        private int end;
        private boolean atEnd;

        LineReader(InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        long lineNumber() { return lineNumber; }

        void stop() { stopped = true; }

        /**
         * The next non-blank line, or null at the end. The stream is read a chunk at a time and
         * each chunk scanned for line ends (a byte at a time would take a lock per byte); of a
         * line longer than {@code max} only the length is kept.
         */
        Line next() throws IOException {
            while (!stopped) {
                int len = 0;
                long total = 0;
                boolean any = false;
                boolean lineEnd = false;
                while (!lineEnd) {
                    if (pos == end) {
                        int n = atEnd ? -1 : in.read(chunk);
                        if (n < 0) {
                            atEnd = true;
                            break;
                        }
                        pos = 0;
                        end = n;
                        continue;
                    }
                    any = true;
                    int stop = pos;
                    while (stop < end && chunk[stop] != '\n') stop++;
                    lineEnd = stop < end;
                    int count = stop - pos;
                    int keep = (int) Math.max(0, Math.min(count, max - total));
                    if (keep > 0) {
                        if (len + keep > buf.length) {
                            buf = Arrays.copyOf(buf, (int) Math.min(max + 1, Math.max((long) buf.length * 2, len + keep)));
                        }
                        System.arraycopy(chunk, pos, buf, len, keep);
                        len += keep;
                    }
                    total += count;
                    pos = lineEnd ? stop + 1 : stop;
                }
                if (!any) return null;
                lineNumber++;
                if (total > max) return new Line(lineNumber, null, total);
                if (len > 0 && buf[len - 1] == '\r') len--;
                if (blank(buf, len)) continue;
                byte[] line = Arrays.copyOf(buf, len);
                if (buf.length > 1 << 20) buf = new byte[8192]; // do not keep a large buffer for the next lines
                return new Line(lineNumber, line, len);
            }
            return null;
        }

        private static boolean blank(byte[] b, int len) {
            for (int i = 0; i < len; i++) {
                if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') return false;
            }
            return true;
        }
    }
}
