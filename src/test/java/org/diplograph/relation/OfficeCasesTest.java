package org.diplograph.relation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.diplograph.Fixtures;
import org.diplograph.pipeline.Extraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Offices as news writes them: the sentences of src/test/resources/office-cases.tsv through the whole pipeline. */
class OfficeCasesTest {
    static Stream<Arguments> cases() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/office-cases.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t");
            // "\\n" in a text stands for a line break: "June 5, 2005\\n\\nKing X ..." gives the article a date
            out.add(Arguments.of(c[0].replace("\\n", "\n"), split(c[1]), split(c[2])));
        }
        return out.stream();
    }

    private static List<String> split(String cell) {
        return cell.equals("-") ? List.of() : List.of(cell.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void officesAreReadAsTheTextStatesThem(String text, List<String> expected, List<String> forbidden) {
        Extraction x = Fixtures.extract(text);
        Set<String> facts = Fixtures.facts(x);
        for (String f : expected) assertTrue(facts.contains(f), "missing " + f + " in " + facts);
        for (String f : forbidden) assertTrue(!facts.contains(f), "should not find " + f + " in " + facts);
    }
}
