package org.diplograph.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplograph.knowledge.EntityType;

/**
 * A relation pattern from {@code ontology/rules/relations.tsv}: a sequence of elements matched
 * over the tokens of one sentence.
 * <pre>
 *   S:PER  O:PLACE     an entity slot (PER, CTRY, TERR, PLACE = CTRY or TERR); a slot takes one
 *                      mention or a coordination of them ("Japan and Russia") and distributes
 *   X:PLACE            an entity that must be there but is no argument
 *   PAIR:PER           two or more entities of a type, from coordination or "the two leaders";
 *                      the fact holds between each two of them
 *   {@literal @}meet   any token whose lemma is in the word class "meet" (rules/word-classes.tsv)
 *   with|alongside     one token with one of these texts (lower-cased)
 *   ?the               an optional literal
 *   ...                a gap of up to 8 tokens that crosses no entity of a neighbouring slot's type
 *   ..3                the same gap, of up to 3 tokens (any digit)
 * </pre>
 * A pattern has one S and one O slot, or one PAIR slot, or only an O slot: then the subject is
 * the article's main state (for relations between states only), as in "amid a row with Beijing".
 * <pre>
 * </pre>
 */
public record Pattern(List<Element> elements, Set<String> requiredClasses) {

    public Pattern(List<Element> elements) {
        this(elements, elements.stream().filter(e -> e instanceof WordClass wc && !wc.optional()).map(e -> ((WordClass) e).name())
                .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    public sealed interface Element permits Slot, WordClass, Literal, Gap {}

    /** What an entity slot stands for in the fact. */
    public enum SlotRole {
        /** the subject */ S,
        /** the object */ O,
        /** two or more entities; the fact holds between each two */ PAIR,
        /** an entity that must be there but is no argument */ X
    }

    /** An entity slot. */
    public record Slot(SlotRole role, Set<EntityType> types) implements Element {}

    /**
     * A word class. A trigger class of one part of speech ({@code claims_verb}, {@code claims_noun})
     * only matches a token whose tag fits, so that "air travel in India" is no journey and "Meet
     * the Parents" (a film title) no meeting. Tagging is least reliable in headline style ("Abe
     * visits Moscow"), so a verb may also be a word tagged as a noun that no determiner, adjective,
     * number or noun precedes; a capitalised first word may be a noun the tagger took for a name.
     */
    public record WordClass(String name, Set<String> lemmas, boolean optional) implements Element {
        /** Whether a phrase right before this class may modify it: a noun, participle or adjective class, never a verb's. */
        public boolean modifiable() {
            return name.endsWith("_noun") || name.endsWith("_participle") || name.endsWith("_adj");
        }

        /** Tags after which a word the tagger calls a noun is one ("air travel", "a visit", "by phone"). */
        private static final Set<String> NOT_BEFORE_A_VERB = Set.of("DET", "ADJ", "NUM", "ADP");

        /**
         * Whether a token tagged {@code upos} (the first of its sentence or not), after one tagged
         * {@code previous}, may be of this class; {@code word} is the token lower-cased.
         */
        public boolean fitsTag(String upos, String previous, boolean sentenceStart, String word) {
            if (name.endsWith("_verb")) {
                if (upos.equals("PROPN")) return false;
                if (!upos.equals("NOUN")) return true; // the tagger often calls a past tense an adjective ("flew/ADJ")
                // headline style: "Abe visits Moscow", "Kinmen, which Taiwan still governs" tagged as nouns;
                // but "air travel", "a visit" are nouns
                if (NOT_BEFORE_A_VERB.contains(previous)) return false;
                return !previous.equals("NOUN") || !lemmas.contains(word);
            }
            // a noun trigger is the word itself, never another form of a verb tagged as one ("called for" is no "call")
            if (name.endsWith("_noun") && (upos.equals("VERB") || upos.equals("AUX")) && !lemmas.contains(word)) return false;
            // nor a bare verb after the infinitive's "to" ("had begun to deal seriously with Canada"; "agreed
            // to talks with" is the preposition and a plural noun)
            if (name.endsWith("_noun") && upos.equals("VERB") && previous.equals("PART") && !word.endsWith("s")) return false;
            // a capitalised noun right after a name may head that name's compound ("the Iran-Iraq War", "the
            // U.S.-Japan Security Treaty"); elsewhere a proper noun is part of another name ("the Peace Hotel")
            if (name.endsWith("_noun") && upos.equals("PROPN") && previous.equals("PROPN")) return true;
            // a participle is no noun: "angered by last month's visit to Sudan by Erdogan" is no passive of "visit"
            if (name.endsWith("_participle") && upos.equals("NOUN")) return false;
            if (name.endsWith("_noun") || name.endsWith("_participle")) return !upos.equals("PROPN") || sentenceStart;
            return true;
        }
    }

    public record Literal(Set<String> words, boolean optional) implements Element {}

    public record Gap(int max) implements Element {}

    public static final int GAP = 8;

    /** Whether the subject is left implicit: the article's main state. */
    public boolean implicitSubject() {
        return elements.stream().noneMatch(e -> e instanceof Slot s && (s.role() == SlotRole.S || s.role() == SlotRole.PAIR));
    }

    private static final Map<String, Set<EntityType>> TYPES = Map.of(
            "PER", Set.of(EntityType.PERSON),
            "CTRY", Set.of(EntityType.COUNTRY),
            "TERR", Set.of(EntityType.TERRITORY),
            "PLACE", Set.of(EntityType.COUNTRY, EntityType.TERRITORY),
            "STATE", Set.of(EntityType.COUNTRY, EntityType.PERSON));

    /** Parses the pattern text; word classes are looked up in {@code classes}. */
    public static Pattern parse(String text, Map<String, Set<String>> classes) {
        List<Element> elements = new ArrayList<>();
        for (String part : text.trim().split("\\s+")) {
            if (part.equals("...")) {
                elements.add(new Gap(GAP));
            } else if (part.matches("\\.\\.[0-9]")) {
                elements.add(new Gap(part.charAt(2) - '0'));
            } else if (part.startsWith("..")) {
                // ("..10" would otherwise be read as a literal word nothing matches)
                throw new IllegalArgumentException("a gap is written ... or ..N with one digit, not " + part);
            } else if (part.startsWith("@") || part.startsWith("?@")) {
                boolean optional = part.startsWith("?");
                String name = part.substring(optional ? 2 : 1);
                Set<String> lemmas = classes.get(name);
                if (lemmas == null) throw new IllegalArgumentException("unknown word class @" + name);
                elements.add(new WordClass(name, lemmas, optional));
            } else if (part.matches("(S|O|PAIR|X):[A-Z]+")) {
                String[] rt = part.split(":");
                Set<EntityType> types = TYPES.get(rt[1]);
                if (types == null) throw new IllegalArgumentException("unknown slot type " + rt[1] + " in " + part);
                elements.add(new Slot(SlotRole.valueOf(rt[0]), types));
            } else {
                boolean optional = part.startsWith("?") && part.length() > 1;
                String words = optional ? part.substring(1) : part;
                // "a|@be" would match the literal text "@be": a class cannot be one of several alternatives
                if (words.contains("|@")) throw new IllegalArgumentException("a word class cannot be an alternative of a literal: " + part);
                elements.add(new Literal(Set.copyOf(List.of(words.toLowerCase(Locale.ROOT).split("\\|"))), optional));
            }
        }
        long subjects = elements.stream().filter(e -> e instanceof Slot s && s.role() == SlotRole.S).count();
        long objects = elements.stream().filter(e -> e instanceof Slot s && s.role() == SlotRole.O).count();
        long pairs = elements.stream().filter(e -> e instanceof Slot s && s.role() == SlotRole.PAIR).count();
        // with no S slot, the subject is the article's main state ("amid a row with Beijing")
        boolean valid = (subjects <= 1 && objects == 1 && pairs == 0) || (subjects == 0 && objects == 0 && pairs == 1);
        if (!valid) throw new IllegalArgumentException("a pattern needs one O slot and at most one S slot, or one PAIR slot: " + text);
        if (elements.get(0) instanceof Gap || elements.get(elements.size() - 1) instanceof Gap) {
            throw new IllegalArgumentException("a pattern may not start or end with a gap: " + text);
        }
        return new Pattern(List.copyOf(elements));
    }
}
