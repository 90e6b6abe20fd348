package org.diplograph.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain text article (UTF-8, or UTF-16 with a byte order mark). Refuses, with a message a
 * user can act on, what is not one: empty or blank files, binary files, invalid UTF-8, unreadable
 * files and files larger than the limit.
 */
public final class TextArticleReader implements ArticleReader {
    /** News articles are kilobytes; a file this large is almost certainly not one. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private static final Pattern ISO_DATE = Pattern.compile("\\b(19|20)\\d\\d-[01]\\d-[0-3]\\d\\b");
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    /** "April 12, 2012", "April 12th, 2012". */
    private static final Pattern LONG_DATE = Pattern.compile(
            "\\b" + MONTHS + " ([1-3]?\\d)(?:st|nd|rd|th)?, ((?:19|20)\\d\\d)\\b");
    /** "12 April 2012", "12th April, 2012": the day first, as British and Commonwealth papers write it. */
    private static final Pattern DAY_FIRST_DATE = Pattern.compile(
            "\\b([1-3]?\\d)(?:st|nd|rd|th)? " + MONTHS + ",? ((?:19|20)\\d\\d)\\b");
    private static final DateTimeFormatter LONG_DATE_FORMAT =
            DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH);
    /** How far into the article a dateline date is looked for. */
    private static final int DATE_SEARCH_CHARS = 1500;

    private final long maxBytes;

    public TextArticleReader() { this(DEFAULT_MAX_BYTES); }

    public TextArticleReader(long maxBytes) { this.maxBytes = maxBytes; }

    @Override
    public Article read(Path file) throws InvalidArticleException {
        return read(file, baseName(file));
    }

    /** Reads a file as the article {@code id}. */
    public Article read(Path file, String id) throws InvalidArticleException {
        return fromBytes(id, file.toString(), readBounded(file, maxBytes));
    }

    /** The file name without its extension: "talks.txt" gives "talks". */
    public static String baseName(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * The file's bytes, refused when it is no regular readable file or holds more than {@code maxBytes}.
     * At most {@code maxBytes + 1} bytes are read, whatever size the file system reports.
     */
    public static byte[] readBounded(Path file, long maxBytes) throws InvalidArticleException {
        if (Files.isDirectory(file)) throw new InvalidArticleException(file + ": a folder, not an article file");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                long size = Files.isRegularFile(file) ? Files.size(file) : bytes.length;
                throw new InvalidArticleException(String.format(
                        "%s: %,d bytes is larger than the %,d-byte limit for one article", file, size, maxBytes));
            }
            return bytes;
        } catch (IOException e) {
            throw new InvalidArticleException(file + ": cannot read: " + InvalidArticleException.reason(e), e);
        }
    }

    /** Builds an article from raw bytes, with the same checks as for a file. */
    public Article fromBytes(String id, String source, byte[] bytes) throws InvalidArticleException {
        String text = decode(source, bytes);
        return new Article(id, source, guessTitle(text), guessDate(text), text, sha256(text));
    }

    /**
     * The text of a file's bytes: UTF-8, or UTF-16 when a byte order mark says so (Windows tools
     * save "Unicode" text that way). Refuses empty, blank, binary and undecodable input.
     */
    public static String decode(String source, byte[] bytes) throws InvalidArticleException {
        if (bytes.length == 0) throw new InvalidArticleException(source + ": the file is empty");
        String text;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            text = strict(source, StandardCharsets.UTF_16BE, bytes, 2, "UTF-16");
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            text = strict(source, StandardCharsets.UTF_16LE, bytes, 2, "UTF-16");
        } else {
            for (byte b : bytes) {
                if (b == 0) {
                    throw new InvalidArticleException(source + ": binary file (contains NUL bytes), expected UTF-8 text");
                }
            }
            text = strict(source, StandardCharsets.UTF_8, bytes, 0, "UTF-8");
            if (text.startsWith("\uFEFF")) text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) throw new InvalidArticleException(source + ": binary file (contains NUL characters)");
        if (text.isBlank()) throw new InvalidArticleException(source + ": the file holds only white space");
        return text;
    }

    private static String strict(String source, Charset charset, byte[] bytes, int offset, String name)
            throws InvalidArticleException {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException(source + ": not valid " + name + " text (" + where(charset, bytes, offset)
                    + "); convert it, e.g. iconv -f latin1 -t utf-8", e);
        }
    }

    /** Where the first undecodable bytes are: "line 3, byte 0xE9 at offset 118". */
    public static String where(Charset charset, byte[] bytes, int offset) {
        java.nio.charset.CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            java.nio.charset.CoderResult r = decoder.decode(in, out, true);
            if (r.isError() || !in.hasRemaining()) break;
            out.clear();
        }
        int at = in.position();
        if (at >= bytes.length) return "truncated at the end";
        int line = 1;
        for (int i = offset; i < at; i++) if (bytes[i] == '\n') line++;
        return String.format("line %d: byte 0x%02X at offset %d", line, bytes[at] & 0xFF, at);
    }

    /** The first line that reads like a headline: several words, not a sentence-long paragraph. */
    static String guessTitle(String text) {
        for (String line : text.split("\\R", 12)) {
            String t = line.strip();
            int words = t.isEmpty() ? 0 : t.split("\\s+").length;
            if (words >= 4 && t.length() <= 160 && !t.endsWith(".")) return t;
            if (words >= 4) return null; // the body starts before any headline-like line
        }
        return null;
    }

    static LocalDate guessDate(String text) {
        String head = text.length() > DATE_SEARCH_CHARS ? text.substring(0, DATE_SEARCH_CHARS) : text;
        Matcher iso = ISO_DATE.matcher(head);
        Matcher longDate = LONG_DATE.matcher(head);
        Matcher dayFirst = DAY_FIRST_DATE.matcher(head);
        int isoAt = iso.find() ? iso.start() : Integer.MAX_VALUE;
        int longAt = longDate.find() ? longDate.start() : Integer.MAX_VALUE;
        int dayFirstAt = dayFirst.find() ? dayFirst.start() : Integer.MAX_VALUE;
        int first = Math.min(isoAt, Math.min(longAt, dayFirstAt));
        try {
            if (first == Integer.MAX_VALUE) return null;
            if (first == isoAt) return LocalDate.parse(iso.group());
            if (first == longAt) {
                return LocalDate.parse(longDate.group(1) + " " + longDate.group(2) + " " + longDate.group(3), LONG_DATE_FORMAT);
            }
            return LocalDate.parse(dayFirst.group(2) + " " + dayFirst.group(1) + " " + dayFirst.group(3), LONG_DATE_FORMAT);
        } catch (DateTimeParseException e) {
            return null; // "February 31, 2019": not a date
        }
    }

    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
