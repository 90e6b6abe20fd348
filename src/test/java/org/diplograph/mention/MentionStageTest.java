package org.diplograph.mention;

import static org.diplograph.Fixtures.entities;
import static org.diplograph.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.diplograph.pipeline.Extraction;
import org.junit.jupiter.api.Test;

/** Mentions and their linking, seen through the extraction's entity list. */
class MentionStageTest {
    @Test
    void countriesByNameShortFormDemonymCompoundAndCapital() {
        Set<String> e = entities(extract(
                "The U.S.-China talks in Beijing followed a Sino-Indian border row over the British-ruled Gibraltar."));
        assertTrue(e.containsAll(Set.of("Country:United States", "Country:China", "Country:India",
                "Country:United Kingdom")), e.toString());
    }

    @Test
    void aGivenNameThatIsACommonWordOpensANameOnlyInsideASentence() {
        Set<String> e = entities(extract("The company said Frank Holloway would retire, and aides to Guy Denby agreed."));
        assertTrue(e.containsAll(Set.of("Person:Frank Holloway", "Person:Guy Denby")), e.toString());
        Set<String> none = entities(extract("Frank Talks Were Held. Mark Twain Road was closed while the Health Frank Report waited."));
        assertTrue(none.stream().noneMatch(x -> x.startsWith("Person:")), none.toString());
    }

    @Test
    void datelineCapitalsInUpperCase() {
        // the dateline's state is what a title with no country is of (it is listed as an entity for that fact only)
        Set<String> f = org.diplograph.Fixtures.facts(extract("MOSCOW (AP) — Foreign Minister Ivan Petrov spoke on Monday."));
        assertTrue(f.contains("officialOf(Ivan Petrov, Russia)"), f.toString());
    }

    @Test
    void belgradeWasYugoslaviasSeatUntil2003() {
        Set<String> f = org.diplograph.Fixtures.facts(extract("August 23, 1996\n\nBELGRADE (Reuters) - Foreign Minister Ivan Petrov spoke on Friday."));
        assertTrue(f.contains("officialOf(Ivan Petrov, Yugoslavia)"), f.toString());
        Set<String> later = org.diplograph.Fixtures.facts(extract("August 23, 2010\n\nBELGRADE (Reuters) - Foreign Minister Ivan Petrov spoke on Friday."));
        assertTrue(later.contains("officialOf(Ivan Petrov, Serbia)"), later.toString());
    }

    @Test
    void aCapitalInCapitalLettersOutsideADatelineIsNoStateButAnAcronymIs() {
        Set<String> e = entities(extract("Talks between the USSR and the DPRK ended. Reporters cited a TOKYO official."));
        assertTrue(e.containsAll(Set.of("Country:Soviet Union", "Country:North Korea")), e.toString());
        assertFalse(e.contains("Country:Japan"), e.toString());
    }

    @Test
    void territoriesByAnyAliasAreOneEntity() {
        Extraction x = extract("Ships sailed near the Diaoyu Islands. Tokyo calls them the Senkakus.");
        long territories = x.entities().stream().filter(en -> en.type().localName().equals("DisputedTerritory")).count();
        assertEquals(1, territories, entities(x).toString());
        assertTrue(entities(x).contains("DisputedTerritory:Senkaku Islands"));
    }

    @Test
    void personsWithTitlesParticlesHyphensAndAccents() {
        Set<String> e = entities(extract("Saudi Crown Prince Mohammed bin Salman greeted European Commission "
                + "President Ursula von der Leyen. Canadian Foreign Minister Mélanie Joly spoke to Kim Jong-un's envoy."));
        assertTrue(e.contains("Person:Mohammed bin Salman"), e.toString());
        assertTrue(e.contains("Person:Ursula von der Leyen"), e.toString());
        assertTrue(e.contains("Person:Mélanie Joly"), e.toString());
        assertTrue(e.contains("Person:Kim Jong Un"), e.toString());
    }

    @Test
    void aCapitalisedParticleJoinedByAHyphenIsAWordOfTheName() {
        Extraction x = extract("Kuwaiti Oil Minister Sheikh Hamad Yousef Al-Badr Al-Sabah met OPEC delegates. "
                + "Al-Sabah said output would hold. El-Sayed, Al-Badr's aide, agreed.");
        Set<String> e = entities(x);
        assertTrue(e.contains("Person:Hamad Yousef Al-Badr Al-Sabah"), e.toString());
        assertFalse(e.contains("DisputedTerritory:Sabah"), e.toString());
        assertEquals(1, e.stream().filter(n -> n.startsWith("Person:")).count(), e.toString());
    }

    @Test
    void aLeadersFamilyNameThatIsAlsoAGivenNameOpensAnotherName() {
        // "Abbas" is the family name of Mahmoud Abbas and a given name: here it opens a full name
        Set<String> e = entities(extract("Abbas Araghchi, Iran's foreign minister, flew to Muscat. Araghchi said little."));
        assertTrue(e.contains("Person:Abbas Araghchi"), e.toString());
        assertFalse(e.contains("Person:Abbas"), e.toString());
        assertFalse(e.contains("Person:Mahmoud Abbas"), e.toString());
        // alone, or after a title, it is still the leader's family name
        Set<String> leader = entities(extract("Palestinian President Mahmoud Abbas spoke. Later Abbas left for Amman."));
        assertTrue(leader.contains("Person:Mahmoud Abbas"), leader.toString());
        assertFalse(leader.contains("Person:Abbas"), leader.toString());
    }

