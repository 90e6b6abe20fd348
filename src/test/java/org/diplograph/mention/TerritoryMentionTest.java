package org.diplograph.mention;

import static org.diplograph.Fixtures.entities;
import static org.diplograph.Fixtures.extract;
import static org.diplograph.Fixtures.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.diplograph.knowledge.EntityType;
import org.diplograph.link.Entity;
import org.diplograph.pipeline.Extraction;
import org.junit.jupiter.api.Test;

/** Territories: reference names with and without a dispute cue, places found from context, two types. */
class TerritoryMentionTest {
    private static boolean territory(Set<String> entities, String label) {
        return entities.contains("DisputedTerritory:" + label);
    }

    @Test
    void aTerritoryThatNeedsACueIsFoundOnlyBesideOne() {
        assertTrue(territory(entities(extract("Kyrgyz and Tajik guards exchanged fire over the contested Isfara Valley.")), "Isfara Valley"));
        assertTrue(territory(entities(extract("Lebanon says Syria still occupies Kfar Qouq.")), "Kfar Qouq"));
        assertFalse(territory(entities(extract("Farmers in the Isfara Valley grow apricots.")), "Isfara Valley"));
        assertFalse(territory(entities(extract("Tourists flock to Sakhalin every summer.")), "Sakhalin"));
    }

    @Test
    void namesCoordinatedBeforeASharedGenericWordAreTerritoriesToo() {
        Set<String> e = entities(extract("Vietnam claims sovereignty over the Paracel and Spratly islands."));
        assertTrue(territory(e, "Paracel Islands") && territory(e, "Spratly Islands"), e.toString());
        Set<String> three = entities(extract("China and Vietnam both claim the Paracel, Spratly and Pratas Islands."));
        assertTrue(territory(three, "Paracel Islands") && territory(three, "Spratly Islands") && territory(three, "Pratas Islands"),
                three.toString());
        // a word the reference has no territory for, with that generic word, names none
        Set<String> none = entities(extract("Fishing fleets sailed between the Canary and Spratly islands."));
        assertEquals(1, none.stream().filter(x -> x.startsWith("DisputedTerritory:")).count(), none.toString());
    }

    @Test
    void nominalClaimsAreNeverMentions() {
        Set<String> e = entities(extract("Tibet is claimed by China, and the Dalai Lama lives in India."));
        assertFalse(territory(e, "Tibet"), e.toString());
    }

    @Test
    void handedOverCitiesOnlyWhereTheirSovereigntyIsTheSubject() {
        // Hong Kong and Macau were claimed by China until their handovers; in most news they are only cities
        Set<String> e = entities(extract("Hong Kong and Macau are busy financial centres."));
        assertFalse(territory(e, "Hong Kong") || territory(e, "Macau"), e.toString());
        e = entities(extract("Britain handed sovereignty over Hong Kong to China in 1997. Crowds in Hong Kong cheered."));
        assertTrue(territory(e, "Hong Kong"), e.toString());
    }

    @Test
    void oblastsByTheirShortNames() {
        Set<String> e = entities(extract("Moscow claims to have annexed Zaporizhzhia and Kherson, but not Mykolaiv."));
        assertTrue(territory(e, "Zaporizhzhia Oblast") && territory(e, "Kherson Oblast"), e.toString());
    }

    @Test
    void placesFoundFromContextWithAHeadNoun() {
        Set<String> e = entities(extract("Both countries claim the Varnok islands. Fishermen avoid the Varnok islands."));
        assertTrue(territory(e, "Varnok Islands"), e.toString());
        e = entities(extract("Troops withdrew from the Telmari Glacier, which both armies have contested since 1984."));
        assertTrue(territory(e, "Telmari Glacier"), e.toString());
        e = entities(extract("Armenia annexed nothing. Residents of the Zorvan enclave voted on Sunday."));
        assertTrue(territory(e, "Zorvan"), e.toString());
        e = entities(extract("Guards patrolled the disputed Oskaru region."));
        assertTrue(territory(e, "Oskaru"), e.toString());
    }

    @Test
    void aPlaceFoundFromContextThatTheReferenceKnowsGetsItsIri() {
        Extraction x = extract("Nepal protested over the disputed Kalapani area. India built a road through the Kalapani territory.");
        assertEquals(1, x.entities().stream().filter(en -> en.type() == EntityType.TERRITORY).count(), entities(x).toString());
        assertTrue(territory(entities(x), "Kalapani territory"), entities(x).toString());
        x = extract("Shelling was heard near the Telmari valley, which both armies contest. The Isfara enclave was calm.");
        assertTrue(territory(entities(x), "Isfara Valley"), entities(x).toString());
    }

    @Test
    void placesClaimedByACountry() {
        Set<String> e = entities(extract("Fishing boats were seen near Karvelo, claimed by Vietnam."));
        assertTrue(territory(e, "Karvelo"), e.toString());
        e = entities(extract("The villagers of Duremba, occupied by Eritrea since 2012, want to go home. Duremba is quiet."));
        assertTrue(territory(e, "Duremba"), e.toString());
        assertEquals(1, extract("The villagers of Duremba, occupied by Eritrea since 2012, want to go home. Duremba is quiet.")
                .entities().stream().filter(en -> en.label().equals("Duremba")).count());
    }

    @Test
    void noDisputedPlaceWithoutACue() {
        Set<String> e = entities(extract("Tourists love the Pacific islands. The Golden Triangle draws crowds. "
                + "Wine comes from the Napa Valley. The Kharkiv region had snow."));
        assertFalse(e.stream().anyMatch(x -> x.startsWith("DisputedTerritory:")), e.toString());
        // a cue, but only descriptive places: no name, or a head that needs the cue right before it
        e = entities(extract("Both sides dispute the border. The Pacific islands and the Golden Triangle were calm, "
                + "and the Kharkiv region had snow."));
        assertFalse(e.stream().anyMatch(x -> x.startsWith("DisputedTerritory:")), e.toString());
        // the capitalised word describes the place named after "of"
        e = entities(extract("Shelling hit the disputed Alpine valley of Tarvesh."));
        assertFalse(territory(e, "Alpine Valley"), e.toString());
    }

    @Test
    void aPartiallyRecognisedStateIsOneNodeOfTwoTypes() {
        Extraction x = extract("China claims Taiwan. Taiwanese President Lai Ching-te visited Paraguay.");
        Entity taiwan = x.entities().stream().filter(en -> en.label().equals("Taiwan")).findFirst().orElseThrow();
        assertEquals(Set.of(EntityType.COUNTRY, EntityType.TERRITORY), taiwan.types());
        Set<String> f = facts(x);
        assertTrue(f.contains("claims(China, Taiwan)") && f.contains("leaderOf(Lai Ching-te, Taiwan)"), f.toString());
    }
}
