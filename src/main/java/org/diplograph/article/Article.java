package org.diplograph.article;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from its source. The text is kept exactly as given: every offset
 * in the pipeline points into it.
 *
 * @param id     short name, usually the file's base name ("ID.txt" gives "ID")
 * @param source where it came from (a path or URL), for provenance
 * @param title  the headline when one could be told apart from the body, else null
 * @param date   the publication date when the text or name gives one, else null
 * @param text   the full text, never blank
 * @param sha256 hex SHA-256 of the text's UTF-8 bytes; the article's identity
 */
public record Article(String id, String source, String title, LocalDate date, String text, String sha256) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
    }

    public Optional<String> titleIfKnown() { return Optional.ofNullable(title); }

    public Optional<LocalDate> dateIfKnown() { return Optional.ofNullable(date); }

    /** A short hash, enough to tell articles apart in IRIs and messages. */
    public String shortHash() { return sha256.substring(0, 16); }
}
