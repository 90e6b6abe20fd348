package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Prefixes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building again and again, as researchers do: identity, incremental runs, duplicates, removal, bad input. */
class BuildTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path store() { return dir.resolve("store"); }

    private Run build(String... args) {
        List<String> all = new ArrayList<>(List.of("build", "--store", store().toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private static String example(String name) throws Exception {
        return Files.readString(Path.of("examples/articles", name + ".txt"));
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private List<String> select(String sparql, String var) {
        List<String> rows = new ArrayList<>();
        try (GraphStore s = GraphStore.open(store())) {
            s.read(() -> {
                try (QueryExecution qe = QueryExecution.create(Prefixes.withStandardPrefixes(sparql), s.dataset())) {
                    qe.execSelect().forEachRemaining(r -> rows.add(r.get(var).toString()));
                }
                return null;
            });
        }
        return rows;
    }

    /** Every quad of the article graphs, as sorted text: two stores with the same content give the same list. */
    private static List<String> dump(Path store) {
        TreeSet<String> quads = new TreeSet<>();
        try (GraphStore s = GraphStore.open(store)) {
            s.read(() -> {
                s.datasetGraph().find().forEachRemaining((Quad q) -> {
                    if (!q.getGraph().getURI().endsWith("/graph/reference")) quads.add(q.toString());
                });
                return null;
            });
        }
        return new ArrayList<>(quads);
    }

    @Test
    void editingAnArticleReplacesItAndAllItsFacts() throws Exception {
        write("in/story.txt", example("kashmir-summit"));
        Run first = build(dir.resolve("in").toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("1 new, 0 changed, 0 unchanged, 0 refused"), first.out());
        assertFalse(select("SELECT ?p WHERE { ?p dg:leaderOf dgc:PAK }", "p").isEmpty());

        write("in/story.txt", example("golan-visit"));
        Run second = build(dir.resolve("in").toString());
        assertTrue(second.out().contains("0 new, 1 changed, 0 unchanged, 0 refused"), second.out());
        assertEquals(List.of("story"), select("SELECT ?id WHERE { ?a schema:identifier ?id }", "id"), "one article, not two");
        assertTrue(select("SELECT ?p WHERE { ?p dg:leaderOf dgc:PAK }", "p").isEmpty(), "the old text's facts are gone");
        assertTrue(select("SELECT ?st WHERE { ?st a dg:Statement ; prov:wasDerivedFrom ?a . ?a dg:sha256 ?h }", "st").size() > 0);
        assertEquals(List.of("<https://w3id.org/diplograph/article/story>"), select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                + "FILTER(?g != <https://w3id.org/diplograph/graph/reference>) }", "g").stream().map(g -> "<" + g + ">").toList());
    }

    @Test
    void unchangedArticlesAreSkippedWithoutExtraction() throws Exception {
        write("in/a.txt", example("kashmir-summit"));
        write("in/b.txt", example("golan-visit"));
        build(dir.resolve("in").toString());
        List<String> before = dump(store());
        Run again = build(dir.resolve("in").toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("0 new, 0 changed, 2 unchanged, 0 refused"), again.out());
        assertTrue(again.out().contains("0 tokens extracted"), "nothing was extracted: " + again.out());
        assertFalse(again.out().contains("Compacted"), "nothing was written, nothing to compact");
        assertEquals(before, dump(store()));
    }

    @Test
    void identicalTextsKeepEveryIdAreStoredTheSameWhateverTheOrderAndCountOnce() throws Exception {
        String text = example("kuril-talks-tokyo");
        write("one/wire-b.txt", text);
        write("two/wire-a.txt", text);
        // order 1: b, then a (a is smaller, so it takes the facts over); order 2: a, then b
        Path storeOne = dir.resolve("store");
        run("build", "--store", storeOne.toString(), dir.resolve("one").toString());
        Run second = run("build", "--store", storeOne.toString(), dir.resolve("two").toString());
        assertTrue(second.out().contains("1 repeat the text of another id"), second.out());
        Path storeTwo = dir.resolve("store2");
        run("build", "--store", storeTwo.toString(), dir.resolve("two").toString());
        run("build", "--store", storeTwo.toString(), dir.resolve("one").toString());
        assertEquals(dump(storeOne), dump(storeTwo), "the store does not depend on the order of the builds");

        assertEquals(List.of("wire-a", "wire-b"), select("SELECT ?id WHERE { ?a schema:identifier ?id } ORDER BY ?id", "id"));
        assertEquals(2, select("SELECT ?h WHERE { ?a schema:headline ?h }", "h").size(), "every id keeps its headline");
        List<String> articles = select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { dgp:fumio-kishida dg:metWith dgp:sergei-lavrov } }", "n");
        assertEquals("1", articles.get(0).replaceAll("\\^\\^.*", "").replace("\"", ""), "one text is one article in counts");
        assertEquals(List.of("https://w3id.org/diplograph/article/wire-a"),
                select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?x dg:metWith ?y } }", "g"), "the smallest id holds the facts");
    }

    @Test
    void removeDropsArticlesAndHandsSharedFactsToTheOtherId() throws Exception {
        String text = example("kuril-talks-tokyo");
        write("in/a.txt", text);
        write("in/b.txt", text);
        write("in/c.txt", example("golan-visit"));
        build(dir.resolve("in").toString());
        Run removed = run("remove", "--store", store().toString(), "a", "c", "zzz");
        assertEquals(ExitCodes.BAD_INPUT, removed.code(), "one id was not there");
        assertTrue(removed.out().contains("Removed 2 article(s)"), removed.out());
        assertTrue(removed.err().contains("no article with the id \"zzz\""), removed.err());
        assertEquals(List.of("b"), select("SELECT ?id WHERE { ?a schema:identifier ?id }", "id"));
        assertEquals(List.of("https://w3id.org/diplograph/article/b"),
                select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?x dg:metWith ?y } }", "g"), "b holds the facts now");
        Run validate = run("validate", "--store", store().toString());
        assertEquals(0, validate.code(), validate.out());
    }

    @Test
    void reextractRunsWhereTheKnowledgeDiffers() throws Exception {
        write("in/a.txt", example("kashmir-summit"));
        write("in/b.txt", example("golan-visit"));
        build(dir.resolve("in").toString());
        Path knowledge = dir.resolve("ontology");
        try (Stream<Path> files = Files.walk(Path.of("ontology"))) {
            for (Path p : files.toList()) {
                Path target = knowledge.resolve(Path.of("ontology").relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        Run same = build("--reextract", "--knowledge", knowledge.toString());
        assertTrue(same.out().contains("0 new, 0 changed, 0 unchanged, 0 refused"), "an identical copy is the same knowledge: " + same.out());
        Path titles = knowledge.resolve("lexicon/titles.tsv");
        assertTrue(Files.exists(titles), "ontology/lexicon/titles.tsv");
        Files.writeString(titles, Files.readString(titles) + "\n# an edit\n");
        Run normal = build("--knowledge", knowledge.toString(), dir.resolve("in").toString());
        assertTrue(normal.out().contains("2 unchanged") && normal.out().contains("'build --reextract' updates them"), normal.out());
        Run again = build("--reextract", "--knowledge", knowledge.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("2 re-extracted"), again.out());
        Run then = build("--reextract", "--knowledge", knowledge.toString(), dir.resolve("in").toString());
        assertTrue(then.out().contains("0 new, 0 changed, 2 unchanged, 0 refused"), then.out());
    }

    @Test
    void anArticleNotInEnglishIsStoredCountedAndReported() throws Exception {
        write("in/de.txt", "Die Aussenminister von Chile und Peru haben sich am Montag in Lima getroffen, um über die Seegrenze, "
                + "den Handel und den Kampf gegen den Drogenhandel zu sprechen, sagten Beamte beider Regierungen am Dienstag.");
        Run r = build(dir.resolve("in").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 not in English: stored without extraction"), r.out());
        assertTrue(r.err().contains("de.txt: in language \"de\", not English"), r.err());
        assertEquals(List.of("de"), select("SELECT ?l WHERE { ?a schema:inLanguage ?l }", "l"));
    }

    @Test
    void badInputsAreRefusedOneLineEachAndTheRestIsStored() throws Exception {
        write("in/good.txt", example("golan-visit"));
        write("in/empty.txt", "");
        Files.write(dir.resolve("in/latin1.txt"), "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
        write("in/corpus.jsonl", "{\"id\":\"j1\",\"text\":\"" + "Chile and Peru met in Lima." + "\"}\nnot json\n");
        Files.createSymbolicLink(dir.resolve("in/loop.txt"), dir.resolve("in/loop.txt"));
        Run r = build(dir.resolve("in").toString(), dir.resolve("missing").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(r.out().contains("2 new, 0 changed, 0 unchanged, 5 refused"), r.out());
        List<String> refusals = r.err().lines().filter(l -> l.startsWith("diplograph: refused ")).toList();
        assertEquals(5, refusals.size(), r.err());
        for (String part : new String[] {"missing: no such file or folder", "empty.txt: the file is empty", "latin1.txt: not valid UTF-8",
                "corpus.jsonl:2: not a JSON object", "loop.txt: symbolic link loop"}) {
            assertTrue(refusals.stream().anyMatch(l -> l.contains(part)), part + " in " + r.err());
        }
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals(List.of("good", "j1"), select("SELECT ?id WHERE { ?a schema:identifier ?id } ORDER BY ?id", "id"));
        Run debug = build("--debug", dir.resolve("in/empty.txt").toString());
        assertTrue(debug.err().contains("\tat "), "--debug shows the stack trace: " + debug.err());
    }

    @Test
    void aSecondArticleWithTheSameIdInOneRunIsRefused() throws Exception {
        write("a/x.txt", example("golan-visit"));
        write("b/x.txt", example("kashmir-summit"));
        Run r = build(dir.resolve("a").toString(), dir.resolve("b").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("the id \"x\" was already read from"), r.err());
    }

    @Test
    void standardInputIsAnInput() throws Exception {
        var stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(example("golan-visit").getBytes(StandardCharsets.UTF_8)));
            Run r = build("-");
            assertEquals(0, r.code(), r.err());
        } finally {
            System.setIn(stdin);
        }
        assertEquals(List.of("stdin"), select("SELECT ?id WHERE { ?a schema:identifier ?id }", "id"));
    }

    @Test
    void anOldGenerationLeftByAnInterruptedCompactionIsDeleted() throws Exception {
        write("in/a.txt", example("golan-visit"));
        build(dir.resolve("in").toString());
        List<Path> generations;
        try (Stream<Path> s = Files.list(store())) {
            generations = s.filter(p -> p.getFileName().toString().startsWith("Data-")).toList();
        }
        assertEquals(1, generations.size(), "compaction deleted the old generation: " + generations);
        // what a kill -9 right after the switch-over leaves: the previous generation, still on disk
        Path old = store().resolve("Data-0000");
        Files.createDirectories(old);
        Files.writeString(old.resolve("nodes.dat"), "old data");
        Run q = run("query", "--store", store().toString(), "SELECT ?id WHERE { ?a schema:identifier ?id }");
        assertEquals(0, q.code(), q.err());
        assertTrue(q.out().contains("a"), q.out());
        assertFalse(Files.exists(old), "opening the store deletes the old generation");
    }

    @Test
    void quietPrintsNothingButProblemsAndPlainProgressLinesOtherwise() throws Exception {
        write("in/a.txt", example("golan-visit"));
        Run quiet = build("--quiet", dir.resolve("in").toString());
        assertEquals("", quiet.out());
        assertEquals("", quiet.err());
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err), false, false);
        p.start(10);
        p.update(4);
        p.finish();
        assertTrue(err.toString().startsWith("progress: 4/10 articles (40%)"), err.toString());
        assertFalse(err.toString().contains("\r"), "no carriage returns when not a terminal");
        StringWriter tty = new StringWriter();
        Progress bar = new Progress(new PrintWriter(tty), false, true);
        bar.start(10);
        try { Thread.sleep(250); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
        bar.update(5);
        assertTrue(tty.toString().contains("5/10 (50%)") && tty.toString().contains("left"), tty.toString());
    }
}
