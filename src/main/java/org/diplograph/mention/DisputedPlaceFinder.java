package org.diplograph.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.Gazetteer;
import org.diplograph.knowledge.ReferenceEntity;
import org.diplograph.knowledge.Lexicon;
import org.diplograph.knowledge.MentionKind;
import org.diplograph.knowledge.TerritoryCues;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/**
 * Finds disputed territories the reference list does not know, from how the article speaks of them:
 * <ul>
 *   <li>a capitalised name and a head noun of {@code ontology/lexicon/territory-cues.tsv}: "the
 *       disputed Xyz area", "the Xyz enclave", "the Xyz islands", "Xyz Valley";</li>
 *   <li>a capitalised name claimed by a country: "Xyz, claimed by Japan", "Xyz, occupied by Russia";</li>
 *   <li>a capitalised name described by an apposition with a head noun: "Xyz, an uninhabited islet in the strait".</li>
 * </ul>
 * A name with a head noun needs a dispute cue ("disputed", "claims", "annexed", ...) in its sentence
 * or the one before or after, so that "the Pacific islands" or a valley in a travel story stays out.
 * The name keeps a head such as "Valley" or "Islands" and drops a descriptive one ("area",
 * "enclave"); its IRI is the reference territory's when the reference knows the name with another
 * head ("Xyz area" for "Xyz territory"), else made from the name. Once found, the same name elsewhere in the article
 * names the same territory.
 */
final class DisputedPlaceFinder implements MentionFinder {
    private static final int MAX_NAME_WORDS = 3;
    private static final String RULE = "context:disputed-place";

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final TerritoryCues cues;

    DisputedPlaceFinder(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.cues = lexicon.territoryCues();
    }

