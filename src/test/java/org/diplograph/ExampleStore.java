package org.diplograph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.diplograph.cli.Main;

/**
 * The store built from examples/articles, built once per test JVM (a build takes tens of seconds)
 * and shared by the tests that query, serve or export it; deleted when the JVM exits. Tests only
 * read it.
 */
public final class ExampleStore {
    private static Path store;

    private ExampleStore() {}

    public static synchronized Path path() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("diplograph-examples");
                Path s = dir.resolve("store");
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = Main.run(new PrintWriter(out), new PrintWriter(err), "build", "--store", s.toString(),
                        "examples/articles");
                assertEquals(0, code, "building the example store: " + err);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                store = s;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
