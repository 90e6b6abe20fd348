package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.graph.ExtractionWriter;
import org.diplograph.store.GraphStore;
import org.diplograph.vocab.DG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadCommandTest {
    @TempDir Path dir;

    /** What build records besides what extract writes: its rebuild bookkeeping, and the detected language. */
    private static final Set<String> STORE_ONLY = Set.of(ExtractionWriter.EXTRACTOR_VERSION, ExtractionWriter.KNOWLEDGE_HASH,
            ExtractionWriter.IN_LANGUAGE);

    /** The examples extracted by the CLI, as the Spark job writes them: gzipped N-Quads, several articles a file. */
    private List<Path> extractedExamples(Path articles) throws IOException {
        Path nq = dir.resolve("nq-" + articles.getFileName());
        CliTest.Run r = CliTest.run("extract", "--format", "nq", "--threads", "1", "--output-dir", nq.toString(), articles.toString());
        assertEquals(0, r.code(), r.err());
        List<Path> each;
        try (var list = Files.list(nq)) {
            each = list.sorted().toList();
        }
        List<Path> parts = new ArrayList<>();
        for (int part = 0; part * 2 < each.size(); part++) {
            Path gz = dir.resolve("out-" + articles.getFileName()).resolve(String.format("part-r-%05d.nq.gz", part));
            Files.createDirectories(gz.getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
                for (Path f : each.subList(part * 2, Math.min(each.size(), part * 2 + 2))) out.write(Files.readAllBytes(f));
            }
            parts.add(gz);
        }
        return parts;
    }

    private static Set<Quad> quads(Path store) {
        try (GraphStore s = GraphStore.open(store)) {
            return s.read(() -> {
                Set<Quad> out = new HashSet<>();
                s.datasetGraph().find().forEachRemaining(q -> {
                    if (!STORE_ONLY.contains(q.getPredicate().getURI())) out.add(q);
                });
                return out;
            });
        }
    }

    @Test
    void loadedExtractionsMakeTheStoreThatBuildMakes() throws IOException {
        List<Path> parts = extractedExamples(Path.of("examples/articles"));
        Path loaded = dir.resolve("loaded");
        CliTest.Run r = CliTest.run("load", "--store", loaded.toString(), parts.get(0).getParent().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("4 new, 0 replaced, 0 unchanged"), r.out());

        Path built = dir.resolve("built");
        assertEquals(0, CliTest.run("build", "--store", built.toString(), "examples/articles").code());
        Set<Quad> expected = quads(built);
        Set<Quad> actual = quads(loaded);
        Node reference = NodeFactory.createURI(DG.REFERENCE_GRAPH);
        assertEquals(expected.stream().filter(q -> q.getGraph().equals(reference)).count(),
                actual.stream().filter(q -> q.getGraph().equals(reference)).count(), "the reference graph is stored too");
        // the reference graph's blank nodes (tenures) get new labels in every store: compared by size above
        expected.removeIf(q -> q.getGraph().equals(reference));
        actual.removeIf(q -> q.getGraph().equals(reference));
        assertTrue(expected.size() > 500, "the examples give facts");
        Set<Quad> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<Quad> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "the same article graphs as build stores, but for its rebuild "
                + "bookkeeping; missing " + missing.stream().limit(5).toList() + ", extra " + extra.stream().limit(5).toList());
    }

    @Test
    void loadingTheSameFilesAgainAddsNothing() throws IOException {
        List<Path> parts = extractedExamples(Path.of("examples/articles"));
        Path store = dir.resolve("store");
        String[] args = {"load", "--store", store.toString(), parts.get(0).toString(), parts.get(1).toString()};
        assertEquals(0, CliTest.run(args).code());
        Set<Quad> once = quads(store);
        CliTest.Run again = CliTest.run(args);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("0 new, 0 replaced, 4 unchanged"), again.out());
        assertEquals(once, quads(store));
    }

    @Test
    void anArticleWithANewTextReplacesTheStoredOne() throws IOException {
        Path store = dir.resolve("store");
        assertEquals(0, CliTest.run("load", "--store", store.toString(),
                extractedExamples(Path.of("examples/articles")).get(0).getParent().toString()).code());
        Path edited = Files.createDirectories(dir.resolve("edited"));
        String text = Files.readString(Path.of("examples/articles/golan-visit.txt"));
        Files.writeString(edited.resolve("golan-visit.txt"), text + "\n\nThe talks ended without a statement.\n");
        CliTest.Run r = CliTest.run("load", "--store", store.toString(), extractedExamples(edited).get(0).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("0 new, 1 replaced, 0 unchanged"), r.out());
        Node g = NodeFactory.createURI(ExtractionWriter.articleIri("golan-visit"));
        Node sha = NodeFactory.createURI(DG.sha256);
        long versions = quads(store).stream().filter(q -> q.getGraph().equals(g) && q.getPredicate().equals(sha)).count();
        assertEquals(1, versions, "the old version is gone");
        assertEquals(4, GraphStoreCounts.articles(store));
    }

    @Test
    void identicalTextsUnderTwoIdsKeepTheirFactsOnce() throws IOException {
        Path twins = Files.createDirectories(dir.resolve("twins"));
        String text = Files.readString(Path.of("examples/articles/kashmir-summit.txt"));
        Files.writeString(twins.resolve("a-copy.txt"), text);
        Files.writeString(twins.resolve("b-copy.txt"), text);
        Path store = dir.resolve("store");
        assertEquals(0, CliTest.run("load", "--store", store.toString(), extractedExamples(twins).get(0).toString()).code());
        Node a = NodeFactory.createURI(ExtractionWriter.articleIri("a-copy"));
        Node b = NodeFactory.createURI(ExtractionWriter.articleIri("b-copy"));
        Set<Quad> all = quads(store);
        assertTrue(all.stream().anyMatch(q -> q.getGraph().equals(a) && !q.getSubject().equals(a)), "the smaller id keeps the facts");
        assertFalse(all.stream().anyMatch(q -> q.getGraph().equals(b) && !q.getSubject().equals(b)), "the other keeps its metadata only");
        assertTrue(all.stream().anyMatch(q -> q.getGraph().equals(b) && q.getSubject().equals(b)));
    }

    @Test
    void badFilesAreRefusedWholeAndTheOthersLoaded() throws IOException {
        List<Path> parts = extractedExamples(Path.of("examples/articles"));
        // valid quads, then a broken line: none of the file's quads may be stored
        Path broken = dir.resolve("broken.nq");
        Files.writeString(broken, "<https://w3id.org/diplograph/article/x> <" + DG.sha256 + "> \"ab\" "
                + "<https://w3id.org/diplograph/article/x> .\n<https://w3id.org/diplograph/article/x> <oops\n");
        Path triples = dir.resolve("triples.nq");
        Files.writeString(triples, "<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n");
        Path foreign = dir.resolve("foreign.nq");
        Files.writeString(foreign, "<http://example.org/s> <http://example.org/p> <http://example.org/o> <http://example.org/g> .\n");
        Path text = Files.writeString(dir.resolve("notes.txt"), "not RDF");
        Path store = dir.resolve("store");
        CliTest.Run r = CliTest.run("load", "--store", store.toString(), broken.toString(), triples.toString(), foreign.toString(),
                text.toString(), dir.resolve("missing.nq.gz").toString(), parts.get(0).toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("broken.nq: not valid N-Quads: [line: "), r.err());
        assertTrue(r.err().contains("triples.nq: holds triples outside a named graph"), r.err());
        assertTrue(r.err().contains("foreign.nq: the graph <http://example.org/g> is not an article graph"), r.err());
        assertTrue(r.err().contains("notes.txt: not N-Quads or TriG"), r.err());
        assertTrue(r.err().contains("missing.nq.gz: no such file or folder"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertTrue(r.out().contains("2 new") && r.out().contains("5 refused files"), r.out());
        Node x = NodeFactory.createURI("https://w3id.org/diplograph/article/x");
        assertFalse(quads(store).stream().anyMatch(q -> q.getGraph().equals(x)), "nothing of a refused file is stored");
    }

    @Test
    void nothingLoadableCreatesNoStore() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not RDF", StandardCharsets.UTF_8);
        Path store = dir.resolve("store");
        CliTest.Run r = CliTest.run("load", "--store", store.toString(), text.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("nothing to load"), r.err());
        assertFalse(Files.exists(store));
    }

    @Test
    void explainsItself() {
        CliTest.Run r = CliTest.run("load", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: diplograph load") && r.out().contains("Examples") && r.out().contains("bulk"), r.out());
        assertEquals(ExitCodes.USAGE, CliTest.run("load").code(), "files are required");
    }

    /** Counts over a closed store. */
    private static final class GraphStoreCounts {
        static long articles(Path store) {
            try (GraphStore s = GraphStore.open(store)) {
                return s.summary().get("articles");
            }
        }
    }
}
