package org.diplograph.knowledge;

import org.diplograph.vocab.DG;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists from {@code ontology/lexicon}: titles and what they say, words that are never
 * names, given names, name particles and anaphoric phrases.
 */
public final class Lexicon {
    /**
     * A title such as "Prime Minister", as lower-case words. {@code countryIri} is set for titles
     * that only one country uses ("Chief Cabinet Secretary": Japan), and stands in when no country is named.
     */
    public record Title(List<String> words, String text, TitleRole role, String countryIri) {}

    /** An anaphoric phrase: "the two leaders" refers to two persons named before. */
    public record Anaphor(List<String> words, EntityType type, int count) {}

    private final Map<String, List<Title>> titlesByFirstWord = new HashMap<>();
    private final Set<String> titleWords = new HashSet<>();
    private final Set<String> notNames;
    private final Set<String> givenNames;
    private final Set<String> particles;
    private final List<Anaphor> anaphors;
    /** Dispute cues and head nouns for finding territories (ontology/lexicon/territory-cues.tsv). */
    private TerritoryCues territoryCues = TerritoryCues.NONE;

    Lexicon(List<Title> titles, Set<String> notNames, Set<String> givenNames, Set<String> particles,
            List<Anaphor> anaphors) {
        for (Title t : titles) {
            titlesByFirstWord.computeIfAbsent(t.words().get(0), k -> new ArrayList<>()).add(t);
            titleWords.addAll(t.words());
        }
        for (List<Title> l : titlesByFirstWord.values()) l.sort(Comparator.comparingInt((Title t) -> t.words().size()).reversed());
        this.notNames = Set.copyOf(notNames);
        this.givenNames = Set.copyOf(givenNames);
        this.particles = Set.copyOf(particles);
        List<Anaphor> sorted = new ArrayList<>(anaphors);
        sorted.sort(Comparator.comparingInt((Anaphor a) -> a.words().size()).reversed());
        this.anaphors = List.copyOf(sorted);
    }

    public static Lexicon load(KnowledgeSource source) throws IOException {
        List<Title> titles = new ArrayList<>();
        for (Tables.Row row : Tables.read(source, "lexicon/titles.tsv")) {
            TitleRole role;
            try {
                role = TitleRole.valueOf(row.cell(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("role must be leader, official or none, not '" + row.cell(1) + "'");
            }
            String country = row.cell(2).isEmpty() ? null : DG.COUNTRY_NS + row.cell(2);
            if (country != null && !row.cell(2).matches("[A-Z]{3}")) throw row.error("country must be an ISO alpha-3 code");
            titles.add(new Title(words(row.cell(0)), row.cell(0), role, country));
        }
        List<Anaphor> anaphors = new ArrayList<>();
        for (Tables.Row row : Tables.read(source, "lexicon/anaphors.tsv")) {
            EntityType type = switch (row.cell(1)) {
                case "person" -> EntityType.PERSON;
                case "country" -> EntityType.COUNTRY;
                case "territory" -> EntityType.TERRITORY;
                default -> throw row.error("type must be person, country or territory");
            };
            anaphors.add(new Anaphor(words(row.cell(0)), type, Integer.parseInt(row.cell(2))));
        }
        Lexicon lexicon = new Lexicon(titles, column(source, "lexicon/not-names.tsv"), column(source, "lexicon/given-names.tsv"),
                column(source, "lexicon/name-particles.tsv"), anaphors);
        lexicon.territoryCues = TerritoryCues.load(source);
        return lexicon;
    }

    private static Set<String> column(KnowledgeSource source, String path) throws IOException {
        Set<String> out = new HashSet<>();
        for (Tables.Row row : Tables.read(source, path)) out.add(row.cell(0));
        return out;
    }

    static List<String> words(String phrase) {
        return List.of(phrase.toLowerCase(Locale.ROOT).split("\\s+"));
    }

    /** Titles whose first word is {@code lowerWord}, longest first. */
    public List<Title> titlesStartingWith(String lowerWord) {
        return titlesByFirstWord.getOrDefault(lowerWord, List.of());
    }

    /** True for a word of some title, in lower case: "minister", "president", "mr". */
    public boolean isTitleWord(String lowerWord) { return titleWords.contains(lowerWord); }

    /** Capitalised words that never name a person: months, weekdays, organisations' head words, ... */
    public boolean isNotName(String word) { return notNames.contains(word); }

    public boolean isGivenName(String word) { return givenNames.contains(word); }

    /** Lower-case words inside names: "bin", "von", "der", "al". */
    public boolean isParticle(String word) { return particles.contains(word); }

    public List<Anaphor> anaphors() { return anaphors; }

    public TerritoryCues territoryCues() { return territoryCues; }

    public Set<String> notNames() { return notNames; }
}
