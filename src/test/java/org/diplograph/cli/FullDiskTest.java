package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during a build, made real with a file size limit ({@code ulimit -f}) on a
 * separate JVM: the build ends with one clear line, and the store keeps every article committed
 * before, opens and validates.
 */
class FullDiskTest {
    @TempDir Path dir;

    /** German prose (not English: stored without extraction, so the test is quick), about 3 MB, made unique by n. */
    private static String bigArticle(int n) {
        String paragraph = "Die Aussenminister der beiden Nachbarländer haben sich am Montag in der Hauptstadt getroffen, "
                + "um über die gemeinsame Grenze, den Handel und die Zusammenarbeit in der Region zu sprechen. ";
        return "Bericht " + n + "\n\n" + paragraph.repeat(3_000_000 / paragraph.length()) + "Ende " + n + ".";
    }

    @Test
    void aFullDiskEndsTheBuildWithAMessageAndTheStoreStaysConsistent() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash for ulimit");
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 5; i++) Files.writeString(in.resolve("big-" + i + ".txt"), bigArticle(i));
        Path store = dir.resolve("store");
        String java = ProcessHandle.current().info().command().orElse("java");
        // 10,000 KB per file: the store's first index segments fit, its node file holds three of the articles
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-c",
                "ulimit -f 10000; exec \"$0\" -Xmx512m -cp \"$1\" org.diplograph.cli.Main build --no-compact --store \"$2\" \"$3\"",
                java, System.getProperty("java.class.path"), store.toString(), in.toString());
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the build ends");
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.STORE, p.exitValue(), err);
        assertTrue(err.contains("diplograph: cannot write to the store") && err.contains("size limit")
                && err.contains("the articles committed before it are kept"), err);
        assertFalse(err.contains("\tat ") || err.contains("InternalError"), "no stack trace: " + err);

        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "query", "--store", store.toString(),
                "--format", "csv", "SELECT (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle }");
        assertEquals(0, code, "the store opens after the failure");
        int stored = Integer.parseInt(out.toString().lines().skip(1).findFirst().orElse("0").strip());
        assertTrue(stored >= 1 && stored < 5, "some articles committed, not all: " + stored);
        StringWriter validation = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(validation), new PrintWriter(new StringWriter()), "validate", "--store", store.toString()),
                validation.toString());
    }
}
