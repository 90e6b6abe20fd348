package org.diplograph.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of {@code ontology/lexicon/territory-cues.tsv}: dispute cues ("disputed", "annexed"),
 * head nouns of place names ("islands", "enclave") and capitalised words that are no place name.
 */
public final class TerritoryCues {
    /**
     * A head noun: the territory kind it suggests, whether it stays in the name, and whether a cue
     * must stand right before the name ("the disputed Xyz region") rather than anywhere near.
     */
    public record Head(String word, String kind, boolean keep, boolean cueBefore) {}

    public static final TerritoryCues NONE = new TerritoryCues(Set.of(), Set.of(), Map.of(), Set.of(), Map.of(), Map.of(), Set.of(), Set.of(),
            Set.of(), Map.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), List.of(), Set.of(), Map.of());

    private final Set<String> cues;
    private final Set<String> compoundCues;
    private final Map<String, Head> heads;
    private final Set<String> notNames;
    private final Map<String, Boolean> pronounIsPlural;
    private final Map<String, String> pronounCase;
    private final Set<String> auxiliaries;
    private final Set<String> passiveAuxiliaries;
    private final Set<String> descriptionDeterminers;
    /** Head nouns of descriptions ("the archipelago") with the territory kinds they fit ("*": any). */
    private final Map<String, Set<String>> descriptionHeads;
    private final Set<String> positionWords;
    private final Set<String> coordinators;
    private final Set<String> contrastWords;
    private final Set<String> heldPlaceHeads;
    private final Set<String> transferParticiples;
    private final Set<String> relativeStatePronouns;
    /** Set once after loading, as {@link Lexicon} sets its later word lists. */
    private Set<String> relativePronouns = Set.of();
    /** Verb forms whose subject is a place, never a state: "belongs", "lies" (set after loading). */
    private Set<String> placeVerbs = Set.of();
    /** Place-predicate nouns, each with the word that must follow it, or "" for any. */
    private Map<String, String> placePredicates = Map.of();
    private Set<String> placeObjects = Set.of();
    /** Description heads that point first to a place whose name ends in them ("the farms": the Shebaa Farms; set after loading). */
    private Set<String> namingHeads = Set.of();
    /** "whose" after a state's name and a comma: the state's possessive (set after loading). */
    private Set<String> relativePossessives = Set.of();
    private Set<String> sidesOpeners = Set.of();
    private Set<String> speechVerbs = Set.of();
    private Set<String> tellingVerbs = Set.of();
    private Set<String> obligations = Set.of();
    private Set<String> units = Set.of();
    private final List<List<String>> collectiveOpeners;
    private final Set<String> holdingParticiples;
    private final Map<String, Integer> numberWords;

    TerritoryCues(Set<String> cues, Set<String> compoundCues, Map<String, Head> heads, Set<String> notNames,
                  Map<String, Boolean> pronounIsPlural, Map<String, String> pronounCase, Set<String> auxiliaries,
                  Set<String> passiveAuxiliaries, Set<String> descriptionDeterminers, Map<String, Set<String>> descriptionHeads,
                  Set<String> positionWords, Set<String> coordinators, Set<String> contrastWords, Set<String> heldPlaceHeads,
                  Set<String> transferParticiples, Set<String> relativeStatePronouns, List<List<String>> collectiveOpeners,
                  Set<String> holdingParticiples, Map<String, Integer> numberWords) {
        this.collectiveOpeners = List.copyOf(collectiveOpeners);
        this.numberWords = Map.copyOf(numberWords);
        this.holdingParticiples = Set.copyOf(holdingParticiples);
        this.transferParticiples = Set.copyOf(transferParticiples);
        this.relativeStatePronouns = Set.copyOf(relativeStatePronouns);
        this.contrastWords = Set.copyOf(contrastWords);
        this.heldPlaceHeads = Set.copyOf(heldPlaceHeads);
        this.positionWords = Set.copyOf(positionWords);
        this.coordinators = Set.copyOf(coordinators);
        this.descriptionDeterminers = Set.copyOf(descriptionDeterminers);
        this.descriptionHeads = Map.copyOf(descriptionHeads);
        this.passiveAuxiliaries = Set.copyOf(passiveAuxiliaries);
        this.pronounIsPlural = Map.copyOf(pronounIsPlural);
        this.pronounCase = Map.copyOf(pronounCase);
        this.auxiliaries = Set.copyOf(auxiliaries);
        this.cues = Set.copyOf(cues);
        this.compoundCues = Set.copyOf(compoundCues);
        this.heads = Map.copyOf(heads);
        this.notNames = Set.copyOf(notNames);
    }

    public static TerritoryCues load(KnowledgeSource source) throws IOException {
        Set<String> cues = new HashSet<>();
        Set<String> compoundCues = new HashSet<>();
        Map<String, Head> heads = new HashMap<>();
        Set<String> notNames = new HashSet<>();
        Map<String, Boolean> pronouns = new HashMap<>();
        Map<String, String> cases = new HashMap<>();
        Set<String> auxiliaries = new HashSet<>();
        Set<String> passiveAuxiliaries = new HashSet<>();
        Set<String> determiners = new HashSet<>();
        Set<String> positions = new HashSet<>();
        Set<String> coordinators = new HashSet<>();
        Set<String> contrasts = new HashSet<>();
        Set<String> held = new HashSet<>();
        Set<String> transferred = new HashSet<>();
        Set<String> relativeStatePronouns = new HashSet<>();
        Set<String> relativePronouns = new HashSet<>();
        Set<String> placeVerbs = new HashSet<>();
        Map<String, String> placePredicates = new HashMap<>();
        Set<String> placeObjects = new HashSet<>();
        Set<String> relativePossessives = new HashSet<>();
        Set<String> sidesOpeners = new HashSet<>();
        Set<String> speechVerbs = new HashSet<>();
        Set<String> tellingVerbs = new HashSet<>();
        Set<String> obligations = new HashSet<>();
        Set<String> units = new HashSet<>();
        List<List<String>> collectiveOpeners = new ArrayList<>();
        Set<String> holding = new HashSet<>();
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, Set<String>> describing = new HashMap<>();
        Set<String> namingHeads = new HashSet<>();
        for (Tables.Row row : Tables.read(source, "lexicon/territory-cues.tsv")) {
            switch (row.cell(0)) {
                case "cue" -> cues.add(row.cell(1));
                case "compound" -> compoundCues.add(row.cell(1));
                case "head" -> {
                    if (!row.cell(3).equals("keep") && !row.cell(3).equals("drop")) throw row.error("fourth column must be keep or drop");
                    if (!row.cell(4).equals("near") && !row.cell(4).equals("before")) throw row.error("fifth column must be near or before");
                    heads.put(row.cell(1), new Head(row.cell(1), row.cell(2), row.cell(3).equals("keep"), row.cell(4).equals("before")));
                }
                case "notname" -> notNames.add(row.cell(1));
                case "auxiliary" -> {
                    auxiliaries.add(row.cell(1));
                    if (row.cell(2).equals("be")) passiveAuxiliaries.add(row.cell(1));
                }
                case "pronoun" -> {
                    if (!row.cell(2).equals("singular") && !row.cell(2).equals("plural")) throw row.error("number must be singular or plural");
                    if (!List.of("object", "subject", "both").contains(row.cell(3))) throw row.error("case must be object, subject or both");
                    pronouns.put(row.cell(1), row.cell(2).equals("plural"));
                    cases.put(row.cell(1), row.cell(3));
                }
                case "determiner" -> determiners.add(row.cell(1));
                case "position" -> positions.add(row.cell(1));
                case "coordinator" -> coordinators.add(row.cell(1));
                case "contrast" -> contrasts.add(row.cell(1));
                case "held" -> held.add(row.cell(1));
                case "transferred" -> transferred.add(row.cell(1));
                case "holding" -> holding.add(row.cell(1));
                case "number" -> {
                    if (!row.cell(2).matches("\\d+")) throw row.error("a number row needs the number's value in digits");
                    numbers.put(row.cell(1), Integer.parseInt(row.cell(2)));
                }
                case "relative-state-pronoun" -> relativeStatePronouns.add(row.cell(1));
                case "relative-pronoun" -> relativePronouns.add(row.cell(1));
                case "place-verb" -> placeVerbs.add(row.cell(1));
                case "place-predicate" -> placePredicates.put(row.cell(1), row.cell(2).trim());
                case "place-object" -> {
                    if (row.cell(2).isEmpty()) throw row.error("a place-object row needs the preposition after its noun");
                    placeObjects.add(row.cell(1) + " " + row.cell(2));
                }
                case "relative-possessive" -> relativePossessives.add(row.cell(1));
                case "sides" -> sidesOpeners.add(row.cell(1));
                case "speech" -> speechVerbs.add(row.cell(1));
                case "telling" -> tellingVerbs.add(row.cell(1));
                case "obligation" -> obligations.add(row.cell(1));
                case "unit" -> units.add(row.cell(1));
                case "collective" -> collectiveOpeners.add(List.of(row.cell(1).trim().split("\\s+")));
                case "describe" -> {
                    if (row.cell(2).isEmpty()) throw row.error("a describe row needs the territory kinds it fits, or *");
                    describing.put(row.cell(1), Set.of(row.cell(2).split(",")));
                    if (row.cell(3).equals("name")) namingHeads.add(row.cell(1));
                    else if (!row.cell(3).isEmpty()) throw row.error("the fourth column of a describe row is 'name' or empty");
                }
                default -> throw row.error("kind must be cue, compound, head, notname, pronoun, auxiliary, determiner, describe, position, coordinator, contrast, held, transferred, holding, number, relative-state-pronoun, relative-pronoun, relative-possessive, sides, speech, obligation, unit, place-verb, place-predicate, place-object or collective, not '"
                        + row.cell(0) + "'");
            }
        }
        TerritoryCues loaded = new TerritoryCues(cues, compoundCues, heads, notNames, pronouns, cases, auxiliaries, passiveAuxiliaries,
                determiners, describing, positions, coordinators, contrasts, held, transferred, relativeStatePronouns, collectiveOpeners,
                holding, numbers);
        loaded.relativePronouns = Set.copyOf(relativePronouns);
        loaded.placeVerbs = Set.copyOf(placeVerbs);
        loaded.placePredicates = Map.copyOf(placePredicates);
        loaded.placeObjects = Set.copyOf(placeObjects);
        loaded.relativePossessives = Set.copyOf(relativePossessives);
        loaded.sidesOpeners = Set.copyOf(sidesOpeners);
        loaded.speechVerbs = Set.copyOf(speechVerbs);
        loaded.tellingVerbs = Set.copyOf(tellingVerbs);
        loaded.obligations = Set.copyOf(obligations);
        loaded.units = Set.copyOf(units);
        loaded.namingHeads = Set.copyOf(namingHeads);
        return loaded;
    }

    /**
     * True for a lower-case word form that signals a sovereignty dispute, alone ("annexed") or as
     * the end of a hyphenated compound ("Russian-annexed", "Indian-controlled").
     */
    public boolean isCue(String lowerWord) {
        if (cues.contains(lowerWord)) return true;
        int hyphen = lowerWord.lastIndexOf('-');
        if (hyphen <= 0) return false;
        String last = lowerWord.substring(hyphen + 1);
        return cues.contains(last) || compoundCues.contains(last);
    }

    /** The head noun for a lower-case word, or null. */
    public Head head(String lowerWord) { return heads.get(lowerWord); }

    /** For a lower-case pronoun that may stand for a place: whether it is plural; null for other words. */
    public Boolean pronounIsPlural(String lowerWord) { return pronounIsPlural.get(lowerWord); }

    /** True if the pronoun may be the object of a verb ("them", "it"). */
    public boolean pronounMayBeObject(String lowerWord) { return !"subject".equals(pronounCase.get(lowerWord)); }

    /** True if the pronoun may be a subject ("they", "it"). */
    public boolean pronounMayBeSubject(String lowerWord) { return !"object".equals(pronounCase.get(lowerWord)); }

    /** True for a word that may stand between a passive subject and its participle ("was", "been", "later"). */
    public boolean isAuxiliary(String lowerWord) { return auxiliaries.contains(lowerWord); }

    /** A form of "be" that makes the participle after it a passive ("it was annexed"). */
    public boolean isPassiveAuxiliary(String lowerWord) { return passiveAuxiliaries.contains(lowerWord); }

    /** True for a lower-case word that may start a description of a territory ("the", "these"). */
    public boolean isDescriptionDeterminer(String lowerWord) { return descriptionDeterminers.contains(lowerWord); }

    /** True for a verb of saying after which "it" may stand for the state that says ("Iran said it would"). */
    public boolean isSpeechVerb(String lowerWord) { return speechVerbs.contains(lowerWord); }

    /** True for a verb of telling someone ("told"): the addressee stands between it and the reported clause. */
    public boolean isTellingVerb(String lowerWord) { return tellingVerbs.contains(lowerWord); }

    /** A modal of obligation: what a speaker says another state "must" or "should" do is no report of its own state's acts. */
    public boolean isObligation(String lowerWord) { return obligations.contains(lowerWord); }

    /** A word of a measure after a number ("square", "km"): "the 160,000-square-kilometre territory". */
    public boolean isUnit(String lowerWord) { return units.contains(lowerWord); }

    /** True for a word after which a coordination names two sides ("talks between A and B"). */
    public boolean opensTwoSides(String lowerWord) { return sidesOpeners.contains(lowerWord); }

    /** True for a word that joins two parties ("and", ","). */
    public boolean isCoordinator(String lowerWord) { return coordinators.contains(lowerWord); }

    /** True for a description head that may be followed by "of" and its holder ("the territory of Denmark"). */
    public boolean isHeldPlaceHead(String lowerWord) { return heldPlaceHeads.contains(lowerWord); }

    /**
     * A participle that, with its holder, makes a description stand for every territory named just before:
     * "the Ukrainian territory held by Russia", "the Russian-occupied regions".
     */
    public boolean isHoldingParticiple(String lowerWord) { return holdingParticiples.contains(lowerWord); }

    /** A number written in digits or as a word of the "number" rows ("two", "four"). */
    public boolean isNumber(String lowerWord) {
        return !lowerWord.isEmpty() && lowerWord.chars().allMatch(Character::isDigit) || numberWords.containsKey(lowerWord);
    }

    /** The value of a small number written in digits or as a word ("three" is 3), or -1 for any other word. */
    public int numberValue(String lowerWord) {
        if (!lowerWord.isEmpty() && lowerWord.length() < 4 && lowerWord.chars().allMatch(Character::isDigit)) return Integer.parseInt(lowerWord);
        return numberWords.getOrDefault(lowerWord, -1);
    }

    /** A participle of what happens to a territory, never to a state ("it should be returned"). */
    public boolean isTransferParticiple(String lowerWord) { return transferParticiples.contains(lowerWord); }

    /** True for a verb form whose subject is a place and never a state ("they belong to", "it lies within"). */
    /** A noun and its preposition ("claim", "to") after which a pronoun is a place: "laid claim to it". */
    public boolean isPlaceObject(String lowerNoun, String lowerPreposition) {
        return placeObjects.contains(lowerNoun + " " + lowerPreposition);
    }

    public boolean isPlaceVerb(String lowerWord) { return placeVerbs.contains(lowerWord); }

    /** A noun that, after "be", makes the subject a place: "they are Japanese territory", "it is part of Morocco". */
    public boolean isPlacePredicate(String lowerWord, String lowerNext) {
        String required = placePredicates.get(lowerWord);
        return required != null && (required.isEmpty() || required.equals(lowerNext));
    }

    /** Phrases that stand where a description's determiner would ("a group of uninhabited islands"), as lower-case words. */
    public List<List<String>> collectiveOpeners() { return collectiveOpeners; }

    /** A word that, after a name and a comma, opens a relative clause whose subject the name is ("Kyiv, which accused him"). */
    public boolean isRelativePronoun(String lowerWord) { return relativePronouns.contains(lowerWord); }

    /** A pronoun that, as the subject of a relative clause with no "which" ("the features it occupies"), stands for a state. */
    public boolean isRelativeStatePronoun(String lowerWord) { return relativeStatePronouns.contains(lowerWord); }

    /** Whether the word, after a state's name and a comma, is that state's possessive ("Syria, whose forces hold"). */
    public boolean isRelativePossessive(String lowerWord) { return relativePossessives.contains(lowerWord); }

    /** True for a modifier that makes a description point away from the place named ("the other islands"). */
    public boolean isContrastWord(String lowerWord) { return contrastWords.contains(lowerWord); }

    /** True for a word of position that may follow a description ("islands north of Hokkaido"). */
    public boolean isPositionWord(String lowerWord) { return positionWords.contains(lowerWord); }

    /** The kind column value of a describe row whose noun describes a state, not a territory. */
    public static final String STATE_KIND = "Country";

    /** True for a noun that describes a state ("the country", "the kingdom"), not a territory. */
    public boolean describesState(String lowerHead) {
        Set<String> kinds = descriptionHeads.get(lowerHead);
        return kinds != null && kinds.contains(STATE_KIND);
    }

    /** True for a description head that points first to a place whose name ends in it ("the farms"). */
    public boolean namesByHead(String lowerHead) { return namingHeads.contains(lowerHead); }

    /** True for a lower-case noun that may head a description of a territory ("archipelago"). */
    public boolean isDescriptionHead(String lowerWord) { return descriptionHeads.containsKey(lowerWord); }

    /**
     * True if a description headed by this noun may refer to a territory of this kind: "the
     * archipelago" to islands, "the region" to any; a territory of unknown kind only when the noun
     * is in its name ("the canal" for "Xyz Canal").
     */
    public boolean describes(String lowerHead, String kind, String label) {
        Set<String> kinds = descriptionHeads.get(lowerHead);
        if (kinds != null && (kinds.contains("*") || kinds.contains(STATE_KIND) || kind != null && kinds.contains(kind))) return true;
        String stem = lowerHead.endsWith("s") ? lowerHead.substring(0, lowerHead.length() - 1) : lowerHead;
        return label.toLowerCase(java.util.Locale.ROOT).contains(stem);
    }

    /** True for a capitalised word that names no place by itself ("Pacific", "Northern"). */
    public boolean isNotName(String word) { return notNames.contains(word); }
}
