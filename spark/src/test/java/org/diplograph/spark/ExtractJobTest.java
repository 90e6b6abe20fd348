package org.diplograph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job in local[2] and holds its output against the command line's for the same articles:
 * the same quads byte for byte (but the run node), the same refusals, a facts table that matches
 * the quads, and quads that {@code diplograph load} turns into a store that answers queries. The
 * command line is the real one ({@code ../target/diplograph.jar}, built by {@code mvn install} at
 * the root), run in a process of its own, so TDB2 and Fuseki never share Spark's classpath.
 */
class ExtractJobTest {
    static final Path CLI_JAR = Path.of("../target/diplograph.jar").toAbsolutePath().normalize();
    static final Path EXAMPLES = Path.of("../examples/articles").toAbsolutePath().normalize();
    static final Path CORPUS = Path.of("../../shared/corpus").toAbsolutePath().normalize();
    static final String RELATIONS = "leaderOf|officialOf|metWith|visited|claims|controls|cooperatesWith|inConflictWith";

    static SparkSession spark;
    @TempDir Path dir;

    @BeforeAll
    static void start() {
        assertTrue(Files.isRegularFile(CLI_JAR), CLI_JAR + " is missing: run 'mvn -B install' at the root first");
        spark = SparkSession.builder().master("local[2]").appName("diplograph test")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    record Run(int code, String out, String err) {}

    /** The real command line, in its own JVM. */
    static Run cli(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx768m", "-jar", CLI_JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the command line did not finish: " + cmd);
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** The graph name of an N-Quads line: its last term. */
    static String graphOf(String line) {
        int end = line.lastIndexOf('>');
        int start = line.lastIndexOf(" <", end);
        return line.substring(start + 2, end);
    }

    /** The run node names the tool version: the one difference allowed between runs. */
    static String withoutRun(String nq) {
        StringBuilder out = new StringBuilder();
        for (String line : nq.split("\n", -1)) {
            line = line.replaceAll("diplograph/run/diplograph-[^>]*>", "diplograph/run/diplograph-RUN>");
            if (line.startsWith("<https://w3id.org/diplograph/run/") && line.contains("toolVersion")) {
                line = line.replaceFirst("\"[^\"]*\"", "\"RUN\"");
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** Each article's quads in the job's part files: the consecutive lines of its graph (an article never comes twice). */
    static Map<String, String> jobArticles(Path quads) throws IOException {
        Map<String, String> out = new TreeMap<>();
        List<Path> parts;
        try (Stream<Path> list = Files.list(quads)) {
            parts = list.filter(p -> p.getFileName().toString().matches("part-r-\\d+\\.nq\\.gz")).sorted().toList();
        }
        assertFalse(parts.isEmpty(), "no part-r-NNNNN.nq.gz in " + quads);
        for (Path part : parts) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(part)),
                    StandardCharsets.UTF_8))) {
                String graph = null;
                StringBuilder block = new StringBuilder();
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String g = graphOf(line);
                    if (!g.equals(graph)) {
                        if (graph != null) assertEquals(null, out.put(graph, block.toString()), graph + " comes twice");
                        graph = g;
                        block.setLength(0);
                    }
                    block.append(line).append('\n');
                }
                if (graph != null) assertEquals(null, out.put(graph, block.toString()), graph + " comes twice");
            }
        }
        return out;
    }

    /** Each article's quads as 'extract --output-dir' wrote them, one file each. */
    static Map<String, String> cliArticles(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.filter(p -> p.toString().endsWith(".nq")).toList()) {
                String nq = Files.readString(f);
                out.put(graphOf(nq.substring(0, nq.indexOf('\n'))), nq);
            }
        }
        return out;
    }

    /** Asserts byte equality, article by article, and returns how many articles were compared. */
    static int assertSameQuads(Map<String, String> expected, Map<String, String> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the same articles");
        int same = 0;
        List<String> differ = new ArrayList<>();
        for (String g : expected.keySet()) {
            if (withoutRun(expected.get(g)).equals(withoutRun(actual.get(g)))) same++;
            else differ.add(g);
        }
        assertTrue(differ.isEmpty(), () -> differ.size() + " of " + expected.size() + " articles differ, e.g. " + differ.get(0)
                + ":\nCLI:\n" + expected.get(differ.get(0)) + "\njob:\n" + actual.get(differ.get(0)));
        return same;
    }

    /** The job's refusals (reasons), from the rejects output. */
    static Set<String> rejects(Path out) {
        Dataset<Row> rows = spark.read().schema(Extracted.REJECTS).json(out.resolve("rejects").toString());
        Set<String> reasons = new TreeSet<>();
        for (Row r : rows.collectAsList()) reasons.add(r.getString(1));
        return reasons;
    }

    /** The command line's refusals, from its error output. */
    static Set<String> refusals(String err) {
        Set<String> out = new TreeSet<>();
        for (String line : err.split("\n")) {
            if (line.startsWith("diplograph: ")) out.add(line.substring("diplograph: ".length()));
        }
        return out;
    }

    @Test
    void examplesAndBadInputsGiveWhatTheCommandLineGives() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            for (Path f : list.toList()) Files.copy(f, in.resolve(f.getFileName()));
        }
        // bad inputs of every kind the readers refuse, and a corpus with good and bad lines
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.txt"), new byte[] {1, 0, 2, 0});
        Files.write(in.resolve("latin1.txt"), new byte[] {'P', 'e', 'r', 'u', ' ', (byte) 0xF9});
        String kashmir = Files.readString(EXAMPLES.resolve("kashmir-summit.txt"));
        org.apache.jena.atlas.json.JsonObject record = new org.apache.jena.atlas.json.JsonObject();
        record.put("id", "feed-1");
        record.put("title", "Summit");
        record.put("date", "2019-10-08T10:00:00");
        record.put("source", "Test wire");
        record.put("text", kashmir);
        String good = org.apache.jena.atlas.json.JSON.toStringFlat(record);
        Files.writeString(in.resolve("feed.jsonl"), good + "\n{\"id\": \"feed-2\", \"text\": \n{\"id\": \"feed-3\"}\n");
        Path out = dir.resolve("out");

        ExtractJob.Summary s = ExtractJob.run(spark, List.of(in.toString()), out.toString(), 3);
        assertEquals(5, s.articles(), s.describe());
        assertEquals(5, s.refused(), s.describe());

        Run cli = cli(dir, "extract", "--format", "nq", "--output-dir", dir.resolve("cli").toString(), in.toString());
        assertEquals(3, cli.code(), "the CLI refuses the same bad inputs: " + cli.err());
        Map<String, String> job = jobArticles(out.resolve("quads"));
        assertEquals(5, assertSameQuads(cliArticles(dir.resolve("cli")), job));
        try (Stream<Path> parts = Files.list(out.resolve("quads"))) {
            assertEquals(3, parts.filter(p -> p.toString().endsWith(".nq.gz")).count(), "one file per partition");
        }

        Set<String> expectedRefusals = refusals(cli.err());
        assertEquals(5, expectedRefusals.size(), cli.err());
        assertEquals(expectedRefusals, rejects(out), "the same refusals, with the same reasons");

        assertFactsMatchQuads(out, job);
        assertLoadsAndAnswers(out, in, job.size());
    }

    /** Every row of the facts table is a fact of the quads, with its labels; the rows are the evidence. */
    void assertFactsMatchQuads(Path out, Map<String, String> job) {
        Dataset<Row> facts = spark.read().parquet(out.resolve("facts").toString());
        assertEquals(Extracted.FACTS.fieldNames().length, facts.schema().fieldNames().length);
        List<Row> rows = facts.collectAsList();
        long evidence = job.values().stream().flatMap(nq -> nq.lines())
                .filter(l -> l.contains("> <https://w3id.org/diplograph/ontology#evidence> <")).count();
        assertEquals(evidence, rows.size(), "one row per fact and sentence");
        assertTrue(rows.size() > 10);
        Set<String> quads = new HashSet<>();
        job.values().forEach(nq -> nq.lines().forEach(quads::add));
        boolean wikidata = false;
        for (Row r : rows) {
            String relation = r.getAs("relation");
            assertTrue(relation.matches(RELATIONS), relation);
            String quad = "<" + r.getAs("subject") + "> <https://w3id.org/diplograph/ontology#" + relation + "> <"
                    + r.getAs("object") + "> <" + r.getAs("article_iri") + "> .";
            assertTrue(quads.contains(quad), "the fact is in the quads: " + quad);
            assertTrue(r.getAs("subject_label") != null && r.getAs("object_label") != null, r.toString());
            String sentence = r.getAs("sentence");
            assertEquals(sentence.codePointCount(0, sentence.length()),
                    (int) r.getAs("sentence_end") - (int) r.getAs("sentence_start"), "offsets in code points");
            wikidata |= r.getAs("object_wikidata") != null && ((String) r.getAs("object_wikidata")).matches("Q\\d+");
        }
        assertTrue(wikidata, "reference entities carry their Wikidata ids");
    }

    /** diplograph load turns the quads into a store that answers as a store built from the articles does. */
    void assertLoadsAndAnswers(Path out, Path in, int articles) throws Exception {
        Path loaded = dir.resolve("loaded");
        Run load = cli(dir, "load", "--store", loaded.toString(), out.resolve("quads").toString());
        assertEquals(0, load.code(), load.err());
        assertTrue(load.out().contains(String.format("%,d new, 0 replaced, 0 unchanged", articles)), load.out());
        Run again = cli(dir, "load", "--store", loaded.toString(), out.resolve("quads").toString());
        assertTrue(again.out().contains(String.format("0 new, 0 replaced, %,d unchanged", articles)), again.out());

        Path built = dir.resolve("built");
        Run build = cli(dir, "build", "--store", built.toString(), in.toString());
        assertEquals(3, build.code(), "the bad inputs are refused: " + build.err());
        String leaders = Path.of("../examples/queries/leaders.rq").toAbsolutePath().normalize().toString();
        Run fromLoad = cli(dir, "query", "--store", loaded.toString(), "--format", "csv", "-f", leaders);
        Run fromBuild = cli(dir, "query", "--store", built.toString(), "--format", "csv", "-f", leaders);
        assertEquals(0, fromLoad.code(), fromLoad.err());
        assertTrue(fromLoad.out().lines().count() > 3, fromLoad.out());
        assertEquals(fromBuild.out(), fromLoad.out(), "the loaded store answers as the built one");
    }

    @Test
    void anExistingOutputIsRefusedAndAMissingInputIsARejectNotAFailure() throws Exception {
        Path exists = Files.createDirectories(dir.resolve("exists"));
        ExtractJob.JobError e = org.junit.jupiter.api.Assertions.assertThrows(ExtractJob.JobError.class,
                () -> ExtractJob.run(spark, List.of(EXAMPLES.toString()), exists.toString(), 1));
        assertTrue(e.getMessage().contains("exists: give a new folder"), e.getMessage());

        Path out = dir.resolve("out");
        Path missing = dir.resolve("nope.jsonl");
        ExtractJob.Summary s = ExtractJob.run(spark, List.of(missing.toString(), EXAMPLES.resolve("golan-visit.txt").toString()),
                out.toString(), 1);
        assertEquals(1, s.articles(), s.describe());
        assertEquals(1, s.refused(), s.describe());
        assertEquals(Set.of(missing + ": no such file or folder"), rejects(out));
        assertEquals(Set.of("https://w3id.org/diplograph/article/golan-visit"), jobArticles(out.resolve("quads")).keySet(),
                "a file named directly: its name without extension is the id, as for the command line");
    }

    @Test
    void aSampleOfTheSharedCorpusGivesWhatTheCommandLineGives() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "skipped: " + CORPUS + " (../shared/corpus) is absent");
        Path in = Files.createDirectories(dir.resolve("sample"));
        int perFile = 150;
        for (String name : List.of("bbc-news-2004-2005-01.jsonl", "reuters21578-1987-01.jsonl")) {
            try (Stream<String> lines = Files.lines(CORPUS.resolve(name))) {
                Files.write(in.resolve(name), lines.limit(perFile).toList());
            }
        }
        Path out = dir.resolve("out");
        ExtractJob.Summary s = ExtractJob.run(spark, List.of(in.toString()), out.toString(), 4);
        System.out.println("local[2] sample: " + s.describe());
        assertEquals(2 * perFile, s.articles() + s.refused());
        Run cli = cli(dir, "extract", "--format", "nq", "--threads", "2", "--output-dir", dir.resolve("cli").toString(), in.toString());
        assertEquals(s.refused() > 0 ? 3 : 0, cli.code(), cli.err());
        int same = assertSameQuads(cliArticles(dir.resolve("cli")), jobArticles(out.resolve("quads")));
        System.out.println("byte-identical articles (but the run node): " + same + " of " + s.articles());
        assertEquals(refusals(cli.err()), rejects(out));

        Path store = dir.resolve("store");
        Run load = cli(dir, "load", "--store", store.toString(), out.resolve("quads").toString());
        assertEquals(0, load.code(), load.err());
        Run count = cli(dir, "query", "--store", store.toString(), "--format", "csv",
                "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?a a schema:NewsArticle } }");
        assertEquals(List.of("n", String.valueOf(s.articles())), count.out().lines().map(String::strip).toList(), count.err());
    }
}
