package org.diplograph.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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
 * Reads a plain UTF-8 text article. Refuses, with a message a user can act on, what is not one:
 * empty or blank files, binary files, invalid UTF-8 and files larger than the limit.
 */
public final class TextArticleReader implements ArticleReader {
    /** News articles are kilobytes; a file this large is almost certainly not one. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private static final Pattern ISO_DATE = Pattern.compile("\\b(19|20)\\d\\d-[01]\\d-[0-3]\\d\\b");
    private static final Pattern LONG_DATE = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)"
                    + " ([1-3]?\\d), ((?:19|20)\\d\\d)\\b");
    private static final DateTimeFormatter LONG_DATE_FORMAT =
            DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH);
    /** How far into the article a dateline date is looked for. */
    private static final int DATE_SEARCH_CHARS = 1500;

    private final long maxBytes;

    public TextArticleReader() { this(DEFAULT_MAX_BYTES); }

    public TextArticleReader(long maxBytes) { this.maxBytes = maxBytes; }

    @Override
    public Article read(Path file) throws InvalidArticleException {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) throw new InvalidArticleException(file + ": not a regular file");
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InvalidArticleException(String.format(
                        "%s: %,d bytes is larger than the %,d-byte limit for one article", file, size, maxBytes));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidArticleException(file + ": cannot read: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString();
        String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return fromBytes(id, file.toString(), bytes);
    }

    /** Builds an article from raw bytes, with the same checks as for a file. */
    public Article fromBytes(String id, String source, byte[] bytes) throws InvalidArticleException {
        if (bytes.length == 0) throw new InvalidArticleException(source + ": the file is empty");
        for (byte b : bytes) {
            if (b == 0) throw new InvalidArticleException(source + ": binary file (contains NUL bytes), expected UTF-8 text");
        }
        String text = decodeStrictUtf8(source, bytes);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) throw new InvalidArticleException(source + ": the file holds only white space");
        return new Article(id, source, guessTitle(text), guessDate(text), text, sha256(text));
    }

    private static String decodeStrictUtf8(String source, byte[] bytes) throws InvalidArticleException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException(source + ": not valid UTF-8 text (" + e.getMessage()
                    + "); convert it, e.g. iconv -f latin1 -t utf-8", e);
        }
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
        int isoAt = iso.find() ? iso.start() : Integer.MAX_VALUE;
        int longAt = longDate.find() ? longDate.start() : Integer.MAX_VALUE;
        try {
            if (isoAt < longAt) return LocalDate.parse(iso.group());
            if (longAt != Integer.MAX_VALUE) {
                return LocalDate.parse(longDate.group(1) + " " + longDate.group(2) + " " + longDate.group(3),
                        LONG_DATE_FORMAT);
            }
        } catch (DateTimeParseException e) {
            return null; // "February 31, 2019": not a date
        }
        return null;
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