    @Override
    public List<Mention> find(AnnotatedText doc, List<Mention> earlier) {
        List<Mention> out = new ArrayList<>(earlier);
        List<Sentence> sentences = doc.sentences();
        boolean[] cue = new boolean[sentences.size()];
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) if (cues.isCue(t.lower())) cue[s.index()] = true;
        }
        Map<String, Mention> names = new HashMap<>();
        for (Sentence s : sentences) {
            int i = s.index();
            boolean cueNear = cue[i] || i > 0 && cue[i - 1] || i + 1 < cue.length && cue[i + 1];
            for (int k = 0; k < s.size(); k++) {
                Mention m = withHead(doc, s, k, out, cueNear);
                if (m == null) m = claimedBy(doc, s, k, out);
                if (m == null) m = describedAfter(doc, s, k, out, cueNear);
                if (m == null) continue;
                out.add(m);
                names.putIfAbsent(m.text(), m);
                k = m.tokenEnd() - 1;
            }
        }
        if (!names.isEmpty()) out.addAll(again(doc, names, out));
        out.sort(Mentions.BY_POSITION);
        return out;
    }

    /** "[the] [cue] Name head": a name of capitalised words just before a head noun. */
    private Mention withHead(AnnotatedText doc, Sentence s, int k, List<Mention> mentions, boolean cueNear) {
        if (!cueNear || !startsName(s, k, mentions)) return null;
        int end = nameEnd(s, k, mentions);
        if (end == k || end >= s.size()) return null;
        Token headToken = s.token(end);
        TerritoryCues.Head head = cues.head(headToken.lower());
        if (head == null || PersonMentionFinder.covered(mentions, s, end)) return null;
        // "the disputed Himalayan region of Kashmir": the capitalised word describes the place named after "of"
        if (end + 1 < s.size() && s.token(end + 1).lower().equals("of")) return null;
        boolean capitalisedHead = Character.isUpperCase(headToken.text().charAt(0));
        // a lower-case head belongs to the name only after "the" (and any cue adjectives): "the Xyz islands"
        if (!capitalisedHead && !afterDeterminer(s, k, mentions)) return null;
        // "the Xyz region" is any region: only "the disputed Xyz region" is a disputed one
        if (head.cueBefore() && !cueBefore(s, k, mentions)) return null;
        String name = text(doc, s, k, end);
        if (head.keep()) {
            return mention(s, k, end + 1, name + " " + capitalise(headToken.text()), mentions);
        }
        return mention(s, k, end, name, mentions);
    }

    /** "Name, claimed|occupied|... by Country". */
    private Mention claimedBy(AnnotatedText doc, Sentence s, int k, List<Mention> mentions) {
        if (!startsName(s, k, mentions)) return null;
        int end = nameEnd(s, k, mentions);
        if (end == k || end + 3 >= s.size() || !s.token(end).text().equals(",")) return null;
        if (!cues.isCue(s.token(end + 1).lower()) || !s.token(end + 2).lower().equals("by")) return null;
        int by = end + 3;
        if (s.token(by).lower().equals("the") && by + 1 < s.size()) by++;
        Mention country = PersonMentionFinder.mentionStartingAt(mentions, s, by);
        if (country == null || country.type() != EntityType.COUNTRY || country.kind() == MentionKind.DEMONYM) return null;
        return mention(s, k, end, text(doc, s, k, end), mentions);
    }

    /** At most this many lower-case words between "a" and the head noun of an apposition ("an uninhabited rocky islet"). */
    private static final int MAX_APPOSITION_MODIFIERS = 3;

    /**
     * "Name, a|an [lower-case words] head": an apposition that says what kind of place the name is ("Katchatheevu, an
     * uninhabited islet in the Palk Strait, has been administered by Sri Lanka"); the head is only a description, so the
     * name is kept without it. Like a name with a head, it needs a dispute cue near.
     */
    private Mention describedAfter(AnnotatedText doc, Sentence s, int k, List<Mention> mentions, boolean cueNear) {
        if (!cueNear || !startsName(s, k, mentions)) return null;
        int end = nameEnd(s, k, mentions);
        if (end == k || end + 2 >= s.size() || !s.token(end).text().equals(",")) return null;
        int j = end + 1;
        String article = s.token(j).lower();
        if (!article.equals("a") && !article.equals("an")) return null;
        j++;
        for (int w = 0; w < MAX_APPOSITION_MODIFIERS && j < s.size() && cues.head(s.token(j).lower()) == null
                && isLowerCase(s.token(j)); w++) {
            j++;
        }
        if (j >= s.size()) return null;
        TerritoryCues.Head head = cues.head(s.token(j).lower());
        if (head == null || head.cueBefore() || !isLowerCase(s.token(j))) return null;
        // the head ends the noun phrase ("a small island nation" is a state)
        if (j + 1 < s.size() && isLowerCase(s.token(j + 1)) && s.token(j + 1).pos().startsWith("NOUN")) return null;
        return mention(s, k, end, text(doc, s, k, end), mentions);
    }

    private static boolean isLowerCase(Token t) {
        return !t.text().isEmpty() && t.text().chars().allMatch(c -> Character.isLowerCase(c) || c == '-');
    }

    /** The same names again, anywhere in the article. */
    private List<Mention> again(AnnotatedText doc, Map<String, Mention> names, List<Mention> mentions) {
        List<Mention> found = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (int k = 0; k < s.size(); k++) {
                if (PersonMentionFinder.covered(mentions, s, k)) continue;
                for (String name : names.keySet()) {
                    String[] words = name.split(" ");
                    if (k + words.length > s.size()) continue;
                    boolean match = true;
                    for (int w = 0; w < words.length && match; w++) match = s.token(k + w).text().equals(words[w]);
                    if (!match || k + words.length < s.size() && isNameWord(s.token(k + words.length))) continue;
                    if (k > 0 && isNameWord(s.token(k - 1))) continue;
                    found.add(mention(s, k, k + words.length, name, mentions));
                    k += words.length - 1;
                    break;
                }
            }
        }
        return found;
    }

    /** A name starts at k: a capitalised word, not inside a longer run of capitalised words. */
    private boolean startsName(Sentence s, int k, List<Mention> mentions) {
        if (!isNameWord(s.token(k)) || PersonMentionFinder.covered(mentions, s, k)) return false;
        return k == 0 || !isNameWord(s.token(k - 1)) || cues.isCue(s.token(k - 1).lower());
    }

    /** End (exclusive) of the run of up to three capitalised words from k; k if there is none. */
    private int nameEnd(Sentence s, int k, List<Mention> mentions) {
        int end = k;
        while (end < s.size() && end - k < MAX_NAME_WORDS && isNameWord(s.token(end))
                && !PersonMentionFinder.covered(mentions, s, end) && cues.head(s.token(end).lower()) == null) {
            end++;
        }
        // the run must end before the head or comma: a longer run is some other name
        if (end < s.size() && end - k == MAX_NAME_WORDS && isNameWord(s.token(end)) && cues.head(s.token(end).lower()) == null) {
            return k;
        }
        return end;
    }

    private boolean isNameWord(Token t) {
        String w = t.text();
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(w.length() - 1))) return false;
        if (cues.isNotName(w) || lexicon.isNotName(w) || lexicon.isTitleWord(w.toLowerCase(Locale.ROOT))) return false;
        for (int c = 0; c < w.length(); c++) {
            char ch = w.charAt(c);
            if (!Character.isLetter(ch) && ch != '-' && ch != '\'') return false;
        }
        return true;
    }

    /** "the", then any cue adjectives ("the disputed", "the Russian-occupied"), just before k. */
    private boolean afterDeterminer(Sentence s, int k, List<Mention> mentions) {
        int j = k - 1;
        while (j >= 0 && isModifier(s, j, mentions)) j--;
        return j >= 0 && s.token(j).lower().equals("the");
    }

    /** A cue word among the modifiers right before k: "the disputed Xyz", "the Russian-occupied Xyz". */
    private boolean cueBefore(Sentence s, int k, List<Mention> mentions) {
        for (int j = k - 1; j >= 0 && isModifier(s, j, mentions); j--) {
            if (cueWord(s.token(j).lower())) return true;
        }
        return false;
    }

    /** Cue adjectives, hyphens and demonyms of "disputed", "Russian-occupied", "Indian-administered". */
    private boolean isModifier(Sentence s, int j, List<Mention> mentions) {
        Token t = s.token(j);
        if (cueWord(t.lower()) || t.text().equals("-")) return true;
        Mention m = PersonMentionFinder.mentionEndingAt(mentions, s, j + 1);
        return m != null && (m.kind() == MentionKind.DEMONYM || m.kind() == MentionKind.NAME && m.type() == EntityType.COUNTRY)
                && j + 1 < s.size() && (s.token(j + 1).text().equals("-") || s.token(j + 1).text().startsWith("-"));
    }

    /** A cue word, also as the end of a compound ("Russian-occupied"); after a hyphen token, alone ("Russian - held"). */
    private boolean cueWord(String lower) {
        return cues.isCue(lower) || cues.isCue("x-" + lower);
    }

    private static String text(AnnotatedText doc, Sentence s, int from, int to) {
        return doc.plain().substring(s.token(from).begin(), s.token(to - 1).end());
    }

    private static String capitalise(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * A mention of the name. A reference territory it stands for gives the IRI: one the reference
     * knows with another head ("Xyz area" for "Xyz territory"), or one the article names whose name
     * starts with the same word ("the Xyz valley" beside "Xyz Glacier").
     */
    private Mention mention(Sentence s, int start, int end, String name, List<Mention> mentions) {
        ReferenceEntity ref = gazetteer.territoryFor(name);
        String iri = ref != null ? ref.iri() : null;
        EntityType type = ref != null ? ref.type() : EntityType.TERRITORY;
        if (iri == null) {
            String first = name.split("[ -]")[0];
            for (Mention m : mentions) {
                if (m.referenceIri() == null || m.kind() != MentionKind.NAME || first.length() < 4) continue;
                ReferenceEntity known = gazetteer.entity(m.referenceIri());
                if (known != null && known.is(EntityType.TERRITORY) && m.text().split("[ -]")[0].equals(first)) {
                    iri = known.iri();
                    type = m.type();
                    break;
                }
            }
        }
        return Mention.of(s.index(), start, end, s.token(start).begin(), s.token(end - 1).end(), name,
                type, MentionKind.NAME, iri, RULE);
    }
}
