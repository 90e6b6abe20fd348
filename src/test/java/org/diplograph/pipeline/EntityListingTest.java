package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.diplograph.Fixtures;
import org.junit.jupiter.api.Test;

/** Which places an article's graph lists as entities: the states it names, not where it was filed. */
class EntityListingTest {

    private static Set<String> entities(String text) {
        return Fixtures.entities(Fixtures.extract(text));
    }

    @Test
    void aDatelineAloneNamesNoState() {
        Set<String> e = entities("OSLO, May 4 - The central bank raised its main rate by a quarter point on Thursday.");
        assertFalse(e.stream().anyMatch(x -> x.contains("Norway")), e.toString());
        // the state named again in the story is listed
        Set<String> named = entities("OSLO, May 4 - The central bank said Norway would raise its main rate.");
        assertTrue(named.contains("Country:Norway"), named.toString());
    }

    @Test
    void aCapitalInsideAnotherNameNamesNoState() {
        Set<String> e = entities("Creditors of the Paris Club met bankers at the London Metal Exchange.");
        assertFalse(e.stream().anyMatch(x -> x.contains("France") || x.contains("Kingdom")), e.toString());
        // a capital standing for its government is listed
        Set<String> government = entities("Paris warned that the sanctions would hurt growth.");
        assertTrue(government.contains("Country:France"), government.toString());
    }
}
