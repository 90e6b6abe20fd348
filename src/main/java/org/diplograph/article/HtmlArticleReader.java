package org.diplograph.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a saved web page ({@code .html}, {@code .htm}) with jsoup: the main text (the
 * {@code <article>} or {@code <main>} element when there is one, else the body) without
 * navigation, scripts, forms and other page furniture, one paragraph per block; the headline and
 * the date from the usual meta tags (Open Graph, {@code article:published_time}, schema.org
 * {@code itemprop}, Dublin Core), and the canonical URL as the source.
 */
public final class HtmlArticleReader implements ArticleReader {
    /** Page furniture that is never part of the article's text. */
    private static final String BOILERPLATE = "script, style, noscript, template, iframe, svg, canvas, form, button, "
            + "nav, header, footer, aside, figure, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [aria-hidden=true], [hidden]";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td";
    private static final String[] TITLE_META = {"meta[property=og:title]", "meta[name=twitter:title]",
            "meta[name=title]", "meta[name=dc.title]", "meta[name=DC.title]"};
    private static final String[] DATE_META = {"meta[property=article:published_time]", "meta[itemprop=datePublished]",
            "meta[name=date]", "meta[name=pubdate]", "meta[name=publish-date]", "meta[name=dc.date]",
            "meta[name=DC.date]", "meta[name=dcterms.date]", "meta[name=dc.date.issued]"};

    private final long maxBytes;

    public HtmlArticleReader() { this(TextArticleReader.DEFAULT_MAX_BYTES); }

    public HtmlArticleReader(long maxBytes) { this.maxBytes = maxBytes; }

    public static boolean isPage(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
    }

    @Override
    public Article read(Path file) throws InvalidArticleException {
        return read(file, TextArticleReader.baseName(file));
    }

    public Article read(Path file, String id) throws InvalidArticleException {
        return fromBytes(id, file.toString(), TextArticleReader.readBounded(file, maxBytes));
    }

    public Article fromBytes(String id, String source, byte[] bytes) throws InvalidArticleException {
        if (bytes.length == 0) throw new InvalidArticleException(source + ": the file is empty");
        Document doc;
        try {
            // null charset: jsoup reads the byte order mark or the page's <meta charset>, else UTF-8
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new InvalidArticleException(source + ": not a readable HTML page: " + e.getMessage(), e);
        }
        String title = firstContent(doc, TITLE_META);
        if (title == null && !doc.title().isBlank()) title = doc.title().strip();
        String text = mainText(doc, title);
        if (text.isBlank()) throw new InvalidArticleException(source + ": the page holds no article text");
        if (text.indexOf('\0') >= 0) throw new InvalidArticleException(source + ": binary file (contains NUL characters)");
        String url = attr(doc.selectFirst("link[rel=canonical]"), "href");
        if (url == null) url = firstContent(doc, new String[] {"meta[property=og:url]"});
        LocalDate date = date(firstContent(doc, DATE_META));
        if (date == null) date = date(attr(doc.selectFirst("time[datetime]"), "datetime"));
        if (date == null) date = TextArticleReader.guessDate(text);
        return new Article(id, url != null ? url + " (" + source + ")" : source, title, date, text,
                TextArticleReader.sha256(text));
    }

    /** The article's paragraphs, one per block element, separated by blank lines. */
    static String mainText(Document doc, String title) {
        doc.select(BOILERPLATE).remove();
        Element root = doc.selectFirst("article");
        if (root == null) root = doc.selectFirst("main, [role=main]");
        if (root == null) root = doc.body();
        if (root == null) return "";
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = root.select(BLOCKS);
        for (Element b : blocks) {
            if (hasBlockAncestorWithin(b, root)) continue; // its text is in the enclosing block already
            String t = b.text().strip();
            if (t.isEmpty()) continue;
            if (paragraphs.isEmpty() && title != null && t.equals(title)) continue; // the headline again
            paragraphs.add(t);
        }
        if (paragraphs.isEmpty()) return root.text().strip();
        return String.join("\n\n", paragraphs);
    }

    private static boolean hasBlockAncestorWithin(Element e, Element root) {
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            if (p.is(BLOCKS)) return true;
        }
        return false;
    }

    private static String firstContent(Document doc, String[] selectors) {
        for (String sel : selectors) {
            String v = attr(doc.selectFirst(sel), "content");
            if (v != null) return v;
        }
        return null;
    }

    private static String attr(Element e, String name) {
        if (e == null) return null;
        String v = e.attr(name).strip();
        return v.isEmpty() ? null : v;
    }

    /** The date of "2024-03-12", "2024-03-12T09:30:00Z" and the like; null for anything else. */
    static LocalDate date(String value) {
        if (value == null || value.length() < 10) return null;
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
