package org.diplograph.store;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The query cookbook ({@code examples/queries/*.rq}, bundled in the jar under {@code cookbook/}) as a
 * page: each question with its query, one click from the query editor of the UI (with the standard
 * prefixes declared) or from its results as JSON.
 */
final class CookbookPage extends HttpServlet {
    /** One cookbook query: its file name, the question its opening comment states, its text. */
    record Recipe(String name, String question, String text) {
        boolean federated() { return text.contains("SERVICE <"); }
    }

    private final String datasetName;
    private final transient List<Recipe> recipes;

    CookbookPage(String datasetName) {
        this.datasetName = datasetName;
        this.recipes = load();
    }

    /** The cookbook as bundled in the jar (or on the test classpath), sorted by file name. */
    static List<Recipe> load() {
        URL dir = CookbookPage.class.getResource("/cookbook");
        if (dir == null) return List.of();
        try {
            URI uri = dir.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read(fs.provider().getPath(uri));
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Recipe> read(Path dir) throws IOException {
        List<Recipe> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(p);
                String question = text.lines().takeWhile(l -> l.startsWith("#"))
                        .map(l -> l.replaceFirst("^#\\s?", "")).collect(Collectors.joining(" "));
                out.add(new Recipe(p.getFileName().toString(), question, text));
            }
        }
        return out;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html");
        resp.setCharacterEncoding("UTF-8");
        try (PrintWriter w = new PrintWriter(new OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8))) {
            w.println("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Query cookbook — Diplograph</title>");
            w.println("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.4}"
                    + "pre{background:#f4f4f4;padding:.6em;overflow-x:auto}.meta{color:#555;font-size:90%}</style></head><body>");
            w.println("<p class=\"meta\"><a href=\"/\">Diplograph query editor</a> · cookbook</p>");
            w.println("<h1>Query cookbook</h1>");
            w.println("<p>Questions researchers ask of the graph. <b>Open in the editor</b> puts the query, with the "
                    + "prefixes declared, in the query editor of this server; <b>results</b> runs it at "
                    + EntityPages.esc(endpoint()) + ".</p>");
            String blank = Prefixes.withStandardPrefixes("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10\n");
            w.println("<p><a class=\"open\" id=\"new-query\" href=\"/#/dataset" + EntityPages.esc(datasetName) + "/query?query="
                    + URLEncoder.encode(blank, StandardCharsets.UTF_8) + "\">Write a new query</a> with the prefixes "
                    + EntityPages.esc(String.join(": ", Prefixes.STANDARD.keySet())) + ": declared.</p><ol>");
            for (Recipe r : recipes) {
                String query = Prefixes.withStandardPrefixes(r.text());
                String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
                w.println("<li class=\"recipe\" id=\"" + EntityPages.esc(r.name()) + "\"><p><b>"
                        + EntityPages.esc(r.question()) + "</b></p>");
                w.print("<p><a class=\"open\" href=\"/#/dataset" + EntityPages.esc(datasetName) + "/query?query="
                        + encoded + "\">Open in the editor</a>");
                if (!r.federated()) {
                    w.print(" · <a class=\"results\" href=\"" + EntityPages.esc(endpoint()) + "?query=" + encoded
                            + "&amp;format=json\">results</a>");
                } else {
                    w.print(" · <span class=\"meta\">calls Wikidata: runs only on a server started with --allow-service</span>");
                }
                w.println(" · <code>examples/queries/" + EntityPages.esc(r.name()) + "</code></p>");
                w.println("<pre>" + EntityPages.esc(r.text()) + "</pre></li>");
            }
            w.println("</ol></body></html>");
        }
    }

    private String endpoint() { return datasetName + "/sparql"; }

    List<Recipe> recipes() { return recipes; }
}
