package org.diplograph.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.diplograph.article.Article;

/**
 * One input record on its way to extraction: an article as read (serializable, so that it can be
 * spread over the partitions), or an input refused with its reason.
 */
public record ArticleRecord(String input, String id, String source, String title, String date, String text, String sha256,
                            String refusal) implements Serializable {

    static ArticleRecord of(String input, Article a) {
        return new ArticleRecord(input, a.id(), a.source(), a.title(), a.date() == null ? null : a.date().toString(), a.text(),
                a.sha256(), null);
    }

    static ArticleRecord refused(String input, String reason) {
        return new ArticleRecord(input, null, null, null, null, null, null, reason);
    }

    boolean isRefused() { return refusal != null; }

    Article article() {
        return new Article(id, source, title, date == null ? null : LocalDate.parse(date), text, sha256);
    }
}
