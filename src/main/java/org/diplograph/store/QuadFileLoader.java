package org.diplograph.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.diplograph.vocab.DG;

/**
 * Loads article graphs written elsewhere ({@code extract --format nq}, the Spark job's gzipped
 * N-Quads) into the store with TDB2's bulk loader, so that the store holds what {@code build}
 * would have stored for the same articles.
 *
 * <p>Each file is first read whole and checked: it must parse, and every quad must be in an article
 * graph (a named graph whose article node carries {@code dg:sha256}); a bad file is refused whole.
 * Then the article graphs are compared with the store, as {@code build} compares inputs: an article
 * stored with the same text is skipped (so loading the same files again adds nothing, blank nodes
 * included), one stored with another text is replaced, a new one is added. Everything is loaded
 * in one write transaction by TDB2's basic bulk loader: either all of it is stored, or none.
 */
public final class QuadFileLoader {
    private static final Node SHA256 = NodeFactory.createURI(DG.sha256);
    private static final Node IDENTIFIER = NodeFactory.createURI(DG.SCHEMA_IDENTIFIER);

    /** An article graph of a file: the article's id and the hash of its text. */
    public record ArticleRef(String id, String sha256) {}

    /** What one file holds: its article graphs, or why it cannot be loaded. */
    public record Scan(Path file, Lang lang, Map<Node, ArticleRef> articles, long quads, String error) {
        public boolean ok() { return error == null; }
    }

    /** What a load did. */
    public record Result(long added, long replaced, long unchanged, long duplicates, long quads, List<String> messages) {}

    private QuadFileLoader() {}

