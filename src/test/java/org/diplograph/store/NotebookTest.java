package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diplograph.ExampleStore;
import org.junit.jupiter.api.Test;

/**
 * The research notebook: committed without outputs, and executed headless ({@code jupyter nbconvert
 * --execute}) against a server on the example store, where a cell that raises fails the test.
 * Execution is skipped when Jupyter or the notebook's Debian packages are missing ({@code .ci/run}
 * installs them).
 */
class NotebookTest {
    static final Path NOTEBOOK = Path.of("examples/notebooks/diplograph.ipynb");
    static final Path JUPYTER = Path.of("/usr/bin/jupyter");
    static final Path PYTHON = Path.of("/usr/bin/python3");

    @Test
    void theNotebookIsCommittedWithoutOutputs() throws IOException {
        JsonObject nb;
        try (Reader r = Files.newBufferedReader(NOTEBOOK, StandardCharsets.UTF_8)) {
            nb = Json.createReader(r).readObject();
        }
        int code = 0;
        for (JsonValue c : nb.getJsonArray("cells")) {
            JsonObject cell = c.asJsonObject();
            if (cell.getString("cell_type").equals("code")) {
                code++;
                assertTrue(cell.getJsonArray("outputs").isEmpty(), "a cell was committed with outputs");
                assertEquals(JsonValue.NULL, cell.get("execution_count"));
            }
        }
        assertTrue(code >= 5, "the notebook has " + code + " code cells");
    }

    @Test
    void theNotebookRunsHeadlessAgainstTheExamples() throws Exception {
        assumeTrue(Files.isExecutable(JUPYTER) && Files.isExecutable(PYTHON),
                "skipped: jupyter is not installed (apt-get install jupyter-nbconvert python3-ipykernel; .ci/run does it)");
        Process check = new ProcessBuilder(PYTHON.toString(), "-c",
                "import SPARQLWrapper, pandas, matplotlib, networkx, nbconvert, ipykernel").redirectErrorStream(true).start();
        assumeTrue(check.waitFor() == 0, "skipped: the notebook's Python packages are missing "
                + "(apt-get install python3-sparqlwrapper python3-pandas python3-matplotlib python3-networkx; .ci/run does it)");

        Path out = Path.of("target/notebook");
        Files.createDirectories(out);
        Path log = out.resolve("nbconvert.log");
        try (GraphStore store = GraphStore.open(ExampleStore.path()); SparqlServer server = SparqlServer.start(store, 0)) {
            ProcessBuilder pb = new ProcessBuilder(List.of(JUPYTER.toString(), "nbconvert", "--to", "notebook", "--execute",
                    "--ExecutePreprocessor.timeout=300", NOTEBOOK.toString(), "--output-dir", out.toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("DIPLOGRAPH_ENDPOINT", server.endpoint());
            pb.environment().put("DIPLOGRAPH_COOKBOOK", Path.of("examples/queries").toAbsolutePath().toString());
            long started = System.nanoTime();
            Process p = pb.start();
            boolean finished = p.waitFor(10, TimeUnit.MINUTES);
            if (!finished) p.destroyForcibly();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Notebook executed headless in %.1f s (jupyter nbconvert --execute)%n", seconds);
            assertTrue(finished, "the notebook did not finish in 10 minutes");
            assertEquals(0, p.exitValue(), "a notebook cell failed:\n" + Files.readString(log));
        }
        String executed = Files.readString(out.resolve("diplograph.ipynb"));
        assertTrue(executed.contains("image/png"), "the notebook drew its figures");
        assertTrue(executed.contains("Tensions between India and Pakistan"), "the evidence sentences are shown");
    }
}
