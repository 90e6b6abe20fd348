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
    public record Title(List<String> words, String text, TitleRole role, String countryIri, Set<String> flags) {
        public Title(List<String> words, String text, TitleRole role, String countryIri) {
            this(words, text, role, countryIri, Set.of());
        }

        /** The title counts only with a country, state body or person qualifying it ("the head of the Knesset"). */
        public boolean needsQualifier() { return flags.contains("qualified"); }

        /** A leader's title that names another office in some state (a flag official-in:ISO3). */
        public boolean namesAnotherOffice() { return flags.stream().anyMatch(f -> f.startsWith("official-in:")); }

        /** Capitalised portfolio words may stand between its country and it ("British Corporate Affairs Minister"). */
        public boolean takesPortfolio() { return flags.contains("portfolio"); }

        /** With no country named, the country comes from the article's dateline or the state speaking just before. */
        public boolean countryFromContext() { return flags.contains("context"); }

        /** An office of its country column's state alone ("Taoiseach"): it names that state anywhere. */
        public boolean soleState() { return flags.contains("sole"); }

        /** A military rank: after an office, the holder's rank ("Joint Chiefs Chairman Gen. Mark Milley"). */
        public boolean isRank() { return flags.contains("rank"); }

        /**
         * A diplomat's title (flag "sent"): a state named after "for" is where the person is sent ("envoy for
         * Afghanistan"), and a state that recalls the holder is the holder's.
         */
        public boolean isDiplomat() { return flags.contains("sent"); }

        /** The gender the title shows ("Mrs", "Queen": female; "Mr", "King": male), or null. */
        public Gender gender() {
            return flags.contains("female") ? Gender.FEMALE : flags.contains("male") ? Gender.MALE : null;
        }

        /**
         * A leader's title that names another office in this state: "Chancellor" heads Germany's
         * government, but Britain's Chancellor (of the Exchequer) is a minister.
         */
        public boolean officialIn(String countryIri) {
            return countryIri != null && countryIri.startsWith(DG.COUNTRY_NS)
                    && flags.contains("official-in:" + countryIri.substring(DG.COUNTRY_NS.length()));
        }

        /** The title in lower case, as the characters news writes it ("lt. gen."). */
        public String lowerText() { return text.toLowerCase(Locale.ROOT); }
    }

    /** A state body written by its own name: "the IDF" (Israel), "the Quai d'Orsay" (France), "the Knesset". */
    public record StateBody(String text, String countryIri, String kind) {}

    /** A verb phrase that puts a person in an office: "served as", "was sworn in as", "became". */
    public record OfficeVerb(List<String> words) {}

    /**
     * An anaphoric phrase: "the two leaders" refers to two persons named before; a dateline phrase
     * ("arrived here") to the country of the article's dateline; a spouse phrase ("his wife") to the
     * person the article names with the family name of the one "his" refers to. {@code holders}: for
     * persons named by their office ("the two leaders", "the two foreign ministers"), the role of a
     * title they must hold in the article; null for anyone ("both men").
     */
    public record Anaphor(List<String> words, EntityType type, int count, Refers refers, TitleRole holders) {
        public Anaphor(List<String> words, EntityType type, int count) { this(words, type, count, Refers.NAMED_BEFORE, null); }

        public Anaphor(List<String> words, EntityType type, int count, Refers refers) { this(words, type, count, refers, null); }

        public boolean dateline() { return refers == Refers.DATELINE; }

        public boolean spouse() { return refers == Refers.SPOUSE; }
        /** "his country": the state of the person the possessive refers to. */
        public boolean ownState() { return refers == Refers.OWN_STATE; }
        /** "our" inside a quotation: the state of whoever speaks it. */
        public boolean speakerState() { return refers == Refers.SPEAKER_STATE; }
        /** "They agreed", "The two signed": the pair the sentence before opens with, persons or states. */
        public boolean subjectPair() { return refers == Refers.SUBJECT_PAIR; }
        /** "where", "when": a word after which a subject pair may open a clause inside its sentence; no anaphor itself. */
        public boolean clauseOpener() { return refers == Refers.CLAUSE_OPENER; }
        /** "by": a word after which a person is a go-between or host ("read out by Gonsalves"), not one of "the two"; no anaphor itself. */
        public boolean notAParty() { return refers == Refers.NOT_A_PARTY; }
    }

    /** What an anaphor refers to: entities named before, the dateline's place, a spouse, or the pair a sentence opens with. */
    public enum Refers { NAMED_BEFORE, DATELINE, SPOUSE, OWN_STATE, SPEAKER_STATE, SUBJECT_PAIR, CLAUSE_OPENER, NOT_A_PARTY }

    private final Map<String, List<Title>> titlesByFirstWord = new HashMap<>();
    private final Set<String> titleWords = new HashSet<>();
    private final Set<String> notNames;
    private final Set<String> givenNames;
    private final Set<String> particles;
    private final List<Anaphor> anaphors;
    /** Words after which a person is a host or go-between, not one of "the two" (not-a-party rows of anaphors.tsv). */
    private final Set<String> notAPartyWords;
    private final Set<String> datelineWords;
    private final Map<String, List<StateBody>> bodiesByFirstLetters = new HashMap<>();
    private final Set<String> institutionWords;
    private final Set<String> titleModifiers;
    private final List<OfficeVerb> officeVerbs;
    /** Dispute cues and head nouns for finding territories (ontology/lexicon/territory-cues.tsv). */
    private TerritoryCues territoryCues = TerritoryCues.NONE;
    private Set<String> functionWords = Set.of();
    private Set<String> organisationWords = Set.of();
    private Set<String> documentWords = Set.of();
    private Set<String> peopleMarkers = Set.of();
    private List<String> notStates = List.of();
    /** Each form of a given name to the first form of its row (lexicon/given-name-forms.tsv). */
    private Map<String, String> givenNameForms = Map.of();
    /** Given names that open a woman's name (lexicon/female-given-names.tsv). */
    private Set<String> femaleGivenNames = Set.of();
    /** Given names that are also common words ("Frank", "Guy"): a name only inside a sentence (lexicon/given-names-common-words.tsv). */
    private Set<String> commonWordGivenNames = Set.of();
    /** Title modifiers of the past (lexicon/title-modifiers.tsv rows marked past). */
    private Set<String> pastModifiers = Set.of();
    private List<List<String>> headPhrases = List.of();
    private Set<String> recallVerbs = Set.of();
    /** Irregular inflected forms ("met", "held": lexicon/irregular-forms.tsv rows whose form is not the lemma). */
    private Set<String> irregularInflections = Set.of();

    Lexicon(List<Title> titles, Set<String> notNames, Set<String> givenNames, Set<String> particles,
            List<Anaphor> anaphors) {
        this(titles, notNames, givenNames, particles, anaphors, List.of(), Set.of(), Set.of(), List.of());
    }

    Lexicon(List<Title> titles, Set<String> notNames, Set<String> givenNames, Set<String> particles,
            List<Anaphor> anaphors, List<StateBody> bodies, Set<String> institutionWords, Set<String> titleModifiers,
            List<OfficeVerb> officeVerbs) {
        for (Title t : titles) {
            titlesByFirstWord.computeIfAbsent(firstWord(t.lowerText()), k -> new ArrayList<>()).add(t);
            titleWords.addAll(t.words());
            for (String part : t.lowerText().split("[^\\p{L}\\p{N}]+")) if (!part.isEmpty()) titleWords.add(part);
        }
        for (List<Title> l : titlesByFirstWord.values()) l.sort(Comparator.comparingInt((Title t) -> t.text().length()).reversed());
        for (StateBody b : bodies) bodiesByFirstLetters.computeIfAbsent(firstWord(b.text()), k -> new ArrayList<>()).add(b);
        for (List<StateBody> l : bodiesByFirstLetters.values()) l.sort(Comparator.comparingInt((StateBody b) -> b.text().length()).reversed());
        this.institutionWords = Set.copyOf(institutionWords);
        this.titleModifiers = Set.copyOf(titleModifiers);
        List<OfficeVerb> verbs = new ArrayList<>(officeVerbs);
        verbs.sort(Comparator.comparingInt((OfficeVerb v) -> v.words().size()).reversed());
        this.officeVerbs = List.copyOf(verbs);
        this.notNames = Set.copyOf(notNames);
        this.givenNames = Set.copyOf(givenNames);
        this.particles = Set.copyOf(particles);
        List<Anaphor> sorted = new ArrayList<>(anaphors);
        sorted.sort(Comparator.comparingInt((Anaphor a) -> a.words().size()).reversed());
        this.anaphors = List.copyOf(sorted);
        this.datelineWords = sorted.stream().filter(a -> a.dateline() && a.words().size() == 1)
                .map(a -> a.words().get(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.notAPartyWords = sorted.stream().filter(Anaphor::notAParty)
                .map(a -> a.words().get(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The titles.tsv flag of a title that holds only after a possessive ("his predecessor"). */
    public static final String POSSESSED = "possessed";

    public static Lexicon load(KnowledgeSource source) throws IOException {
        List<Title> titles = new ArrayList<>();
        for (Tables.Row row : Tables.read(source, "lexicon/titles.tsv")) {
            TitleRole role;
            try {
                role = TitleRole.valueOf(row.cell(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("role must be leader, official, counterpart, predecessor or none, not '" + row.cell(1) + "'");
            }
            String country = row.cell(2).isEmpty() ? null : DG.COUNTRY_NS + row.cell(2);
            if (country != null && !row.cell(2).matches("[A-Z]{3}")) throw row.error("country must be an ISO alpha-3 code");
            Set<String> flags = new HashSet<>();
            for (String f : row.cell(3).split(",")) {
                if (f.isBlank()) continue;
                boolean officialIn = f.strip().matches("official-in:[A-Z]{3}");
                if (!officialIn && !Set.of("qualified", "context", "portfolio", "full-name", "female", "male", "rank", "sole", "sent", POSSESSED).contains(f.strip())) {
                    throw row.error("flag must be qualified, context, portfolio, full-name, female, male, rank, sole, sent, possessed or official-in:ISO3, not '" + f + "'");
                }
                flags.add(f.strip());
            }
            titles.add(new Title(words(row.cell(0)), row.cell(0), role, country, Set.copyOf(flags)));
        }
        List<StateBody> bodies = new ArrayList<>();
        for (Tables.Row row : Tables.read(source, "lexicon/state-bodies.tsv")) {
            if (!row.cell(1).matches("[A-Z]{3}")) throw row.error("country must be an ISO alpha-3 code");
            bodies.add(new StateBody(row.cell(0), DG.COUNTRY_NS + row.cell(1), row.cell(2)));
        }
        List<OfficeVerb> verbs = new ArrayList<>();
        List<List<String>> headPhrases = new ArrayList<>();
        Set<String> recallVerbs = new HashSet<>();
        for (Tables.Row row : Tables.read(source, "lexicon/office-verbs.tsv")) {
            if (row.cell(1).equals("head")) headPhrases.add(words(row.cell(0)));
            else if (row.cell(1).equals("recall")) recallVerbs.add(row.cell(0).strip().toLowerCase(Locale.ROOT));
            else if (row.cell(1).isEmpty()) verbs.add(new OfficeVerb(words(row.cell(0))));
            else throw row.error("the second column is 'head', 'recall' or empty");
        }
        List<Anaphor> anaphors = new ArrayList<>();
        for (Tables.Row row : Tables.read(source, "lexicon/anaphors.tsv")) {
            EntityType type = switch (row.cell(1)) {
                // (a subject pair's type is that of the pair it refers to; the person type stands in)
                case "person", "spouse", "subject-pair", "clause-opener", "not-a-party" -> EntityType.PERSON;
                case "country", "dateline", "own-state", "speaker-state" -> EntityType.COUNTRY;
                case "territory" -> EntityType.TERRITORY;
                default -> throw row.error("type must be person, country, territory, dateline, spouse, own-state, speaker-state, subject-pair, clause-opener or not-a-party");
            };
            Refers refers = switch (row.cell(1)) {
                case "dateline" -> Refers.DATELINE;
                case "spouse" -> Refers.SPOUSE;
                case "own-state" -> Refers.OWN_STATE;
                case "speaker-state" -> Refers.SPEAKER_STATE;
                case "subject-pair" -> Refers.SUBJECT_PAIR;
                case "clause-opener" -> Refers.CLAUSE_OPENER;
                case "not-a-party" -> Refers.NOT_A_PARTY;
                default -> Refers.NAMED_BEFORE;
            };
            TitleRole holders = switch (row.cell(3)) {
                case "" -> null;
                case "leader" -> TitleRole.LEADER;
                case "official" -> TitleRole.OFFICIAL;
                default -> throw row.error("holders must be leader or official, not '" + row.cell(3) + "'");
            };
            anaphors.add(new Anaphor(words(row.cell(0)), type, Integer.parseInt(row.cell(2)), refers, holders));
        }
        Set<String> modifiers = new HashSet<>();
        Set<String> past = new HashSet<>();
        for (Tables.Row row : Tables.read(source, "lexicon/title-modifiers.tsv")) {
            String word = row.cell(0).toLowerCase(Locale.ROOT);
            modifiers.add(word);
            if (row.cell(1).equals("past")) past.add(word);
            else if (!row.cell(1).isEmpty()) throw row.error("the second column may only say past, not '" + row.cell(1) + "'");
        }
        Lexicon lexicon = new Lexicon(titles, column(source, "lexicon/not-names.tsv"), column(source, "lexicon/given-names.tsv"),
                column(source, "lexicon/name-particles.tsv"), anaphors, bodies,
                lowerColumn(source, "lexicon/institution-words.tsv"), modifiers, verbs);
        lexicon.territoryCues = TerritoryCues.load(source);
        lexicon.organisationWords = Set.copyOf(column(source, "lexicon/organisation-words.tsv"));
        lexicon.documentWords = Set.copyOf(lowerColumn(source, "lexicon/document-words.tsv"));
        lexicon.peopleMarkers = Set.copyOf(lowerColumn(source, "lexicon/people-markers.tsv"));
        lexicon.notStates = List.copyOf(column(source, "lexicon/not-states.tsv"));
        Map<String, String> forms = new HashMap<>();
        for (Tables.Row row : Tables.read(source, "lexicon/given-name-forms.tsv")) {
            for (String form : row.cells()) {
                if (form.isBlank()) continue;
                if (forms.putIfAbsent(form.strip(), row.cell(0)) != null) throw row.error("'" + form + "' is on another row too");
            }
        }
        lexicon.givenNameForms = Map.copyOf(forms);
        lexicon.femaleGivenNames = Set.copyOf(column(source, "lexicon/female-given-names.tsv"));
        lexicon.commonWordGivenNames = Set.copyOf(column(source, "lexicon/given-names-common-words.tsv"));
        lexicon.pastModifiers = Set.copyOf(past);
        lexicon.headPhrases = List.copyOf(headPhrases);
        lexicon.recallVerbs = Set.copyOf(recallVerbs);
        Set<String> inflections = new HashSet<>();
        for (Tables.Row row : Tables.read(source, "lexicon/irregular-forms.tsv")) {
            if (!row.cell(0).equals(row.cell(1))) inflections.add(row.cell(0));
        }
        lexicon.irregularInflections = Set.copyOf(inflections);
        lexicon.functionWords = Set.copyOf(lowerColumn(source, "lexicon/english-function-words.tsv"));
        return lexicon;
    }

    private static Set<String> column(KnowledgeSource source, String path) throws IOException {
        Set<String> out = new HashSet<>();
        for (Tables.Row row : Tables.read(source, path)) out.add(row.cell(0));
        return out;
    }

    private static Set<String> lowerColumn(KnowledgeSource source, String path) throws IOException {
        Set<String> out = new HashSet<>();
        for (String w : column(source, path)) out.add(w.toLowerCase(Locale.ROOT));
        return out;
    }

    /** The leading letters and digits of a phrase, lower-cased: the key its first token is looked up by. */
    public static String firstWord(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < lower.length() && Character.isLetterOrDigit(lower.charAt(end))) end++;
        return lower.substring(0, end);
    }

    static List<String> words(String phrase) {
        return List.of(phrase.toLowerCase(Locale.ROOT).split("\\s+"));
    }

    /** State bodies whose name starts with the letters of {@code lowerWord}, longest first. */
    public List<StateBody> bodiesStartingWith(String lowerWord) {
        return bodiesByFirstLetters.getOrDefault(lowerWord, List.of());
    }

    /** Lower-case words naming a part of a state between its country and a title: "army", "parliament". */
    public boolean isInstitutionWord(String lowerWord) { return institutionWords.contains(lowerWord); }

    /** Lower-case words that may stand between a determiner or country and a title: "former", "first", "then". */
    /** A title modifier of the past ("former", "then", "late": rows marked past): the office was held before. */
    public boolean isPastModifier(String lowerWord) { return pastModifiers.contains(lowerWord); }

    /** Whether the word is a verb's past form by its ending or the irregular-forms list ("agreed", "met"). */
    public boolean isPastForm(String lowerWord) {
        return lowerWord.endsWith("ed") || irregularInflections.contains(lowerWord) && !lowerWord.endsWith("s");
    }

    public boolean isTitleModifier(String lowerWord) {
        return titleModifiers.contains(lowerWord) || ORDINAL.matcher(lowerWord).matches();
    }

    /** "21st", "3rd": compiled once, since String.matches compiles its pattern on every call. */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(st|nd|rd|th)");

    /** Verb phrases putting a person in an office, longest first. */
    public List<OfficeVerb> officeVerbs() { return officeVerbs; }

    /** Passives that put a person at the head of a body named before them ("led by", "headed by"): office-verbs.tsv rows marked head. */
    public List<List<String>> headPhrases() { return headPhrases; }

    /** Verb forms by which a state calls its own envoy home ("recalled", "withdrew"): office-verbs.tsv "recall" rows. */
    public boolean isRecallVerb(String lowerWord) { return recallVerbs.contains(lowerWord); }

    /** Titles whose first word (its leading letters) is {@code lowerWord}, longest first. */
    public List<Title> titlesStartingWith(String lowerWord) {
        return titlesByFirstWord.getOrDefault(lowerWord, List.of());
    }

    /** The title written exactly so, ignoring case ("british chancellor" is not one; "chancellor" is), or null. */
    public Title title(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Title t : titlesStartingWith(firstWord(lower))) if (t.lowerText().equals(lower)) return t;
        return null;
    }

    /** Whether the title is a leader's that names another office in some state ("Chancellor"). */
    public boolean titleNamesAnotherOffice(String text) {
        Title t = title(text);
        return t != null && t.namesAnotherOffice();
    }

    /** True for a word of some title, in lower case: "minister", "president", "mr". */
    public boolean isTitleWord(String lowerWord) { return titleWords.contains(lowerWord); }

    /** Capitalised words that never name a person: months, weekdays, organisations' head words, ... */
    public boolean isNotName(String word) { return notNames.contains(word); }

    public boolean isGivenName(String word) { return givenNames.contains(word); }

    /** A given name that is also a common English word ("Frank"): it opens a name only inside a sentence, after a lower-case word. */
    public boolean isCommonWordGivenName(String word) { return commonWordGivenNames.contains(word); }

    /** Whether two given names are one name in two forms ("Dick", "Richard"; "Viktor", "Victor"), or the same. */
    public boolean sameGivenName(String a, String b) {
        if (a.equalsIgnoreCase(b)) return true;
        String first = givenNameForms.get(a);
        return first != null && first.equals(givenNameForms.get(b));
    }

    /**
     * The gender a person's name and title show: the title's ("Mrs", "King"), else a woman's when the
     * name opens with a given name of lexicon/female-given-names.tsv; null when neither tells.
     */
    public Gender gender(String name, String titleText) {
        Title title = titleText == null ? null : title(titleText);
        if (title != null && title.gender() != null) return title.gender();
        int space = name.indexOf(' ');
        return space > 0 && femaleGivenNames.contains(name.substring(0, space)) ? Gender.FEMALE : null;
    }

    /** Lower-case words inside names: "bin", "von", "der", "al". */
    public boolean isParticle(String word) { return particles.contains(word); }

    public List<Anaphor> anaphors() { return anaphors; }

    /** Whether a person named right after this lower-case word is a host or go-between ("read out by X"), not one of a pair. */
    public boolean isNotAPartyWord(String lowerWord) { return notAPartyWords.contains(lowerWord); }

    public TerritoryCues territoryCues() { return territoryCues; }

    /** Place names that contain a state's name without naming the state ("North America", "New Mexico"). */
    public List<String> notStates() { return notStates; }

    /** True for a word that ends an organisation's name ("Inc", "Industries"): the words before it name no person. */
    public boolean isOrganisationWord(String word) { return organisationWords.contains(word); }

    /** The commonest words of English news ("the", "said"), which never name a portfolio (lexicon/english-function-words.tsv). */
    public boolean isFunctionWord(String lowerWord) { return functionWords.contains(lowerWord); }

    /** A one-word anaphor of type dateline ("here"): lexicon/anaphors.tsv. */
    public boolean isDatelineWord(String lowerWord) { return datelineWords.contains(lowerWord); }

    /** A noun a city's name qualifies as the name of an agreement ("the Berne agreement"): lexicon/document-words.tsv. */
    public boolean isDocumentWord(String lowerWord) { return documentWords.contains(lowerWord); }

    /** A word that makes the country's adjective after it name a people ("ethnic Albanians"): lexicon/people-markers.tsv. */
    public boolean isPeopleMarker(String lowerWord) { return peopleMarkers.contains(lowerWord); }

    public Set<String> notNames() { return notNames; }
}
