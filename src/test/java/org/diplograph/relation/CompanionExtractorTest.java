package org.diplograph.relation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.diplograph.TestKnowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The companions extractor on texts written for these tests: the facts of the other extractors go in as
 * {@code earlier}, and only what the companions extractor adds is compared.
 */
class CompanionExtractorTest {

    private static Set<String> added(String text) {
        return ExtractorFacts.added(new CompanionExtractor(TestKnowledge.get().rules(), TestKnowledge.get().gazetteer()), "companion.", text);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "Spanish Prime Minister Pedro Sanchez arrived in Rabat on Thursday, accompanied by Foreign Minister Jose Manuel Albares.|visited(Jose Manuel Albares, Morocco)",
        "Indian Prime Minister Narendra Modi visited Tokyo on Monday. Modi was accompanied by Trade Minister Piyush Goyal and Defence Minister Rajnath Singh.|visited(Rajnath Singh, Japan)",
        "Indian Prime Minister Narendra Modi visited Tokyo on Monday. Modi was accompanied by Trade Minister Piyush Goyal and Defence Minister Rajnath Singh.|visited(Piyush Goyal, Japan)",
        "Finnish President Alexander Stubb arrived in Kyiv on Tuesday. Foreign Minister Elina Valtonen, who accompanied Stubb, met Ukrainian officials.|visited(Elina Valtonen, Ukraine)",
    })
    void aCompanionVisitsWhatTheTravellerVisits(String text, String fact) {
        Set<String> found = added(text);
        assertTrue(found.contains(fact), "missing " + fact + " in " + found);
    }

    @ParameterizedTest(name = "not {1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // a plan
        "Indian Prime Minister Narendra Modi visited Tokyo on Monday. He will be accompanied by Defence Minister Rajnath Singh in May.|visited(Rajnath Singh, Japan)",
        // no office: a companion must act for a state
        "Indian Prime Minister Narendra Modi visited Tokyo on Monday. Modi was accompanied by the cricketer Mr Virat Kohli.|visited(Virat Kohli, Japan)",
        // the visit stated too far before
        "Indian Prime Minister Narendra Modi visited Tokyo in 2014. Exports grew. Imports fell. Prices rose. Markets slid. In 2019 Modi was accompanied by Defence Minister Rajnath Singh.|visited(Rajnath Singh, Japan)",
        // a companion at home
        "Indian Prime Minister Narendra Modi arrived in Tokyo on Monday, accompanied by Japanese Foreign Minister Yoko Kamikawa.|visited(Yoko Kamikawa, Japan)",
    })
    void noVisitWithoutAStatedTripOfACompanionWhoActsForAState(String text, String fact) {
        Set<String> found = added(text);
        assertTrue(!found.contains(fact), "should not find " + fact + " in " + found);
    }
}
