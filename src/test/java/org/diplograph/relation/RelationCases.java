package org.diplograph.relation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The relation cases of {@code src/test/resources/relation-cases/*.tsv}: sentences written for the
 * tests, the facts they must give, the facts they must not give, and the rules they were written
 * for. Columns: text, expected facts, forbidden facts, target rule ids (";"-separated, "-" for none;
 * the fourth column may be left out).
 */
record RelationCases(String file, int line, String text, List<String> expected, List<String> forbidden, Set<String> targets) {
    static final Path FOLDER = Path.of("src/test/resources/relation-cases");

    static List<RelationCases> all() {
        List<RelationCases> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] c = line.split("\t");
                    if (c.length < 3) throw new IllegalArgumentException(f + ":" + (i + 1) + ": needs at least 3 columns");
                    out.add(new RelationCases(f.getFileName().toString(), i + 1, c[0], split(c[1]), split(c[2]),
                            c.length > 3 ? Set.copyOf(split(c[3])) : Set.of()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> split(String cell) {
        return cell.trim().equals("-") ? List.of() : List.of(cell.trim().split("\\s*;\\s*"));
    }

    @Override
    public String toString() { return file + ":" + line + " " + text; }
}
