package org.diplograph.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatternTest {
    private static final Map<String, Set<String>> CLASSES = Map.of("be", Set.of("be", "become"));

    @Test
    void parsesSlotsClassesLiteralsAndGaps() {
        Pattern p = Pattern.parse("S:CTRY ?, ?@be ..2 claimant|claimants to O:TERR", CLASSES);
        assertEquals(7, p.elements().size());
        assertTrue(p.elements().get(2) instanceof Pattern.WordClass wc && wc.optional());
        assertTrue(p.elements().get(3) instanceof Pattern.Gap);
    }

    @Test
    void refusesAClassAmongLiteralAlternatives() {
        var e = assertThrows(IllegalArgumentException.class, () -> Pattern.parse("S:CTRY ,|@be a claimant of O:TERR", CLASSES));
        assertTrue(e.getMessage().contains("word class"), e.getMessage());
    }

    @Test
    void refusesUnknownClassesAndMissingSlots() {
        assertThrows(IllegalArgumentException.class, () -> Pattern.parse("S:CTRY @nosuch O:TERR", CLASSES));
        assertThrows(IllegalArgumentException.class, () -> Pattern.parse("S:CTRY claims", CLASSES));
        assertThrows(IllegalArgumentException.class, () -> Pattern.parse("... S:CTRY claims O:TERR", CLASSES));
    }

    @Test
    void refusesAGapOfTwoDigits() {
        var e = assertThrows(IllegalArgumentException.class, () -> Pattern.parse("O:TERR ..10 but claimed by S:CTRY", CLASSES));
        assertTrue(e.getMessage().contains("..10"), e.getMessage());
        assertEquals(5, Pattern.parse("O:TERR ..8 claimed by S:CTRY", CLASSES).elements().size());
    }
}
