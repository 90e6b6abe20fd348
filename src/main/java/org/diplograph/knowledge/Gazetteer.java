package org.diplograph.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every surface form of the reference entities, indexed by its first word for fast matching.
 * Forms are case-sensitive ("US" the country, not "us"); capitals also match in capitals, as
 * datelines write them ("MOSCOW (AP) —").
 */
public final class Gazetteer {
    /** One surface form of one entity. */
    public record Entry(String surface, ReferenceEntity entity, MentionKind kind) {}

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<String, ReferenceEntity> byIri = new HashMap<>();
    private final Map<String, ReferenceEntity> personsByName = new HashMap<>();
    /** The reference persons by each family name they bear ("Bush": both presidents). */
    private final Map<String, Set<String>> personsByFamilyName = new HashMap<>();
    private final SpellingIndex personSpellings = new SpellingIndex();
    /** Every name of every territory, those never matched in text included, lower-cased. */
    private final Map<String, ReferenceEntity> territoriesByName = new HashMap<>();

    /** Former seats of historical states by their lower-cased name. */
    private final Map<String, List<FormerSeat>> formerSeats = new HashMap<>();

    /** The parts of group territories (dg:hasPart) by the group's IRI. */
    private final Map<String, List<String>> territoryParts = new HashMap<>();

    /** Former names of states by the state's IRI. */
    private final Map<String, List<FormerName>> formerNames = new HashMap<>();

    public Gazetteer(Collection<ReferenceEntity> entities, Set<String> notNames, Collection<FormerSeat> formerSeats) {
        this(entities, notNames, formerSeats, List.of());
    }

    public Gazetteer(Collection<ReferenceEntity> entities, Set<String> notNames, Collection<FormerSeat> formerSeats,
                     Collection<FormerName> formerNames) {
        this(entities, notNames, formerSeats, formerNames, Map.of());
    }

    /** @param territoryParts the parts of each group territory (dg:hasPart), by the group's IRI */
    public Gazetteer(Collection<ReferenceEntity> entities, Set<String> notNames, Collection<FormerSeat> formerSeats,
                     Collection<FormerName> formerNames, Map<String, List<String>> territoryParts) {
        this(entities, notNames);
        this.territoryParts.putAll(territoryParts);
        for (FormerSeat f : formerSeats) this.formerSeats.computeIfAbsent(f.seat().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f);
        for (FormerName f : formerNames) this.formerNames.computeIfAbsent(f.stateIri(), k -> new ArrayList<>()).add(f);
    }

    /** The parts the reference gives a group (dg:hasPart), in its order; empty if none. */
    public List<ReferenceEntity> partsOf(ReferenceEntity group) {
        List<ReferenceEntity> out = new ArrayList<>();
        for (String iri : territoryParts.getOrDefault(group.iri(), List.of())) {
            ReferenceEntity part = byIri.get(iri);
            if (part != null) out.add(part);
        }
        return out;
    }

    /**
     * The parts a name of a group territory lists, each by the first word of its label ("Greater and Lesser Tunbs",
     * "Picton, Lennox and Nueva"); none for a name of the group as a whole ("the Tunb Islands", "Hanish Islands").
     */
    public List<ReferenceEntity> partsListedIn(String surface, ReferenceEntity group) {
        List<String> parts = territoryParts.getOrDefault(group.iri(), List.of());
        if (parts.isEmpty()) return List.of();
        Set<String> words = Set.of(surface.split("[\\s,]+"));
        List<ReferenceEntity> out = new ArrayList<>();
        for (String iri : parts) {
            ReferenceEntity part = byIri.get(iri);
            if (part == null || !words.contains(part.label().split(" ")[0])) return List.of();
            out.add(part);
        }
        return out;
    }

    /**
     * The entity's label in an article of the given year: a state's former name up to its last year
     * ("West Germany" in 1987), else the reference label (also when the year is unknown).
     */
    public String labelIn(ReferenceEntity entity, int year) {
        if (year >= 0) {
            for (FormerName f : formerNames.getOrDefault(entity.iri(), List.of())) {
                if (year <= f.lastYear()) return f.name();
            }
        }
        return entity.label();
    }

