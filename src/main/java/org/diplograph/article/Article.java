package org.diplograph.article;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from its source. The text is kept exactly as given: every offset
 * in the pipeline points into it.
 *
 * @param id       the article's identity in a store: the JSON Lines {@code id}, its URL, or the file's
 *                 path relative to the folder given, without extension ("ID.txt" gives "ID")
 * @param source   where it came from (a path or URL), for provenance
 * @param title    the headline when one could be told apart from the body, else null
 * @param date     the publication date when the text, name or record gives one, else null
 * @param text     the full text, never blank
 * @param sha256   hex SHA-256 of the text's UTF-8 bytes: tells an edited article from an unchanged one
 * @param language ISO 639 code of the text's language when it was detected ("en"), else null
 */
public record Article(String id, String source, String title, LocalDate date, String text, String sha256,
                      String language) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
    }

    public Article(String id, String source, String title, LocalDate date, String text, String sha256) {
        this(id, source, title, date, text, sha256, null);
    }

    public Optional<String> titleIfKnown() { return Optional.ofNullable(title); }

    public Optional<LocalDate> dateIfKnown() { return Optional.ofNullable(date); }

    public Optional<String> languageIfKnown() { return Optional.ofNullable(language); }

    /** The same article with its detected language. */
    public Article withLanguage(String lang) { return new Article(id, source, title, date, text, sha256, lang); }

    /** The same article under another id (a file's path relative to the folder it was found in). */
    public Article withId(String newId) { return new Article(newId, source, title, date, text, sha256, language); }

    /** A short hash, enough to tell texts apart in IRIs and messages. */
    public String shortHash() { return sha256.substring(0, 16); }
}
