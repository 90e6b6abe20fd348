package org.diplograph.mention;

import org.diplograph.knowledge.MentionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.Lexicon;
import org.diplograph.knowledge.TerritoryCues;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/**
 * Marks phrases that refer back to entities named before: person pronouns ("he", "she", "his") and the
 * pair phrases of {@code ontology/lexicon/anaphors.tsv} ("the two leaders", "both countries");
 * a "*" in a phrase stands for one adjective.
 * Linking decides what they refer to.
 */
final class AnaphorFinder implements MentionFinder {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "his");

    private final Lexicon lexicon;

    AnaphorFinder(Lexicon lexicon) { this.lexicon = lexicon; }

    @Override
    public List<Mention> find(AnnotatedText doc, List<Mention> earlier) {
        List<Mention> out = new ArrayList<>(earlier);
        for (Sentence s : doc.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (PersonMentionFinder.covered(out, s, i)) continue;
                Lexicon.Anaphor a = anaphorAt(s, i);
                if (a != null) {
                    int end = i + a.words().size();
                    out.add(anaphor(s, i, end, a.type(), "anaphor:" + (a.count() == 2 ? "pair" : "single")));
                    i = end - 1;
                } else if (PERSON_PRONOUNS.contains(s.token(i).lower())) {
                    out.add(anaphor(s, i, i + 1, EntityType.PERSON, "anaphor:pronoun"));
                } else if (placePronoun(doc, s, i, out) != null) {
                    out.add(anaphor(s, i, i + 1, EntityType.TERRITORY, "anaphor:place-" + placePronoun(doc, s, i, out)));
                }
            }
        }
        out.sort(Mentions.BY_POSITION);
        return out;
    }

    /**
     * "it", "them", "they" where a territory may be meant: as the object of a verb ("Britain has
     * governed them") or the subject of a passive ("it was annexed in 2014"), with a place of the same
     * number named in this or the previous sentence and no common noun of that number between
     * ("built artificial islands and militarized them"). Returns "singular" or "plural", or null.
     * Linking decides whether the place is a territory.
     */
    private String placePronoun(AnnotatedText doc, Sentence s, int i, List<Mention> mentions) {
        TerritoryCues cues = lexicon.territoryCues();
        String word = s.token(i).lower();
        Boolean plural = cues.pronounIsPlural(word);
        if (plural == null) return null;
        // "said it was": a pronoun before a verb is the subject of a clause, not an object
        boolean nextIsVerb = i + 1 < s.size() && (s.token(i + 1).pos().startsWith("VERB") || s.token(i + 1).pos().startsWith("AUX"));
        boolean object = cues.pronounMayBeObject(word) && i > 0 && s.token(i - 1).pos().startsWith("VERB") && !nextIsVerb;
        boolean passive = false;
        if (!object && cues.pronounMayBeSubject(word)) {
            int k = i + 1;
            boolean be = false;
            while (k < s.size() && cues.isAuxiliary(s.token(k).lower())) {
                be |= s.lemma(k).equals("be");
                k++;
            }
            passive = be && k < s.size() && s.token(k).pos().startsWith("VERB") && s.token(k).lower().matches(".*(ed|en|wn)");
        }
        if (!object && !passive) return null;
        return antecedentWithoutNounBetween(doc, s, i, plural, mentions) ? (plural ? "plural" : "singular") : null;
    }

    /** A place named in this or the previous sentence, of the pronoun's number, with no common noun of that number after it. */
    private static boolean antecedentWithoutNounBetween(AnnotatedText doc, Sentence s, int i, boolean plural, List<Mention> mentions) {
        Mention nearest = null;
        for (Mention m : mentions) {
            if (m.sentence() < s.index() - 1 || m.begin() >= s.token(i).begin() || m.type() == EntityType.PERSON) continue;
            if (m.kind() == MentionKind.ANAPHOR || m.kind() == MentionKind.DEMONYM || m.kind() == MentionKind.COMBINING_FORM) continue;
            if (pluralWord(m.text()) == plural && (nearest == null || m.begin() > nearest.begin())) nearest = m;
        }
        if (nearest == null) return false;
        for (int si = nearest.sentence(); si <= s.index(); si++) {
            for (Token t : doc.sentences().get(si).tokens()) {
                if (t.begin() < nearest.end() || t.begin() >= s.token(i).begin()) continue;
                if (t.pos().startsWith("NOUN") && pluralWord(t.text()) == plural
                        && !PersonMentionFinder.covered(mentions, doc.sentences().get(si), t.index())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "Falklands", "Kuril Islands", "Heights": ends like an English plural. */
    static boolean pluralWord(String text) {
        String w = text.substring(text.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    private Lexicon.Anaphor anaphorAt(Sentence s, int i) {
        for (Lexicon.Anaphor a : lexicon.anaphors()) {
            List<String> words = a.words();
            if (i + words.size() > s.size()) continue;
            boolean match = true;
            for (int w = 0; w < words.size() && match; w++) {
                Token t = s.token(i + w);
                match = words.get(w).equals("*") ? t.pos().startsWith("ADJ") : t.lower().equals(words.get(w));
            }
            if (match) return a;
        }
        return null;
    }

    private static Mention anaphor(Sentence s, int start, int end, EntityType type, String rule) {
        Token first = s.token(start);
        Token last = s.token(end - 1);
        StringBuilder text = new StringBuilder();
        for (int k = start; k < end; k++) text.append(k > start ? " " : "").append(s.token(k).text());
        return Mention.of(s.index(), start, end, first.begin(), last.end(), text.toString(), type,
                MentionKind.ANAPHOR, null, rule);
    }
}
