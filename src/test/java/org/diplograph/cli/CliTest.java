package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void extractOneFilePrintsOnlyNQuads() {
        Run r = run("extract", "--format", "nq", "examples/articles/kashmir-summit.txt");
        assertEquals(0, r.code(), r.err());
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(r.out(), Lang.NQUADS).parse(ds); // throws if anything but N-Quads was printed
        assertTrue(r.out().contains("https://w3id.org/diplograph/ontology#leaderOf"));
    }

    @Test
    void extractWithOutputDirWritesOneFilePerArticle() throws Exception {
        Path out = dir.resolve("out");
        Run r = run("extract", "--format", "ttl", "--output-dir", out.toString(), "examples/articles");
        assertEquals(0, r.code(), r.err());
        try (var files = Files.list(out)) {
            assertEquals(4, files.filter(f -> f.toString().endsWith(".ttl")).count());
        }
        assertTrue(Files.exists(out.resolve("golan-visit.ttl")));
    }

    @Test
    void badInputsAreRefusedWithTheirReasonAndExitCode3() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {1, 0, 2, 0});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'P', 'e', 'r', (byte) 0xF9});
        Path out = dir.resolve("out");
        Run r = run("extract", "--output-dir", out.toString(), empty.toString(), binary.toString(), latin1.toString(),
                "examples/articles/golan-visit.txt");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("empty") && r.err().contains("binary") && r.err().contains("UTF-8"), r.err());
        assertTrue(Files.exists(out.resolve("golan-visit.nq")), "good articles are still extracted");
        assertEquals(ExitCodes.BAD_INPUT, run("extract", dir.resolve("nope.txt").toString()).code());
    }

    @Test
    void severalFilesToStdoutIsAUsageError() {
        Run r = run("extract", "examples/articles");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--output-dir"), r.err());
    }

    @Test
    void everyCommandExplainsItself() {
        for (String cmd : new String[] {"extract", "build", "query", "serve", "validate"}) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("Usage: diplograph " + cmd) && r.out().contains("Examples"), r.out());
        }
        Run top = run("--help");
        assertTrue(top.out().contains("Exit codes"), top.out());
        assertEquals(ExitCodes.USAGE, run("frobnicate").code());
    }

    @Test
    void queryWithoutAStoreSaysHowToMakeOne() {
        Run r = run("query", "--store", dir.resolve("none").toString(), "ASK {}");
        assertEquals(ExitCodes.STORE, r.code());
        assertTrue(r.err().contains("diplograph build"), r.err());
    }
}
