package org.diplograph.relation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;
import org.diplograph.Fixtures;
import org.diplograph.pipeline.Extraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the sentences of src/test/resources/relation-cases/*.tsv through the whole pipeline. */
class RelationCasesTest {
    static Stream<RelationCases> cases() {
        return RelationCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rulesFindWhatTheTextStates(RelationCases c) {
        Extraction x = Fixtures.extract(c.text());
        Set<String> facts = Fixtures.facts(x);
        for (String f : c.expected()) assertTrue(facts.contains(f), "missing " + f + " in " + facts);
        for (String f : c.forbidden()) assertTrue(!facts.contains(f), "should not find " + f + " in " + facts);
    }
}
