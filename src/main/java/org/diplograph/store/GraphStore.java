package org.diplograph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.article.Article;
import org.diplograph.graph.ExtractionWriter;
import org.diplograph.pipeline.Extraction;
import org.diplograph.vocab.DG;

/**
 * The TDB2 store: one named graph per article, named after the article's id and written in one
 * transaction each (an article is either all there or not at all), the reference knowledge in its
 * own named graph, and a default graph that queries see as the union of all named graphs.
 *
 * <p>Identical texts under several ids: every id keeps its own graph with its metadata (identifier,
 * headline, date, source, dg:sha256); the entities and facts are in one of them only, the graph of
 * the smallest id (in string order) among those holding that text, so that "in how many articles"
 * counts one text once. Adding, changing or removing an id moves the facts so that this holds
 * whatever the order of the builds.
 */
public final class GraphStore implements AutoCloseable {
    private static final Pattern GENERATION = Pattern.compile("Data-(\\d+)");
    private static final Node SHA256 = NodeFactory.createURI(DG.sha256);
    private static final Node IDENTIFIER = NodeFactory.createURI(DG.SCHEMA_IDENTIFIER);
    private static final Node HEADLINE = NodeFactory.createURI(DG.SCHEMA_HEADLINE);
    private static final Node DATE = NodeFactory.createURI(DG.SCHEMA_DATE_PUBLISHED);
    private static final Node TEXT = NodeFactory.createURI(DG.SCHEMA_TEXT);
    private static final Node SOURCE = NodeFactory.createURI(ExtractionWriter.SOURCE);
    private static final Node LANGUAGE = NodeFactory.createURI(ExtractionWriter.IN_LANGUAGE);
    private static final Node TOOL_VERSION = NodeFactory.createURI(ExtractionWriter.EXTRACTOR_VERSION);
    private static final Node KNOWLEDGE_HASH = NodeFactory.createURI(ExtractionWriter.KNOWLEDGE_HASH);
    private static final Node REFERENCE = NodeFactory.createURI(DG.REFERENCE_GRAPH);

    private final Dataset dataset;
    private final Path dir;

    private GraphStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (or creates) the store, and deletes what an interrupted compaction left behind. */
    public static GraphStore open(Path dir) {
        Dataset dataset;
        try {
            dataset = TDB2Factory.connectDataset(dir.toString());
        } catch (RuntimeException | InternalError e) {
            String disk = diskProblem(e);
            if (disk != null) throw new StoreWriteException("cannot create the store " + dir + ": " + disk, e);
            throw e;
        }
        GraphStore store = new GraphStore(dir, dataset);
        store.deleteOldGenerations();
        return store;
    }

    public Path dir() { return dir; }

    public Dataset dataset() { return dataset; }

    public DatasetGraph datasetGraph() { return dataset.asDatasetGraph(); }

    /** What the store records about one article, for telling new, changed, unchanged and stale inputs apart. */
    public record StoredArticle(String id, String sha256, String headline, String date, String language,
                                String toolVersion, String knowledgeHash) {
        /** True when the input has the same text and metadata (what extraction reads), so nothing needs doing. */
        public boolean sameAs(Article a) {
            return sha256.equals(a.sha256()) && java.util.Objects.equals(headline, a.title())
                    && java.util.Objects.equals(date, a.date() == null ? null : a.date().toString());
        }

        /** True when it was extracted by this tool version with this knowledge. */
        public boolean current(String tool, String knowledge) {
            return tool.equals(toolVersion) && knowledge.equals(knowledgeHash);
        }
    }

    /** The stored metadata of the article with this id, or null when there is none. */
    public StoredArticle stored(String id) {
        return Txn.calculateRead(dataset, () -> storedInTxn(NodeFactory.createURI(ExtractionWriter.articleIri(id))));
    }

    private StoredArticle storedInTxn(Node g) {
        String sha = value(g, SHA256);
        if (sha == null) return null;
        return new StoredArticle(value(g, IDENTIFIER), sha, value(g, HEADLINE), value(g, DATE), value(g, LANGUAGE),
                value(g, TOOL_VERSION), value(g, KNOWLEDGE_HASH));
    }

