package org.diplograph.relation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.diplograph.TestKnowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The visitors extractor on texts written for these tests: the facts of the other extractors go in as
 * {@code earlier}, and only what the visitors extractor adds is compared.
 */
class VisitorExtractorTest {

    private static Set<String> added(String text) {
        return ExtractorFacts.added(new VisitorExtractor(TestKnowledge.get().rules(), TestKnowledge.get().gazetteer()), "visitor.", text);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // the dateline's state
        "NAIROBI, May 4 - Kenya will buy more tea machinery, visiting Indian Trade Minister Piyush Goyal told reporters.|visited(Piyush Goyal, Kenya)",
        "LIMA, Feb 11 - Exporters met on Tuesday, and the visiting Chilean President Gabriel Boric told them tariffs would fall.|visited(Gabriel Boric, Peru)",
        "SEOUL, Oct 2 (Reuters) - Talks on the fisheries pact went on with visiting Japanese Foreign Minister Yoko Kamikawa, officials said.|visited(Yoko Kamikawa, South Korea)",
        // capitalised words before the title phrase
        "HANOI, June 9 - The treaty was hailed by visiting East Timorese President Jose Ramos-Horta.|visited(José Ramos-Horta, Vietnam)",
        // the host's state
        "Indonesian President Prabowo Subianto received visiting Australian Prime Minister Anthony Albanese at the palace.|visited(Anthony Albanese, Indonesia)",
        "Egypt's President Abdel Fattah al-Sisi told visiting Turkish Foreign Minister Hakan Fidan that the border must stay open.|visited(Hakan Fidan, Egypt)",
        // an arrival with no place named: the dateline's state
        "QUITO, May 9 (Reuters) - Peruvian President Dina Boluarte, who flew in on Sunday, met President Daniel Noboa.|visited(Dina Boluarte, Ecuador)",
        "ACCRA, Jan 4 - Nigerian Foreign Minister Yusuf Tuggar arrived for two days of talks on the border.|visited(Yusuf Tuggar, Ghana)",
    })
    void aVisitorIsWhereTheStoryIs(String text, String fact) {
        Set<String> found = added(text);
        assertTrue(found.contains(fact), "missing " + fact + " in " + found);
    }

    @ParameterizedTest(name = "not {1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // no visitor word before the title
        "Indonesian President Prabowo Subianto received Australian Prime Minister Anthony Albanese by video link.|visited(Anthony Albanese, Indonesia)",
        // the visitor word is a verb with its own object
        "Indonesian President Prabowo Subianto, visiting Canberra, praised Australian Prime Minister Anthony Albanese.|visited(Anthony Albanese, Indonesia)",
        // no office: a traveller must act for a state
        "NAIROBI, May 4 - The lecture was given by visiting professor Amara Okafor of Lagos.|visited(Amara Okafor, Kenya)",
        // hosts of two states: the place is not told
        "Indonesian President Prabowo Subianto and Malaysian Prime Minister Anwar Ibrahim greeted visiting Australian Prime Minister Anthony Albanese.|visited(Anthony Albanese, Indonesia)",
        // a host of another state than the dateline's: the place is not told
        "CAIRO, June 2 - Kenyan President William Ruto received visiting Ghanaian President John Mahama at State House.|visited(John Mahama, Egypt)",
        // the host's state is not named in the article, only known from the reference
        "Prime Minister Anwar Ibrahim held talks with visiting Thai Prime Minister Paetongtarn Shinawatra.|visited(Paetongtarn Shinawatra, Malaysia)",
        // an arrival still to come, one whose place is named (the patterns' to read), and one at home
        "QUITO, May 9 (Reuters) - Peruvian President Dina Boluarte will arrive on Sunday for talks.|visited(Dina Boluarte, Ecuador)",
        "QUITO, May 9 (Reuters) - Peruvian President Dina Boluarte, who arrives on a state visit on Friday, will meet Noboa.|visited(Dina Boluarte, Ecuador)",
        "QUITO, May 9 (Reuters) - Ecuadorean President Daniel Noboa landed on Sunday after a trip to Lima.|visited(Daniel Noboa, Ecuador)",
        // a visitor is not at home
        "CANBERRA, May 4 - Australian Prime Minister Anthony Albanese welcomed visiting Indonesian President Prabowo Subianto.|visited(Anthony Albanese, Australia)",
    })
    void noVisitWhereThePlaceIsNotTold(String text, String fact) {
        Set<String> found = added(text);
        assertTrue(!found.contains(fact), "should not find " + fact + " in " + found);
    }
}
