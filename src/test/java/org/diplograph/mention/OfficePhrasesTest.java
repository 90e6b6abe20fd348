package org.diplograph.mention;

import static org.diplograph.Fixtures.extract;
import static org.diplograph.Fixtures.facts;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Offices whose state comes from outside the phrase: the dateline, the sentence before. */
class OfficePhrasesTest {
    @Test
    void ministrySpokespersonTakesTheDatelineState() {
        Set<String> f = facts(extract("Ministry rejects claim\n\nBEIJING (Reuters) - Foreign ministry spokesman "
                + "Wang Wenbin said on Monday the report was false."));
        assertTrue(f.contains("officialOf(Wang Wenbin, China)"), f.toString());
        Set<String> g = facts(extract("Seoul protests\n\nSEOUL - Foreign ministry spokeswoman Lee Jae-won "
                + "told reporters the visit was regrettable."));
        assertTrue(g.contains("officialOf(Lee Jae-won, South Korea)"), g.toString());
    }

    @Test
    void ministrySpokespersonTakesTheStateSpeakingJustBefore() {
        Set<String> f = facts(extract("Moscow on Friday condemned the sanctions. Foreign ministry spokeswoman "
                + "Maria Zakharova called them illegal."));
        assertTrue(f.contains("officialOf(Maria Zakharova, Russia)"), f.toString());
    }

    @Test
    void noStateNoOffice() {
        Set<String> f = facts(extract("Talks resumed\n\nThe talks resumed on Monday. Foreign ministry spokesman "
                + "Peter Lund said they went well. Norway and Sweden were not present."));
        assertFalse(f.stream().anyMatch(x -> x.startsWith("officialOf(Peter Lund")), f.toString());
    }

    @Test
    void aPlainSpokesmanOrAideNeedsAState() {
        Set<String> f = facts(extract("A spokesman, Peter Lund, said Denmark would wait. An aide, Clara Holm, agreed."));
        assertFalse(f.stream().anyMatch(x -> x.startsWith("officialOf(")), f.toString());
    }
}