    /** Every stored article's metadata, in id order (for {@code build --reextract} without inputs). */
    public List<StoredArticle> storedArticles() {
        return Txn.calculateRead(dataset, () -> {
            List<StoredArticle> out = new ArrayList<>();
            datasetGraph().find(Node.ANY, Node.ANY, SHA256, Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().equals(q.getSubject())) {
                    StoredArticle s = storedInTxn(q.getGraph());
                    if (s != null && s.id() != null) out.add(s);
                }
            });
            out.sort(Comparator.comparing(StoredArticle::id));
            return out;
        });
    }

    /** The stored article itself, text included, to extract it again; null when there is none. */
    public Article storedArticle(String id) {
        Node g = NodeFactory.createURI(ExtractionWriter.articleIri(id));
        return Txn.calculateRead(dataset, () -> {
            String sha = value(g, SHA256);
            String text = value(g, TEXT);
            if (sha == null || text == null) return null;
            LocalDate date = null;
            String d = value(g, DATE);
            try {
                if (d != null) date = LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                date = null;
            }
            return new Article(id, value(g, SOURCE), value(g, HEADLINE), date, text, sha, value(g, LANGUAGE));
        });
    }

    private String value(Node g, Node p) {
        Iterator<Quad> it = datasetGraph().find(g, g, p, Node.ANY);
        String v = null;
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) v = o.getLiteralLexicalForm();
        }
        return v;
    }

    /** True when the reference graph was loaded from knowledge with this hash. */
    public boolean referenceIsCurrent(String knowledgeHash) {
        return Txn.calculateRead(dataset, () -> knowledgeHash.equals(value(REFERENCE, KNOWLEDGE_HASH)));
    }

    /** Replaces the reference graph with this model (recording the hash of the knowledge it came from). */
    public void loadReference(Model reference, String knowledgeHash) {
        write(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.removeGraph(REFERENCE);
            reference.getGraph().find().forEachRemaining(t -> dsg.add(new Quad(REFERENCE, t)));
            if (knowledgeHash != null) {
                dsg.add(REFERENCE, REFERENCE, KNOWLEDGE_HASH, NodeFactory.createLiteralString(knowledgeHash));
            }
        });
    }

    /** Replaces the reference graph with this model. */
    public void loadReference(Model reference) { loadReference(reference, null); }

    /** True when an article with this graph IRI is already stored. */
    public boolean contains(String graphIri) {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().containsGraph(NodeFactory.createURI(graphIri)));
    }

    /**
     * What storing an article did: whether it replaced an earlier version, whether its graph holds
     * the facts, and the other id with the same text, if any.
     */
    public record Stored(boolean replaced, boolean holdsFacts, String sharesTextWith) {}

    /** Writes one article's graph in one transaction, replacing any earlier version of it. */
    public Stored put(Extraction x, ExtractionWriter writer) {
        return put(x.article(), x, writer);
    }

    /**
     * Stores one article in one transaction, replacing any earlier version with the same id (and
     * its facts). {@code x} is its extraction, or null for an article stored without one (not in
     * English). When another id holds the same text, only the smaller id keeps the facts.
     */
    public Stored put(Article a, Extraction x, ExtractionWriter writer) {
        Node g = NodeFactory.createURI(ExtractionWriter.articleIri(a));
        return write(() -> {
            DatasetGraph dsg = datasetGraph();
            String oldSha = value(g, SHA256);
            if (oldSha != null) {
                leaveGroup(g, oldSha);
                dsg.removeGraph(g);
            }
            Node holder = holderOf(a.sha256(), g);
            String holderId = holder == null ? null : value(holder, IDENTIFIER);
            StreamRDF sink = sinkInto(dsg);
            if (holder == null || a.id().compareTo(holderId) < 0) {
                if (x != null) writer.write(x, sink);
                else writer.writeMetadata(a, sink);
                if (holder != null) {
                    if (x == null) copyFacts(holder, g);
                    dropFacts(holder);
                }
                return new Stored(oldSha != null, true, holderId);
            }
            writer.writeMetadata(a, sink);
            return new Stored(oldSha != null, false, holderId);
        });
    }

    /**
     * A sink into the store that leaves out the prefixes the store already maps to the same IRI:
     * every article's graph declares the same few, and TDB2 deletes and re-inserts a prefix's row
     * on each declaration, index writes on the single writer thread that change nothing.
     */
    private static StreamRDF sinkInto(DatasetGraph dsg) {
        return new StreamRDFWrapper(StreamRDFLib.dataset(dsg)) {
            @Override
            public void prefix(String prefix, String iri) {
                if (!iri.equals(dsg.prefixes().get(prefix))) super.prefix(prefix, iri);
            }
        };
    }

    /** Drops the articles with these ids and their facts, in one transaction; returns the ids that were there. */
    public List<String> remove(List<String> ids) {
        return write(() -> {
            List<String> removed = new ArrayList<>();
            for (String id : ids) {
                Node g = NodeFactory.createURI(ExtractionWriter.articleIri(id));
                String sha = value(g, SHA256);
                if (sha == null) continue;
                leaveGroup(g, sha);
                datasetGraph().removeGraph(g);
                removed.add(id);
            }
            return removed;
        });
    }

    /**
     * For a bulk load, inside its transaction: drops these article graphs, which the load replaces
     * with new versions (their facts go to the next id with the same text, as {@link #remove} does).
     */
    public void removeForLoad(java.util.Collection<Node> graphs) {
        write(() -> {
            for (Node g : graphs) {
                String sha = value(g, SHA256);
                if (sha != null) leaveGroup(g, sha);
                datasetGraph().removeGraph(g);
            }
        });
    }

    /** The article graphs stored with this text, with their ids (inside a transaction). */
    public Map<Node, String> articlesWithText(String sha256) {
        Map<Node, String> out = new LinkedHashMap<>();
        datasetGraph().find(Node.ANY, Node.ANY, SHA256, NodeFactory.createLiteralString(sha256)).forEachRemaining(q -> {
            String id = q.getGraph().equals(q.getSubject()) ? value(q.getGraph(), IDENTIFIER) : null;
            if (id != null) out.put(q.getGraph(), id);
        });
        return out;
    }

    /** Drops what was read from an article's text (its facts), keeping its metadata, inside the open write transaction. */
    public void dropFactsOf(Node g) { write(() -> dropFacts(g)); }

    /** Before {@code g} leaves the group of its text: if it held the facts, the next id of the group takes them. */
    private void leaveGroup(Node g, String sha) {
        Node next = holderOf(sha, g);
        if (next != null && hasFacts(g)) copyFacts(g, next);
    }

    /** The article graph (other than {@code except}) with this text and the smallest id, or null. */
    private Node holderOf(String sha, Node except) {
        Node best = null;
        String bestId = null;
        Iterator<Quad> it = datasetGraph().find(Node.ANY, Node.ANY, SHA256, NodeFactory.createLiteralString(sha));
        while (it.hasNext()) {
            Quad q = it.next();
            Node g = q.getGraph();
            if (g.equals(except) || !g.equals(q.getSubject())) continue;
            String id = value(g, IDENTIFIER);
            if (id != null && (bestId == null || id.compareTo(bestId) < 0)) {
                best = g;
                bestId = id;
            }
        }
        return best;
    }

    private boolean hasFacts(Node g) {
        Iterator<Quad> it = datasetGraph().find(g, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            if (!it.next().getSubject().equals(g)) return true;
        }
        return false;
    }

    /** Copies what was read from the text (entities, facts, statements, evidence) from one article's graph to another's. */
    private void copyFacts(Node from, Node to) {
        DatasetGraph dsg = datasetGraph();
        List<Quad> quads = new ArrayList<>();
        dsg.find(from, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.getSubject().equals(from)) {
                quads.add(Quad.create(to, q.getSubject(), q.getPredicate(), q.getObject().equals(from) ? to : q.getObject()));
            }
        });
        quads.forEach(dsg::add);
    }

    private void dropFacts(Node g) {
        DatasetGraph dsg = datasetGraph();
        List<Quad> quads = new ArrayList<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.getSubject().equals(g)) quads.add(q);
        });
        quads.forEach(dsg::delete);
    }

    /**
     * Runs a write: inside the batch transaction when one is open (see {@link #beginBatch}), else
     * in a transaction of its own. A failure of the disk (full, or a file size limit) becomes a
     * {@link StoreWriteException} with a message a user can act on. The transaction is aborted, so
     * the store keeps every article committed before.
     */
    private <T> T write(Supplier<T> action) {
        if (dataset.isInTransaction()) {
            try {
                return action.get();
            } catch (RuntimeException | InternalError e) {
                abortBatch();
                throw translated(e);
            }
        }
        try {
            return Txn.calculateWrite(dataset, action);
        } catch (RuntimeException | InternalError e) {
            throw translated(e);
        }
    }

    private RuntimeException translated(Throwable e) {
        String disk = diskProblem(e);
        if (disk != null) return new StoreWriteException("cannot write to the store " + dir + ": " + disk, e);
        if (e instanceof RuntimeException r) return r;
        throw (Error) e;
    }

    /**
     * Opens a write transaction that the following writes share, until {@link #commitBatch}.
     * TDB2 copies the index blocks a transaction changes, so the store (and the memory its mapped
     * files take) grows with the number of transactions, not with the data: a build commits a few
     * hundred articles at a time. Each article is still stored whole or not at all.
     */
    public void beginBatch() {
        if (!dataset.isInTransaction()) dataset.begin(org.apache.jena.query.TxnType.WRITE);
    }

    /** Commits the batch transaction, if one is open. */
    public void commitBatch() {
        if (!dataset.isInTransaction()) return;
        try {
            dataset.commit();
        } catch (RuntimeException | InternalError e) {
            abortBatch();
            throw translated(e);
        } finally {
            if (dataset.isInTransaction()) dataset.end();
        }
    }

    /** Abandons the batch transaction, if one is open: none of its articles are stored. */
    public void abortBatch() {
        if (!dataset.isInTransaction()) return;
        try {
            dataset.abort();
        } catch (RuntimeException | InternalError e) {
            // the disk failed under the transaction: recovery on the next open restores the last commit
        } finally {
            try {
                dataset.end();
            } catch (RuntimeException | InternalError e) {
                // as above
            }
        }
    }

    private void write(Runnable action) {
        write(() -> {
            action.run();
            return null;
        });
    }

    /** What went wrong with the disk, in words, or null when the failure is not the disk's. */
    static String diskProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left on device")) return "no space left on the device";
            if (m.contains("File too large")) return "a file reached the size limit for this process or file system";
            if (m.contains("Disk quota exceeded")) return "the disk quota is exceeded";
            // writing to a memory-mapped index file fails this way when the disk is full
            if (t instanceof InternalError && m.contains("unsafe memory access")) {
                return "the disk is full (a memory-mapped index file could not be written)";
            }
            if (t.getCause() == t) break;
        }
        return null;
    }

    /**
     * Rewrites the store without the space earlier transactions left behind (TDB2 grows with every
     * write transaction) and deletes the old generation.
     */
    public void compact() {
        try {
            DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        } catch (RuntimeException | InternalError e) {
            String disk = diskProblem(e);
            if (disk != null) throw new StoreWriteException("cannot compact the store " + dir + ": " + disk
                    + " (the store is unchanged)", e);
            throw e;
        }
        deleteOldGenerations();
    }

    /**
     * Deletes every storage generation ({@code Data-NNNN}) but the newest, which is the one in use:
     * a compaction interrupted after its switch-over (a crash, kill -9) leaves the old one behind.
     * Runs while this process holds the store's lock, so no other process uses them.
     */
    void deleteOldGenerations() {
        List<Path> generations = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> GENERATION.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p))
                .forEach(generations::add);
        } catch (IOException e) {
            return; // nothing to clean, or nothing we may clean
        }
        generations.sort(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().substring(5))));
        for (int i = 0; i < generations.size() - 1; i++) deleteTree(generations.get(i));
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : paths) Files.deleteIfExists(p);
        } catch (IOException e) {
            // left for the next open to finish
        }
    }

    /** Runs an action in a read transaction. */
    public <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    /** Counts for the build summary: articles, entities by type, facts by relation (over the article graphs). */
    public Map<String, Long> summary() {
        Map<String, Long> out = new LinkedHashMap<>();
        String prefix = "PREFIX dg: <" + DG.NS + "> PREFIX schema: <" + DG.SCHEMA + "> ";
        out.put("articles", count(prefix + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?a a schema:NewsArticle } }"));
        for (String t : new String[] {"Person", "Country", "DisputedTerritory"}) {
            out.put(t, count(prefix + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?a { ?a a schema:NewsArticle . ?e a dg:" + t + " } }"));
        }
        for (String r : new String[] {"leaderOf", "officialOf", "metWith", "visited", "claims", "controls",
                "cooperatesWith", "inConflictWith"}) {
            out.put(r, count(prefix + "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o WHERE { GRAPH ?a { ?a a schema:NewsArticle . ?s dg:" + r + " ?o } } }"));
        }
        return out;
    }

    private long count(String sparql) {
        Query q = QueryFactory.create(sparql);
        return read(() -> {
            try (QueryExecution qe = QueryExecution.create(q, dataset)) {
                ResultSet rs = qe.execSelect();
                return rs.hasNext() ? rs.next().getLiteral("n").getLong() : 0L;
            }
        });
    }

    @Override
    public void close() {
        // Release the directory lock so that another command (or test) can open the store.
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
