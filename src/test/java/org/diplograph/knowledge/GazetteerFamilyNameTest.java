package org.diplograph.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The family name read from a reference leader's label where the data lists none (names leaders share). */
class GazetteerFamilyNameTest {
    @Test
    void lastWordOfTheLabelPastGenerationalSuffixes() {
        assertEquals("Bush", Gazetteer.familyNameOfLabel("George H. W. Bush"));
        assertEquals("Aquino", Gazetteer.familyNameOfLabel("Benigno Aquino III"));
        assertEquals("Marcos", Gazetteer.familyNameOfLabel("Ferdinand Marcos Jr."));
    }

    @Test
    void firstWordWhereTheGivenNameIsJoinedByAHyphen() {
        assertEquals("Park", Gazetteer.familyNameOfLabel("Park Geun-hye"));
        assertEquals("Roh", Gazetteer.familyNameOfLabel("Roh Moo-hyun"));
    }

    @Test
    void noneForAMonarchsStyleOrASingleName() {
        assertNull(Gazetteer.familyNameOfLabel("Hussein of Jordan"));
        assertNull(Gazetteer.familyNameOfLabel("Jean, Grand Duke of Luxembourg"));
        assertNull(Gazetteer.familyNameOfLabel("Suharto"));
    }
}
