package org.diplograph.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.diplograph.TestKnowledge;
import org.diplograph.pipeline.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The standard ensemble: every relation extractor in its order, each switchable alone by name. */
class EnsembleExtractorTest {

    @Test
    void theEnsembleRunsTitlesFirstAndCompanionsLast() {
        assertEquals(List.of("titles", "patterns", "reference-cues", "visitors", "companions"),
                Extractor.standardRelations(TestKnowledge.get()).names());
    }

    @ParameterizedTest
    @ValueSource(strings = {"titles", "patterns", "reference-cues", "visitors", "companions"})
    void eachExtractorRunsAloneByName(String name) {
        assertEquals(List.of(name), Extractor.standardRelations(TestKnowledge.get()).only(Set.of(name)).names());
    }
}
