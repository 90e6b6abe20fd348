package org.diplograph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.Gazetteer;
import org.diplograph.knowledge.ReferenceEntity;
import org.diplograph.knowledge.Tenure;

/**
 * Who held which office when, from the reference tenures of {@code ontology/reference/leaders.ttl}:
 * "the French president" in 2019 is Emmanuel Macron. A title fits a tenure when it is the tenure's
 * title ("President", also "Acting President"); a title that the reference uses only for heads of
 * government ("Premier", "Prime Minister", "Chancellor") fits any head of government; a leader's
 * title the reference never uses ("leader") fits any tenure.
 */
final class OfficeHolders {
    private record Spell(String person, Tenure tenure) {}

    private final Map<String, List<Spell>> byCountry = new HashMap<>();
    /** For each tenure title in lower case: true if only heads of government bear it. */
    private final Map<String, Boolean> governmentOnly = new HashMap<>();

    OfficeHolders(Gazetteer gazetteer) {
        for (ReferenceEntity e : gazetteer.entities()) {
            if (e.type() != EntityType.PERSON) continue;
            for (Tenure t : e.tenures()) {
                byCountry.computeIfAbsent(t.countryIri(), k -> new ArrayList<>()).add(new Spell(e.iri(), t));
                governmentOnly.merge(lower(t.title()), !t.headOfState(), Boolean::logicalAnd);
            }
        }
    }

    /** The people who held the office the title names for the country in the year. */
    Set<String> holders(String countryIri, String title, int year) {
        Set<String> out = new LinkedHashSet<>();
        for (Spell s : byCountry.getOrDefault(countryIri, List.of())) {
            if (s.tenure().covers(year) && fits(title, s.tenure())) out.add(s.person());
        }
        return out;
    }

    /** Whether the person held the office for the country in the year, or in any year when it is negative. */
    boolean held(String personIri, String countryIri, String title, int year) {
        for (Spell s : byCountry.getOrDefault(countryIri, List.of())) {
            if (s.person().equals(personIri) && (year < 0 || s.tenure().covers(year)) && fits(title, s.tenure())) return true;
        }
        return false;
    }

    /** Whether the person held some office under this title (any country when {@code countryIri} is null) in the year. */
    boolean heldAny(String personIri, String countryIri, String title, int year) {
        for (List<Spell> spells : byCountry.values()) {
            for (Spell s : spells) {
                if (s.person().equals(personIri) && (countryIri == null || countryIri.equals(s.tenure().countryIri()))
                        && (year < 0 || s.tenure().covers(year)) && (title == null || fits(title, s.tenure()))) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean fits(String title, Tenure tenure) {
        String t = lower(title);
        String u = lower(tenure.title());
        if (u.equals(t) || u.endsWith(" " + t)) return true;
        Boolean government = governmentOnly.get(t);
        if (government == null) return true;          // "leader": any office of state
        return government && !tenure.headOfState();    // "premier" for a prime minister
    }

    /** Two leaders' titles for one office: "Premier" and "Prime Minister"; "leader" and any. */
    boolean sameOffice(String a, String b) {
        String x = lower(a);
        String y = lower(b);
        if (x.equals(y)) return true;
        Boolean gx = governmentOnly.get(x);
        Boolean gy = governmentOnly.get(y);
        if (gx == null || gy == null) return true;
        return gx && gy;
    }

    private static String lower(String s) { return s == null ? "" : s.toLowerCase(Locale.ROOT); }
}
