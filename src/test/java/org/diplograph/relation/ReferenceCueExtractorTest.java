package org.diplograph.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.diplograph.TestKnowledge;
import org.diplograph.pipeline.Knowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reference-cues extractor alone, on sentences written for these tests: a state and a territory
 * named with a cue word give claims or controls as the reference territories say; negatives show
 * each limit of the extractor (clause, other state, demonym, place preposition, plan, agent, sport).
 */
class ReferenceCueExtractorTest {

    private static Set<String> alone(String text) {
        Knowledge k = TestKnowledge.get();
        return ExtractorFacts.alone(new ReferenceCueExtractor(k.rules(), k.gazetteer()), text);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // a claimant that does not hold the territory claims it
        "New Delhi regards Aksai Chin as part of its sovereign territory.|claims(India, Aksai Chin)",
        "Argentina insists that sovereignty over the Falkland Islands rests with Buenos Aires.|claims(Argentina, Falkland Islands)",
        "The Kuril Islands were described in the white paper as inherent Japanese territory.|claims(Japan, Kuril Islands)",
        "Both Sudan and South Sudan lay claim to Abyei, an oil-rich district.|claims(Sudan, Abyei)",
        "Both Sudan and South Sudan lay claim to Abyei, an oil-rich district.|claims(South Sudan, Abyei)",
        "Belgrade still regards Kosovo as part of Serbia.|claims(Serbia, Kosovo)",
        // a verb cue before its state, with the state as its agent
        "Since 1971 Abu Musa has been claimed in full by the United Arab Emirates.|claims(United Arab Emirates, Abu Musa)",
        // the holder controls it
        "Moroccan forces patrol most of Western Sahara behind a sand berm.|controls(Morocco, Western Sahara)",
        "Azerbaijan restored its control over Nagorno-Karabakh in September 2023.|controls(Azerbaijan, Nagorno-Karabakh)",
        "The Golan Heights have remained under Israeli administration since 1967.|controls(Israel, Golan Heights)",
        "Egyptian and Sudanese troops exchanged fire in the Hala'ib Triangle.|controls(Egypt, Hala'ib Triangle)",
        // the holder that says the territory is its own claims it too
        "Moscow repeated that Crimea is Russian territory.|claims(Russia, Crimea)",
        "Tokyo maintains that the Senkaku Islands are an inherent part of Japan.|claims(Japan, Senkaku Islands)",
        "Baku insists that Nagorno-Karabakh belongs to Azerbaijan.|claims(Azerbaijan, Nagorno-Karabakh)",
        // a conflict named by its territory is between the two listed states the article names
        "Venezuela and Guyana met in Brazil. Their long-running dispute over the oil-rich Essequibo region has flared.|inConflictWith(Guyana, Venezuela)",
        "Argentina and Britain restored flights in 1999, seventeen years after the war over the Falkland Islands.|inConflictWith(Argentina, United Kingdom)",
    })
    void aCueBetweenAStateAndATerritoryGivesWhatTheReferenceSays(String sentence, String fact) {
        Set<String> found = alone(sentence);
        assertTrue(found.contains(fact), "missing " + fact + " in " + found);
    }

    @ParameterizedTest(name = "not {1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // the cue is another state's
        "Thailand's lawyers argued that Cambodia's claim to the Preah Vihear Temple had no basis.|claims(Thailand, Preah Vihear Temple)",
        "Juba says the strip of Heglig is claimed by Sudan.|claims(South Sudan, Heglig)",
        // another clause
        "Venezuela claimed victory in the vote, while Guyana administers the Essequibo region.|claims(Venezuela, Guayana Esequiba)",
        // a demonym that qualifies another noun
        "A Philippine fisherman's claims about Scarborough Shoal were doubted.|claims(Philippines, Scarborough Shoal)",
        // a cue noun as a place
        "Trawlers sheltered near Vietnamese territory off the Paracel Islands.|claims(Vietnam, Paracel Islands)",
        // a verb cue whose territory is where its object is
        "Two Britons have been held by the US at Guantanamo Bay for three years.|controls(United States, Guantanamo Bay Naval Base)",
        // a cue noun whose 'of' opens another noun
        "Greece defends the fishing rights of its islanders in the Aegean Sea.|claims(Greece, Aegean Sea)",
        // plans and conditions
        "Japan may consider the Kuril Islands part of its territory, a minister said.|claims(Japan, Kuril Islands)",
        "If the talks fail, Beijing could claim the Spratly Islands by force.|claims(China, Spratly Islands)",
        // a vow or threat to take control is a goal
        "Azerbaijan has vowed to restore its control over Nagorno-Karabakh.|controls(Azerbaijan, Nagorno-Karabakh)",
        "Morocco pledged to keep control of Western Sahara whatever the talks decide.|controls(Morocco, Western Sahara)",
        // sport
        "Argentina claimed the cup in a tournament held in the Falkland Islands.|claims(Argentina, Falkland Islands)",
        // a state the reference does not list, and a holder under a claims cue
        "Chile says the Falkland Islands are British territory.|claims(Chile, Falkland Islands)",
        "Chile says the Falkland Islands are British territory.|claims(United Kingdom, Falkland Islands)",
        // a holder's words that assert nothing: handing over, another state's territory, a claim rejected
        "Britain agreed to hand sovereignty of the Chagos Archipelago to Mauritius.|claims(United Kingdom, Chagos Archipelago)",
        "The UN calls the Golan Heights Syrian territory occupied by Israel.|claims(Israel, Golan Heights)",
        "Japan, which administers the Senkaku Islands, rejects Beijing's claim.|claims(Japan, Senkaku Islands)",
        // a conflict over a territory: not under a plan, nor with a third listed party named, nor another noun's
        "Argentina and Britain said the talks would avoid a war over the Falkland Islands.|inConflictWith(Argentina, United Kingdom)",
        "China, Vietnam and the Philippines met. The row over the Spratly Islands eased.|inConflictWith(Philippines, Vietnam)",
        "Guyana and Venezuela met in Brasilia. The row over fishing near the Essequibo region eased.|inConflictWith(Guyana, Venezuela)",
        // "its" owns the noun after it, not a cue before it
        "Athens will not talk until Ankara accepts Greek rights in the Aegean Sea and withdraws its troops.|claims(Turkey, Aegean Sea)",
    })
    void noFactWhereTheCueIsNotTheStates(String sentence, String fact) {
        Set<String> found = alone(sentence);
        assertTrue(!found.contains(fact), "should not find " + fact + " in " + found);
    }


    @Test
    void eachCueRelationHasItsWords() {
        var cues = TestKnowledge.get().rules().referenceCues();
        assertEquals(Set.of(ReferenceCues.Reading.values()), cues.byReading().keySet());
        assertTrue(cues.of(ReferenceCues.Reading.CLAIMS).anywhere().contains("sovereignty"));
        assertTrue(cues.of(ReferenceCues.Reading.CONTROLS).anywhere().contains("troop"));
        assertTrue(cues.of(ReferenceCues.Reading.CLAIMS).beforeState().contains("part"));
        assertTrue(cues.of(ReferenceCues.Reading.CONTROLLER_CLAIMS).afterState().contains("territory"));
    }
}