    public Gazetteer(Collection<ReferenceEntity> entities, Set<String> notNames) {
        Map<String, Set<String>> familyNameOwners = new HashMap<>();
        for (ReferenceEntity e : entities) {
            for (String f : e.familyNames()) familyNameOwners.computeIfAbsent(f, k -> new HashSet<>()).add(e.iri());
        }
        familyNameOwners.forEach((name, owners) -> personsByFamilyName.put(name, new HashSet<>(owners)));
        // a name the reference leaves out because leaders share it ("Bush", "Aquino") still says who may bear it
        for (ReferenceEntity e : entities) {
            if (e.type() != EntityType.PERSON || !e.familyNames().isEmpty()) continue;
            String family = familyNameOfLabel(e.label());
            if (family != null) personsByFamilyName.computeIfAbsent(family, k -> new HashSet<>()).add(e.iri());
        }
        Map<String, Entry> bySurface = new HashMap<>();
        for (ReferenceEntity e : entities) {
            byIri.put(e.iri(), e);
            if (e.is(EntityType.TERRITORY)) {
                for (String name : e.names()) territoriesByName.putIfAbsent(name.toLowerCase(Locale.ROOT), e);
            }
            // listed for completeness only: its names are no mention of it (dg:NotMatched)
            if (e.nameMatching() == NameMatching.NEVER) continue;
            for (String name : e.names()) {
                add(bySurface, new Entry(name, e, MentionKind.NAME));
                if (e.is(EntityType.TERRITORY)) {
                    for (String variant : geographicVariants(name)) add(bySurface, new Entry(variant, e, MentionKind.NAME));
                }
                if (e.type() == EntityType.PERSON) {
                    personsByName.putIfAbsent(name, e);
                    personSpellings.add(name, e.iri());
                }
            }
            for (String d : e.demonyms()) {
                add(bySurface, new Entry(d, e, MentionKind.DEMONYM));
                // "killed thousands of Iranians", "Israelis and Palestinians": the people, in the plural
                if (d.endsWith("an") || d.endsWith("i")) add(bySurface, new Entry(d + "s", e, MentionKind.DEMONYM));
            }
            for (String c : e.combiningForms()) add(bySurface, new Entry(c, e, MentionKind.COMBINING_FORM));
            for (String c : e.capitals()) {
                add(bySurface, new Entry(c, e, MentionKind.CAPITAL));
                add(bySurface, new Entry(c.toUpperCase(Locale.ROOT), e, MentionKind.CAPITAL));
            }
            for (String c : e.cities()) add(bySurface, new Entry(c, e, MentionKind.CITY));
            for (String f : e.familyNames()) {
                // A family name shared by several leaders ("Bush") or that is a common word ("May")
                // is left to in-article linking.
                if (familyNameOwners.get(f).size() == 1 && !notNames.contains(f)) {
                    add(bySurface, new Entry(f, e, MentionKind.SHORT_NAME));
                }
            }
        }
        for (Entry entry : bySurface.values()) {
            byFirstWord.computeIfAbsent(firstWord(entry.surface(), 0), k -> new ArrayList<>()).add(entry);
        }
        for (List<Entry> list : byFirstWord.values()) {
            list.sort(Comparator.comparingInt((Entry x) -> x.surface().length()).reversed());
        }
    }

    /** Generic last words of territory names, which news often writes in lower case ("Spratly islands"). */
    public static final Set<String> GENERIC_WORDS = Set.of("Islands", "Island", "Isles", "Islets", "Sea", "Seas", "Shoal",
            "Reef", "Heights", "Strait", "Peninsula", "Archipelago", "Rocks", "Glacier", "Valley", "Triangle",
            "Strip", "Bank", "Atoll", "Cays", "Gulf", "Bay", "Plateau", "Region", "Oblast", "Territory", "Territories");

    private static final Set<String> GENERIC_LOWER = lower(GENERIC_WORDS, "area", "enclave", "exclave", "district", "province", "glacier");

    private static Set<String> lower(Set<String> words, String... more) {
        Set<String> out = new HashSet<>();
        for (String w : words) out.add(w.toLowerCase(Locale.ROOT));
        out.addAll(List.of(more));
        return Set.copyOf(out);
    }

    /** "Spratly Islands" → "Spratly islands", "Spratly archipelago", "Spratly Archipelago". */
    static List<String> geographicVariants(String name) {
        int space = name.lastIndexOf(' ');
        if (space < 0) return List.of();
        String head = name.substring(0, space);
        String last = name.substring(space + 1);
        if (!GENERIC_WORDS.contains(last)) return List.of();
        List<String> out = new ArrayList<>();
        out.add(head + " " + last.toLowerCase(Locale.ROOT));
        if (last.equals("Islands")) {
            out.add(head + " archipelago");
            out.add(head + " Archipelago");
        }
        return out;
    }

    /** The first form seen wins: names before demonyms before short names, files in order. */
    private static void add(Map<String, Entry> bySurface, Entry entry) {
        bySurface.putIfAbsent(entry.surface(), entry);
    }

