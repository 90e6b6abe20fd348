package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds 2,000 real articles of the shared corpus (1,000 BBC, politics first, and 1,000 Reuters)
 * and validates the store against the shapes. Skipped when ../shared is not there.
 */
class CorpusBuildTest {
    static final Path CORPUS = Path.of("../shared/corpus");

    @TempDir Path dir;

    @Test
    void twoThousandCorpusArticlesBuildIntoAValidStore() throws Exception {
        Path bbc = CORPUS.resolve("bbc-news-2004-2005-01.jsonl");
        Path reuters = CORPUS.resolve("reuters21578-1987-01.jsonl");
        Assumptions.assumeTrue(Files.isReadable(bbc) && Files.isReadable(reuters),
                "../shared/corpus is not here: the corpus build test is skipped");
        Path sample = dir.resolve("sample.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(sample, StandardCharsets.UTF_8)) {
            for (Path f : new Path[] {bbc, reuters}) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    for (int i = 0; i < 1000; i++) {
                        w.write(r.readLine());
                        w.newLine();
                    }
                }
            }
        }
        Path store = dir.resolve("store");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "build", "--no-compact", "--store", store.toString(),
                sample.toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("2,000 new, 0 changed, 0 unchanged, 0 refused"), out.toString());
        StringWriter validation = new StringWriter();
        int valid = Main.run(new PrintWriter(validation), new PrintWriter(new StringWriter()), "validate", "--store", store.toString());
        assertEquals(0, valid, validation.toString().lines().limit(20).reduce("", (a, b) -> a + "\n" + b));
        assertTrue(validation.toString().contains("2000 graph(s) checked, 0 violation(s)"), validation.toString());
    }
}
