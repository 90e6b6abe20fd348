package org.diplograph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of input a researcher has, and every kind of bad input: read, or refused with one line. */
class ArticleSourcesTest {
    @TempDir Path dir;

    private static final String STORY = "Leaders meet for border talks\n\nThe foreign ministers of Chile and Peru met in Lima on Monday.";

    /** Reads every input: the articles by id, and the refusals' messages (by the input's name). */
    private record Read(Map<String, Article> articles, Map<String, String> refused) {
        String refusal(String nameEnd) {
            return refused.entrySet().stream().filter(e -> e.getKey().endsWith(nameEnd)).map(Map.Entry::getValue).findFirst()
                    .orElseThrow(() -> new AssertionError("no refusal for " + nameEnd + " in " + refused));
        }
    }

    private static Read read(ArticleSources sources) {
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, String> refused = new LinkedHashMap<>();
        for (Iterator<ArticleInput> it = sources.inputs(); it.hasNext(); ) {
            ArticleInput in = it.next();
            try {
                Article a = in.read();
                articles.put(a.id(), a);
            } catch (InvalidArticleException e) {
                assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
                refused.put(in.name(), e.getMessage());
            }
        }
        return new Read(articles, refused);
    }

    private Read read(Path... paths) {
        return read(ArticleSources.expand(List.of(paths)));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void idsArePathsRelativeToTheFolderGivenWithoutExtension() throws IOException {
        write("news/a.txt", STORY);
        write("news/sub/b.txt", STORY.replace("Monday", "Tuesday"));
        write("news/README.md", "not an article");
        write("news/.git/c.txt", STORY);
        Read r = read(dir.resolve("news"));
        assertEquals(List.of("a", "sub/b"), new ArrayList<>(r.articles().keySet()));
        assertEquals("Leaders meet for border talks", r.articles().get("a").title());
        Read direct = read(dir.resolve("news/sub/b.txt"));
        assertEquals(List.of("b"), new ArrayList<>(direct.articles().keySet()), "a file named directly: its name");
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        assertTrue(read(write("e.txt", "")).refusal("e.txt").endsWith("e.txt: the file is empty"));
    }

    @Test
    void whiteSpaceOnlyFileIsRefused() throws IOException {
        assertTrue(read(write("w.txt", " \n\t \r\n")).refusal("w.txt").contains("only white space"));
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        assertTrue(read(write("b.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 7})).refusal("b.txt").contains("binary file"));
    }

    @Test
    void invalidUtf8InATextFileIsRefusedWithItsLine() throws IOException {
        String message = read(write("l.txt", "First line\nSecond caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1))).refusal("l.txt");
        assertTrue(message.contains("not valid UTF-8") && message.contains("line 2") && message.contains("0xE9"), message);
    }

    @Test
    void invalidUtf8InOneJsonLineRefusesThatLineOnly() throws IOException {
        ByteArrayOutputStream corpus = new ByteArrayOutputStream();
        corpus.writeBytes(("{\"id\":\"one\",\"text\":\"" + "Chile and Peru met." + "\"}\n").getBytes(StandardCharsets.UTF_8));
        corpus.writeBytes("{\"id\":\"two\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
        corpus.write(0xE9);
        corpus.writeBytes("\"}\n{\"id\":\"three\",\"text\":\"Peru and Chile met.\"}\n".getBytes(StandardCharsets.UTF_8));
        Read r = read(write("c.jsonl", corpus.toByteArray()));
        assertEquals(List.of("one", "three"), new ArrayList<>(r.articles().keySet()));
        assertTrue(r.refusal("c.jsonl:2").contains("c.jsonl:2: not valid UTF-8"), r.refused().toString());
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() throws IOException {
        for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF});
            bytes.writeBytes(STORY.getBytes(cs));
            Read r = read(write("u16-" + cs.name() + ".txt", bytes.toByteArray()));
            assertEquals(STORY, r.articles().get("u16-" + cs.name()).text(), cs.name());
        }
    }

    /** A file no one may read: by permissions for a normal user; for root, a file whose reading fails (/proc/self/mem). */
    @Test
    void unreadableFileIsRefused() throws IOException {
        Path f = write("secret.txt", STORY);
        if (isRoot()) {
            Files.delete(f);
            Files.createSymbolicLink(f, Path.of("/proc/self/mem"));
        } else {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        }
        String message = read(dir).refusal("secret.txt");
        assertTrue(message.contains("cannot read"), message);
    }

    /** A folder no one may list: by permissions for a normal user; for root, one the kernel refuses to list (/proc/1/map_files). */
    @Test
    void unreadableFolderIsRefusedAndTheRestRead() throws IOException {
        write("top/ok.txt", STORY);
        Path locked = dir.resolve("top/locked");
        if (isRoot()) {
            Assumptions.assumeTrue(unlistable(Path.of("/proc/1/map_files")),
                    "running as root where /proc/1/map_files can be listed: no folder is unreadable to this user");
            Files.createSymbolicLink(locked, Path.of("/proc/1/map_files"));
        } else {
            Files.createDirectories(locked);
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        }
        Read r = read(dir.resolve("top"));
        assertTrue(r.articles().containsKey("ok"));
        assertTrue(r.refusal("locked").contains("cannot read the folder"), r.refused().toString());
    }

    @Test
    void missingPathIsRefusedAndTheOthersRead() throws IOException {
        Path ok = write("ok.txt", STORY);
        Read r = read(dir.resolve("nope.txt"), ok);
        assertTrue(r.articles().containsKey("ok"));
        assertEquals(dir.resolve("nope.txt") + ": no such file or folder", r.refusal("nope.txt"));
    }

    @Test
    void symbolicLinkLoopsAreRefused() throws IOException {
        write("looped/ok.txt", STORY);
        Files.createSymbolicLink(dir.resolve("looped/self.txt"), dir.resolve("looped/self.txt"));
        Files.createSymbolicLink(dir.resolve("looped/back"), dir.resolve("looped"));
        Read r = read(dir.resolve("looped"), dir.resolve("looped/self.txt"));
        assertTrue(r.articles().containsKey("ok"));
        assertTrue(r.refusal("looped/back").contains("symbolic link loop"), r.refused().toString());
        assertTrue(r.refusal("self.txt").contains("symbolic link loop"), r.refused().toString());
    }

    @Test
    void aFiftyMegabyteLineIsRefusedWithoutBeingHeld() throws IOException {
        Path corpus = dir.resolve("big.jsonl");
        try (OutputStream out = Files.newOutputStream(corpus)) {
            out.write("{\"id\":\"small\",\"text\":\"Chile and Peru met.\"}\n{\"id\":\"big\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 50; i++) out.write(block);
            out.write("\"}\n{\"id\":\"after\",\"text\":\"Peru and Chile met.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Read r = read(corpus);
        assertEquals(List.of("small", "after"), new ArrayList<>(r.articles().keySet()));
        assertTrue(r.refusal("big.jsonl:2").contains("larger than the 5,242,880-byte limit"), r.refused().toString());
        assertTrue(read(write("one-line.txt", "y".repeat(6 << 20))).refusal("one-line.txt").contains("limit"));
    }

    @Test
    void jsonLinesGzippedJsonAndArraysWithIdsUrlsAndDates() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(("{\"id\":\"g1\",\"title\":\"T\",\"date\":\"2021-05-04T10:00:00\",\"text\":\"Chile and Peru met.\"}\n"
                    + "{\"url\":\"https://example.org/news/7\",\"text\":\"Peru and Chile met.\"}\n"
                    + "{\"text\":\"Bolivia and Peru met.\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        write("feed.jsonl.gz", gz.toByteArray());
        write("one.json", "{\"id\":\"solo\",\"source\":\"Wire\",\"text\":\"Chile and Bolivia met.\"}");
        write("many.json", "[{\"id\":\"m1\",\"text\":\"Chile met Peru.\"},{\"text\":\"Peru met Chile.\"},3]");
        Read r = read(dir);
        assertEquals(java.time.LocalDate.of(2021, 5, 4), r.articles().get("g1").date());
        assertEquals("T", r.articles().get("g1").title());
        assertNotNull(r.articles().get("https://example.org/news/7"), "no id: the url is the id");
        assertNotNull(r.articles().get("feed#3"), "neither: the corpus and line");
        assertNotNull(r.articles().get("solo"));
        assertTrue(r.articles().get("solo").source().startsWith("Wire"));
        assertNotNull(r.articles().get("m1"));
        assertNotNull(r.articles().get("many#2"));
        assertTrue(r.refusal("many.json[2]").contains("not a JSON object"));
        assertEquals(3, JsonLinesArticles.count(dir.resolve("feed.jsonl.gz")));
    }

    @Test
    void savedWebPagesGiveTheirMainTextTitleDateAndUrl() throws IOException {
        write("page.html", """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>Site | Leaders meet</title>
                <meta property="og:title" content="Chile and Peru leaders meet in Lima">
                <meta property="article:published_time" content="2023-09-14T08:00:00Z">
                <link rel="canonical" href="https://news.example.org/chile-peru">
                <script>var tracking = 1;</script></head>
                <body><nav><ul><li>Home</li><li>World</li></ul></nav>
                <header>Example News</header>
                <article><h1>Chile and Peru leaders meet in Lima</h1>
                <p>The presidents of Chile and Peru met in Lima on Thursday.</p>
                <p>They agreed to <b>reopen</b> the border crossing.</p>
                <aside>Read more: sport results</aside></article>
                <footer>Copyright</footer></body></html>""");
        Article a = read(dir.resolve("page.html")).articles().get("page");
        assertEquals("Chile and Peru leaders meet in Lima", a.title());
        assertEquals(java.time.LocalDate.of(2023, 9, 14), a.date());
        assertEquals("The presidents of Chile and Peru met in Lima on Thursday.\n\nThey agreed to reopen the border crossing.", a.text());
        assertTrue(a.source().startsWith("https://news.example.org/chile-peru"), a.source());
    }

    @Test
    void standardInputIsOneTextOrAJsonLinesCorpus() {
        Read text = read(ArticleSources.expand(List.of(Path.of("-")), () -> new ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8))));
        assertEquals(STORY, text.articles().get(ArticleSources.STDIN_ID).text());
        Read lines = read(ArticleSources.expand(List.of(Path.of("-")), () -> new ByteArrayInputStream(
                "{\"id\":\"s1\",\"text\":\"Chile and Peru met.\"}\n{\"id\":\"s2\",\"text\":\"Peru and Chile met.\"}\n"
                        .getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of("s1", "s2"), new ArrayList<>(lines.articles().keySet()));
    }

    @Test
    void languageIsDetected() {
        assertEquals("en", LanguageDetection.detect("The foreign ministers of Chile and Peru met in Lima on Monday to discuss "
                + "the maritime border, trade and the fight against drug trafficking, officials of both governments said."));
        assertEquals("de", LanguageDetection.detect("Die Aussenminister von Chile und Peru haben sich am Montag in Lima getroffen, "
                + "um über die Seegrenze, den Handel und den Kampf gegen den Drogenhandel zu sprechen, sagten Beamte beider Regierungen."));
        assertEquals("en", LanguageDetection.detect("OPEC OUTPUT 1987"), "too short to tell: English");
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean unlistable(Path p) {
        try (var s = Files.newDirectoryStream(p)) {
            s.iterator().hasNext();
            return false;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }
}
