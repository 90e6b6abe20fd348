package org.diplograph.relation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.Gazetteer;
import org.diplograph.knowledge.ReferenceEntity;
import org.diplograph.knowledge.Tenure;
import org.diplograph.knowledge.TitleRole;
import org.diplograph.link.LinkedArticle;
import org.diplograph.link.LinkedMention;

/**
 * The state a person acts for in one article: the country of the first leaderOf or officialOf
 * fact the article states, or else the one state a reference leader led in the article's year.
 */
final class StatesOfPersons {
    private final Map<String, String> stated = new HashMap<>();
    private final java.util.Set<String> officeHolders = new java.util.HashSet<>();
    /** "person country" for each leaderOf fact stated before. */
    private final java.util.Set<String> led = new java.util.HashSet<>();
    private final Gazetteer gazetteer;
    private final int year;

    StatesOfPersons(Gazetteer gazetteer, int year, List<Fact> earlier) {
        this.gazetteer = gazetteer;
        this.year = year;
        for (Fact f : earlier) {
            if (f.relation() == Relation.leaderOf || f.relation() == Relation.officialOf) stated.putIfAbsent(f.subject(), f.object());
            if (f.relation() == Relation.leaderOf) led.add(f.subject() + " " + f.object());
        }
    }

    /** For one article: the earlier facts, the article's year, and every person the article gives an office by a title. */
    static StatesOfPersons of(LinkedArticle article, Gazetteer gazetteer, List<Fact> earlier) {
        int year = article.article().dateIfKnown().map(d -> d.getYear()).orElse(-1);
        StatesOfPersons states = new StatesOfPersons(gazetteer, year, earlier);
        for (LinkedMention lm : article.mentions()) {
            if (lm.mention().type() == EntityType.PERSON && lm.mention().role() != TitleRole.NONE && !lm.isGroup()) {
                states.holdsOffice(lm.entity().iri());
            }
        }
        return states;
    }

    void state(String person, String country) { stated.putIfAbsent(person, country); }

    /** A person the article gives an office, even one whose state it does not say ("Foreign Minister Wang Yi"). */
    void holdsOffice(String person) { officeHolders.add(person); }

    /**
     * Whether the person acts for a state: an office or state the article gives them, or a
     * reference tenure ("the striker meets Agassi" names no one who does).
     */
    boolean actsForState(String person) {
        if (officeHolders.contains(person) || of(person) != null) return true;
        ReferenceEntity ref = gazetteer.entity(person);
        return ref != null && !ref.tenures().isEmpty();
    }

    String statedFor(String person) { return stated.get(person); }

    /** Whether an earlier extractor found that the person leads (or led) the state. */
    boolean leads(String person, String country) { return led.contains(person + " " + country); }

    /** The stated country, else the reference one; null when neither is known. */
    String of(String person) {
        String c = stated.get(person);
        return c != null ? c : referenceCountry(gazetteer, person, year);
    }

    /** The country a reference leader led in the year (or in any year when it is -1), if only one. */
    static String referenceCountry(Gazetteer gazetteer, String personIri, int year) {
        return referenceCountry(gazetteer, personIri, year, null);
    }

    /**
     * The same, counting only tenures of the office the article names ({@code title}, null for any):
     * "Chancellor Gordon Brown" in an undated article is not the later Prime Minister Brown.
     */
    static String referenceCountry(Gazetteer gazetteer, String personIri, int year, String title) {
        ReferenceEntity ref = gazetteer.entity(personIri);
        if (ref == null) return null;
        String found = null;
        for (Tenure t : ref.tenures()) {
            if (title != null && t.title() != null && !t.title().equalsIgnoreCase(title)) continue;
            if (year < 0 || t.covers(year)) {
                if (found != null && !found.equals(t.countryIri())) return null;
                found = t.countryIri();
            }
        }
        return found;
    }
}
