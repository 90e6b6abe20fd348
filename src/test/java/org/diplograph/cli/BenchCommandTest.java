package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.diplograph.cli.BenchRun.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's passes and report on the project's example articles: what is printed, never how fast. */
class BenchCommandTest {
    @TempDir Path dir;

    private static BenchRun run(Mode mode, int threads, long articles, long tokens, double seconds) {
        return new BenchRun(mode, threads, articles, 0, tokens, (long) (seconds * 1e9),
                Map.of("only", (long) (seconds * 1e9)), 100L << 20, 0, 1.0, 1_000, 100, (long) (seconds * 1e9), 0);
    }

    @Test
    void ratiosCompareMedianArticlesPerSecond() {
        BenchReport report = new BenchReport(List.of(
                run(Mode.TAGGER, 1, 100, 10_000, 1.0), run(Mode.TAGGER, 1, 100, 10_000, 2.0), run(Mode.TAGGER, 1, 100, 10_000, 4.0),
                run(Mode.EXTRACT, 1, 100, 9_000, 4.0),
                run(Mode.STORE, 1, 100, 9_000, 5.0),
                run(Mode.EXTRACT, 2, 100, 9_000, 2.5)));
        // medians: a 50 articles/s (of 100, 50, 25), b 25, c 20, b at 2 threads 40
        assertEquals(0.5, report.ratio(Mode.EXTRACT, 1, Mode.TAGGER, 1).orElseThrow(), 1e-9);
        assertEquals(0.5, report.cpuRatio(Mode.EXTRACT, Mode.TAGGER).orElseThrow(), 1e-9, "CPU time as long as the wall time here");
        assertEquals(0.8, report.ratio(Mode.STORE, 1, Mode.EXTRACT, 1).orElseThrow(), 1e-9);
        assertEquals(1.6, report.ratio(Mode.EXTRACT, 2, Mode.EXTRACT, 1).orElseThrow(), 1e-9);
        assertTrue(report.ratio(Mode.TAGGER, 2, Mode.TAGGER, 1).isEmpty(), "not measured, so no ratio");
        assertEquals(100.0, report.group(Mode.TAGGER, 1).orElseThrow().best().articlesPerSecond(), 1e-9);
        assertEquals(4, report.groups().size());
    }

    @Test
    void medianOfEvenAndOddCounts() {
        assertEquals(2.0, BenchReport.median(new double[] {3, 1, 2}));
        assertEquals(2.5, BenchReport.median(new double[] {4, 1, 2, 3}));
    }

    @Test
    void benchMeasuresTheThreeModesOnTheExamples() {
        CliTest.Run r = CliTest.run("bench", "--warmup", "1", "--limit", "3", "--threads", "1", "--tagger-threads", "2",
                "--repeat", "2", "--passes", "--warmup-max", "0", "examples/articles");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("examples/articles: first 3 articles"), out);
        assertTrue(out.contains("best / median of 2"), out);
        for (String row : new String[] {"(a) bare OpenNLP", "(b) full extraction", "(c) extraction + writing a TDB2 store"}) {
            assertTrue(out.contains(row), row + " missing:\n" + out);
        }
        assertTrue(out.contains("b/a ") && out.contains("c/b ") && out.contains("a 2 thr/1 thr ×"), out);
        assertTrue(out.contains("(a) 1 thr: sentences") && out.contains("store write"), out);
        assertTrue(out.contains("3 articles"), "every mode reads the same 3 articles:\n" + out);
        assertTrue(out.contains("sentences POS-tagged (100.0%)") && out.contains("(b) 1 thr: sentences+tokens") && out.contains("POS "), out);
        assertTrue(out.contains("articles/CPU-s") && out.contains("in CPU time"), out);
        assertTrue(out.contains(" JIT ") && out.contains("passes in the order they ran:"), out);
        // 2 repeats of (a) at 1 and 2 threads, (b) and (c) at 1 thread
        assertTrue(out.contains("     8 (c) 1 thr: ") && !out.contains("     9 ("), out);
    }

    @Test
    void modesAndThreadsAreChecked() {
        assertEquals(ExitCodes.USAGE, CliTest.run("bench", "--modes", "fast", "examples/articles").code());
        assertEquals(ExitCodes.USAGE, CliTest.run("bench", "--threads", "0", "examples/articles").code());
        assertEquals(ExitCodes.USAGE, CliTest.run("bench").code());
    }

    @Test
    void queryLatencyOverAStoreBuiltFromTheExamples() {
        Path store = dir.resolve("store");
        assertEquals(0, CliTest.run("build", "--no-compact", "--store", store.toString(), "examples/articles").code());
        long files;
        try (var listing = java.nio.file.Files.list(Path.of("examples/queries"))) {
            files = listing.filter(f -> f.toString().endsWith(".rq")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<QueryBench.NamedQuery> cookbook = QueryBench.load(List.of(Path.of("examples/queries")));
        assertEquals(files, cookbook.size());
        long federated = cookbook.stream().filter(QueryBench::usesService).count();
        assertTrue(federated >= 1, "the cookbook's Wikidata query is recognised as federated");
        List<QueryBench.NamedQuery> readme = QueryBench.load(List.of(Path.of("README.md")));
        assertTrue(readme.size() >= 5, "the README's sparql blocks");
        assertTrue(readme.stream().anyMatch(q -> q.name().equals("README.md: Who leads which country, and in how many articles")),
                readme.toString());
        assertTrue(QueryBench.load(List.of(Path.of("README.md"), Path.of("examples/queries"))).size() < readme.size() + files,
                "a query the README repeats from examples/queries is timed once");
        CliTest.Run r = CliTest.run("bench", "--queries", store.toString(), "examples/queries/leaders.rq", "examples/queries");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("leaders.rq") && r.out().contains("median ms (5)"), r.out());
        assertTrue(r.out().contains("of " + (files - federated) + " queries over 1 s"), r.out());
        assertTrue(r.out().contains("skipped wikidata"), r.out());
        assertEquals(ExitCodes.STORE, CliTest.run("bench", "--queries", dir.resolve("none").toString()).code());
    }
}