    /** The RDF syntax of a file the loader takes, by its name; null for any other. */
    public static Lang langOf(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".nq") || n.endsWith(".nquads")) return Lang.NQUADS;
        if (n.endsWith(".trig")) return Lang.TRIG;
        return null;
    }

    /** Reads a file through and checks it; never throws for a bad file, the error says why. */
    public static Scan scan(Path file) {
        Lang lang = langOf(file);
        if (lang == null) return new Scan(file, null, Map.of(), 0, file + ": not N-Quads or TriG (.nq, .nq.gz, .trig, .trig.gz)");
        Map<Node, String> shas = new LinkedHashMap<>();
        Map<Node, String> ids = new HashMap<>();
        long[] quads = {0};
        String[] outside = {null};
        StreamRDF sink = new StreamRDFBase() {
            @Override public void triple(org.apache.jena.graph.Triple t) {
                if (outside[0] == null) outside[0] = "holds triples outside a named graph";
            }

            @Override public void quad(Quad q) {
                quads[0]++;
                Node g = q.getGraph();
                if (q.isDefaultGraph()) {
                    if (outside[0] == null) outside[0] = "holds triples outside a named graph";
                    return;
                }
                shas.putIfAbsent(g, null);
                if (q.getSubject().equals(g) && q.getObject().isLiteral()) {
                    if (q.getPredicate().equals(SHA256)) shas.put(g, q.getObject().getLiteralLexicalForm());
                    if (q.getPredicate().equals(IDENTIFIER)) ids.put(g, q.getObject().getLiteralLexicalForm());
                }
            }
        };
        try {
            parse(file, lang, sink);
        } catch (RiotException e) {
            return new Scan(file, lang, Map.of(), quads[0], file + ": not valid " + lang.getName() + ": " + oneLine(e.getMessage()));
        } catch (IOException | UncheckedIOException e) {
            return new Scan(file, lang, Map.of(), quads[0], file + ": cannot read: " + oneLine(String.valueOf(e.getMessage())));
        }
        if (outside[0] != null) return new Scan(file, lang, Map.of(), quads[0], file + ": " + outside[0]
                + "; only article graphs (diplograph extract --format nq, the Spark job) can be loaded");
        Map<Node, ArticleRef> articles = new LinkedHashMap<>();
        for (Map.Entry<Node, String> e : shas.entrySet()) {
            String id = ids.get(e.getKey());
            if (e.getValue() == null || id == null) {
                return new Scan(file, lang, Map.of(), quads[0], file + ": the graph <" + e.getKey() + "> is not an article "
                        + "graph (its article has no dg:sha256 or schema:identifier); only article graphs can be loaded");
            }
            articles.put(e.getKey(), new ArticleRef(id, e.getValue()));
        }
        return new Scan(file, lang, articles, quads[0], null);
    }

    /**
     * Loads the article graphs of the files (all scanned fine) into the store. {@code progress}
     * gets the number of articles loaded so far; {@code reference} runs inside the load's
     * transaction, to add the reference graph.
     */
    public static Result load(GraphStore store, List<Scan> files, LongConsumer progress, Runnable reference) {
        // what to do with each article graph: compare with the store and with the earlier files
        Map<Node, Path> firstFile = new HashMap<>();
        List<String> messages = new ArrayList<>();
        List<Set<Node>> perFile = new ArrayList<>();
        Set<Node> replace = new HashSet<>();
        Map<Node, ArticleRef> taken = new HashMap<>();
        long added = 0, unchanged = 0, duplicates = 0;
        for (Scan s : files) {
            Set<Node> take = new HashSet<>();
            for (Map.Entry<Node, ArticleRef> e : s.articles().entrySet()) {
                Node g = e.getKey();
                Path earlier = firstFile.putIfAbsent(g, s.file());
                if (earlier != null) {
                    duplicates++;
                    messages.add(s.file() + ": the article <" + g.getURI() + "> was already read from " + earlier
                            + "; this copy is skipped");
                    continue;
                }
                String stored = store.read(() -> storedSha(store, g));
                if (e.getValue().sha256().equals(stored)) {
                    unchanged++;
                    continue;
                }
                if (stored != null) replace.add(g);
                else added++;
                take.add(g);
                taken.put(g, e.getValue());
            }
            perFile.add(take);
        }
        long[] loaded = {0};
        // The basic loader: one write transaction, so the replacements, the new graphs and the
        // reference graph are stored together or not at all. (The phased and parallel loaders
        // write outside transactions: a failure would leave half a load in the store.)
        DataLoader loader = LoaderFactory.basicLoader(store.datasetGraph(), (fmt, args) -> { });
        loader.startBulk();
        try {
            store.removeForLoad(replace);
            Set<Node> metadataOnly = shareFacts(store, taken);
            for (int i = 0; i < files.size(); i++) {
                Set<Node> take = perFile.get(i);
                if (take.isEmpty()) continue;
                StreamRDF sink = filtered(loader.stream(), take, metadataOnly, loaded, progress);
                sink.start();
                try {
                    parse(files.get(i).file(), files.get(i).lang(), sink);
                } catch (IOException e) {
                    throw new UncheckedIOException(files.get(i).file() + ": cannot read: " + e.getMessage(), e);
                }
                sink.finish();
            }
            reference.run();
            loader.finishBulk();
        } catch (RuntimeException | Error e) {
            loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
            throw e;
        }
        return new Result(added, replace.size(), unchanged, duplicates, loader.countQuads(), messages);
    }

    /** Parses a file, gunzipping it when its name ends in .gz; any warning is an error (strict and silent). */
    private static void parse(Path file, Lang lang, StreamRDF sink) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                     ? new GZIPInputStream(raw, 1 << 16) : new BufferedInputStream(raw, 1 << 16)) {
            RDFParser.source(in).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerStrictSilent()).parse(sink);
        }
    }

    /**
     * Identical texts under several ids keep their facts once, as {@code build} stores them: in the
     * graph of the smallest id. Returns the graphs to load without their facts; drops the facts of
     * stored graphs that a loaded graph with a smaller id takes over. Decided before any quad is
     * added, so nothing just loaded has to be deleted again (TDB2 misses the xsd:decimal quads of
     * a delete in the transaction that added them).
     */
    private static Set<Node> shareFacts(GraphStore store, Map<Node, ArticleRef> taken) {
        Map<String, List<Node>> byText = new HashMap<>();
        taken.forEach((g, a) -> byText.computeIfAbsent(a.sha256(), k -> new ArrayList<>()).add(g));
        Set<Node> metadataOnly = new HashSet<>();
        for (Map.Entry<String, List<Node>> e : byText.entrySet()) {
            Map<Node, String> group = new HashMap<>(store.articlesWithText(e.getKey()));
            for (Node g : e.getValue()) group.put(g, taken.get(g).id());
            if (group.size() < 2) continue;
            Node holder = group.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
            for (Node g : group.keySet()) {
                if (g.equals(holder)) continue;
                if (taken.containsKey(g)) metadataOnly.add(g);
                else store.dropFactsOf(g);
            }
        }
        return metadataOnly;
    }

    private static String storedSha(GraphStore store, Node g) {
        var it = store.datasetGraph().find(g, g, SHA256, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /**
     * Passes on the quads of the chosen graphs only (of those without facts, the article's own
     * quads only), counting the articles as their graphs go by.
     */
    private static StreamRDF filtered(StreamRDF dest, Set<Node> take, Set<Node> metadataOnly, long[] loaded,
                                      LongConsumer progress) {
        return new StreamRDFWrapper(dest) {
            private Node last;

            @Override public void quad(Quad q) {
                Node g = q.getGraph();
                if (!take.contains(g)) return;
                if (!g.equals(last)) {
                    last = g;
                    progress.accept(++loaded[0]);
                }
                if (metadataOnly.contains(g) && !q.getSubject().equals(g)) return;
                super.quad(q);
            }

            @Override public void triple(org.apache.jena.graph.Triple t) {
                // checked before: files hold no triples outside a named graph
            }
        };
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