    /** Candidate entries whose surface starts with the word that starts at {@code at}, longest first. */
    public List<Entry> candidates(CharSequence text, int at) {
        return byFirstWord.getOrDefault(firstWord(text, at), List.of());
    }

    public ReferenceEntity entity(String iri) { return byIri.get(iri); }

    /**
     * The historical state a capital stood for in the given year ("Moscow" in 1987: the Soviet
     * Union), or null when the year is unknown or later than the state's last year.
     */
    public ReferenceEntity formerStateOfSeat(String seat, int year) {
        if (year < 0) return null;
        for (FormerSeat f : formerSeats.getOrDefault(seat.toLowerCase(Locale.ROOT), List.of())) {
            if (year <= f.lastYear()) return byIri.get(f.stateIri());
        }
        return null;
    }

    /**
     * The reference territory a name found from context stands for: "Xyz" or "Xyz area" is "Xyz
     * territory" or "Xyz Valley" when the reference has one such name (case aside); null if none.
     */
    public ReferenceEntity territoryFor(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        ReferenceEntity exact = territoriesByName.get(n);
        if (exact != null) return exact;
        int space = n.lastIndexOf(' ');
        if (space > 0 && GENERIC_LOWER.contains(n.substring(space + 1))) {
            n = n.substring(0, space);
            exact = territoriesByName.get(n);
            if (exact != null) return exact;
        }
        ReferenceEntity found = null;
        for (String generic : GENERIC_LOWER) {
            ReferenceEntity e = territoriesByName.get(n + " " + generic);
            if (e != null && found != null && !found.iri().equals(e.iri())) return null; // two places: leave it
            if (e != null) found = e;
        }
        return found;
    }

    /** Generational suffixes that follow a family name in a label ("Benigno Aquino III"). */
    private static final Set<String> NAME_SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    /**
     * The family name a label ends in ("George W. Bush": "Bush"), or begins with where the given name is joined by a
     * hyphen ("Park Geun-hye": "Park"); null for a monarch's style ("Hussein of Jordan") or a single word.
     */
    static String familyNameOfLabel(String label) {
        if (label.contains(" of ") || label.contains(",")) return null;
        List<String> words = new ArrayList<>(List.of(label.trim().split("\\s+")));
        while (words.size() > 1 && NAME_SUFFIXES.contains(words.get(words.size() - 1))) words.remove(words.size() - 1);
        if (words.size() < 2) return null;
        String last = words.get(words.size() - 1);
        int hyphen = last.indexOf('-');
        if (hyphen > 0 && hyphen + 1 < last.length() && Character.isLowerCase(last.charAt(hyphen + 1))) return words.get(0);
        return last;
    }

    /** The reference persons who bear this family name (several for "Bush" or "Aquino"). */
    public Set<String> personsWithFamilyName(String name) {
        return java.util.Collections.unmodifiableSet(personsByFamilyName.getOrDefault(name, Set.of()));
    }

    /** A reference person with exactly this name or name variant. */
    public ReferenceEntity personNamed(String name) { return personsByName.get(name); }

    /** The one reference person whose full name is spelled like this one, a letter apart ("Hassan Rowhani"), or null. */
    public ReferenceEntity personSpelledLike(String name) {
        String iri = personSpellings.personSpelledLike(name);
        return iri == null ? null : byIri.get(iri);
    }

    public Collection<ReferenceEntity> entities() { return byIri.values(); }

    /** IRIs of the states that are also disputed territories (Taiwan, Kosovo, Northern Cyprus). */
    /** Each former seat in lower case ("moscow") to the historical states it was the seat of, whatever the year. */
    public Map<String, Set<String>> formerStatesBySeat() {
        Map<String, Set<String>> out = new HashMap<>();
        formerSeats.forEach((seat, list) -> out.put(seat,
                list.stream().map(FormerSeat::stateIri).collect(java.util.stream.Collectors.toUnmodifiableSet())));
        return Map.copyOf(out);
    }

    public Set<String> territorialStates() {
        Set<String> out = new java.util.HashSet<>();
        for (ReferenceEntity e : byIri.values()) {
            if (e.is(EntityType.COUNTRY) && e.is(EntityType.TERRITORY)) out.add(e.iri());
        }
        return Set.copyOf(out);
    }

    /** The maximal run of letters and digits starting at {@code at}. */
    public static String firstWord(CharSequence s, int at) {
        int i = at;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) i++;
        return s.subSequence(at, i).toString();
    }
}
