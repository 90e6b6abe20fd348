package org.diplograph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: a package may use packages below it, never one above. The order is the
 * architecture of the README: vocabulary at the bottom, RDF writing above the pipeline.
 */
class LayeringTest {
    static final List<String> LAYERS = List.of(
            "vocab", "knowledge", "article", "nlp", "mention", "link", "relation", "pipeline", "graph", "store", "cli");

    @Test
    void noPackageDependsOnOneAboveIt() throws IOException {
        Path root = Path.of("src/main/java/org/diplograph");
        java.util.regex.Pattern imp = java.util.regex.Pattern.compile("^import (?:static )?org\\.diplograph\\.([a-z]+)\\.",
                java.util.regex.Pattern.MULTILINE);
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(f).getName(0).toString();
                assertTrue(LAYERS.contains(pkg), "package " + pkg + " has no place in LAYERS");
                Matcher m = imp.matcher(Files.readString(f));
                while (m.find()) {
                    String used = m.group(1);
                    if (LAYERS.indexOf(used) > LAYERS.indexOf(pkg)) violations.add(f.getFileName() + ": " + pkg + " -> " + used);
                }
            }
        }
        assertTrue(violations.isEmpty(), "upward dependencies: " + violations);
    }
}