    @Test
    void companyNamesAreNoPersonsEvenAfterATitleWord() {
        Set<String> e = entities(extract("A unit of General Lumber Industries and MP Co bought shares. "
                + "The General Accounting Office disagreed. General Joseph Dunford spoke later."));
        assertFalse(e.contains("Person:Lumber"), e.toString());
        assertFalse(e.contains("Person:Accounting"), e.toString());
        assertFalse(e.contains("Person:Co"), e.toString());
        assertTrue(e.contains("Person:Joseph Dunford"), e.toString());
        Set<String> opening = entities(extract("General Motors Espanola and General Airways Iberica raised output in Spain."));
        assertTrue(opening.stream().noneMatch(x -> x.startsWith("Person:")), opening.toString());
    }

    @Test
    void aPredecessorIsAPersonOnlyAfterAPersonsPossessive() {
        Set<String> e = entities(extract("Japanese Prime Minister Fumio Kishida met his predecessor, Yoshihide Suga. "
                + "The bank and its predecessor Pacific Holdings were sued. Projects such as Successor Identification Friend or Foe went well."));
        assertTrue(e.contains("Person:Yoshihide Suga"), e.toString());
        assertFalse(e.contains("Person:Pacific Holdings"), e.toString());
        assertFalse(e.contains("Person:Identification Friend"), e.toString());
    }

    @Test
    void aFormerSeatIsTheHistoricalStateUpToItsLastYear() {
        String story = "MOSCOW, March 2 - The Kremlin said it was in a dispute with Washington over missiles.";
        Set<String> in1987 = entities(extract("Published 1987-03-02\n\n" + story));
        assertTrue(in1987.contains("Country:Soviet Union"), in1987.toString());
        assertFalse(in1987.contains("Country:Russia"), in1987.toString());
        Set<String> in2017 = entities(extract("Published 2017-03-02\n\n" + story));
        assertTrue(in2017.contains("Country:Russia"), in2017.toString());
        Set<String> undated = entities(extract(story));
        assertTrue(undated.contains("Country:Russia"), undated.toString());
    }

    @Test
    void regionsThatContainAStatesNameAreNoState() {
        Set<String> e = entities(extract("Sales in North America and New Mexico rose, while Mexico and Guinea lagged."));
        assertFalse(e.contains("Country:United States"), e.toString());
        assertTrue(e.contains("Country:Mexico"), e.toString());
        assertTrue(e.contains("Country:Guinea"), e.toString());
        Set<String> png = entities(extract("Traders from New Guinea met officials from Guinea."));
        assertTrue(png.contains("Country:Guinea"), png.toString());
    }

    @Test
    void aCountrysAdjectiveAfterEthnicNamesAPeopleNotTheState() {
        Set<String> e = entities(extract("The valley is home to ethnic Uzbeks, and ethnically Tajik villages line the river."));
        assertFalse(e.contains("Country:Uzbekistan"), e.toString());
        assertFalse(e.contains("Country:Tajikistan"), e.toString());
        Set<String> state = entities(extract("Uzbek President Shavkat Mirziyoyev met ethnic Tajik elders."));
        assertTrue(state.contains("Country:Uzbekistan"), state.toString());
        assertFalse(state.contains("Country:Tajikistan"), state.toString());
    }

    @Test
    void initialsWithoutAFullStopAndDashesAroundAnAside() {
        Set<String> e = entities(extract("President George W Bush met Taoiseach Bertie Ahern - who had flown in - at the White House."));
        assertTrue(e.contains("Person:George W. Bush"), e.toString());
        assertTrue(e.contains("Person:Bertie Ahern"), e.toString());
        // a hyphenated given name whose first syllable is also an English word
        Set<String> korean = entities(extract("Finance Minister Choo In-ho of South Korea met Governor Lee Chang-yong."));
        assertTrue(korean.contains("Person:Choo In-ho"), korean.toString());
        assertTrue(korean.contains("Person:Lee Chang-yong"), korean.toString());
    }

    @Test
    void notPersons() {
        Set<String> e = entities(extract("On Monday in May the Security Council met. President said nothing. "
                + "The Foreign Ministry and the European Union issued statements."));
        assertFalse(e.stream().anyMatch(s -> s.startsWith("Person:")), e.toString());
    }

    @Test
    void surnamesAndTitledShortFormsLinkToTheFullName() {
        Extraction x = extract("Xi meets Abe\n\nChinese President Xi Jinping met Japanese Prime Minister Shinzo Abe. "
                + "Mr Xi said Abe was welcome.");
        long persons = x.entities().stream().filter(en -> en.type().localName().equals("Person")).count();
        assertEquals(2, persons, entities(x).toString());
        assertTrue(x.entities().stream().anyMatch(en -> en.label().equals("Xi Jinping") && en.altLabels().contains("Xi")));
    }

    @Test
    void samePersonSameIriAcrossArticles() {
        String a = extract("Reporter Jane Okafor wrote that Lavrov spoke.").entities().stream()
                .filter(en -> en.label().equals("Jane Okafor")).findFirst().orElseThrow().iri();
        String b = extract("Jane Okafor, a reporter, filed the story.").entities().stream()
                .filter(en -> en.label().equals("Jane Okafor")).findFirst().orElseThrow().iri();
        assertEquals(a, b);
    }
}
