package org.diplograph.mention;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.MentionKind;
import org.diplograph.knowledge.TerritoryCues;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.Sentence;

/** Small helpers over mention lists. */
public final class Mentions {

    /** Quotation marks as the tokenizer gives them. */
    private static final java.util.Set<String> QUOTATION_MARKS = java.util.Set.of("\"", "\u201c", "\u201d", "''", "``");

    public static boolean isQuotationMark(String token) { return QUOTATION_MARKS.contains(token); }

    /** How many words (a determiner, adjectives, a demonym) may open a predicate before its place noun. */
    private static final int PREDICATE_REACH = 4;

    /**
     * Whether the words from token k are a form of "be" (after any auxiliaries) and a predicate only a place takes,
     * with no verb between: "[they] are Japanese territory", "[it] is an inherent part of", "[it] has always been
     * Moroccan land" (the place-predicate rows of lexicon/territory-cues.tsv).
     */
    public static boolean placePredicateAfter(Sentence s, int k, TerritoryCues cues) {
        boolean be = false;
        while (k < s.size() && cues.isAuxiliary(s.token(k).lower())) be |= cues.isPassiveAuxiliary(s.token(k++).lower());
        if (!be) return false;
        for (int j = k; j < s.size() && j <= k + PREDICATE_REACH; j++) {
            String next = j + 1 < s.size() ? s.token(j + 1).lower() : "";
            if (cues.isPlacePredicate(s.token(j).lower(), next)) return true;
            if (s.token(j).pos().startsWith("VERB") || s.token(j).pos().startsWith("PUNCT")) return false;
        }
        return false;
    }

    /**
     * The quotation token i stands in, as [opening mark, closing mark] token indices of its sentence (-1 where the
     * quotation opened in an earlier sentence or closes in a later one), or null outside quotations: inside after an
     * odd number of marks before it, or, with none before, before a mark that closes ('our territory," he said').
     */
    public static int[] quotationAround(Sentence s, int i) {
        int open = -1;
        int before = 0;
        for (int k = 0; k < i; k++) {
            if (isQuotationMark(s.token(k).text())) { before++; open = k; }
        }
        int close = -1;
        for (int k = i + 1; k < s.size(); k++) {
            if (isQuotationMark(s.token(k).text())) { close = k; break; }
        }
        if (before % 2 == 1) return new int[] {open, close};
        return before == 0 && closesSpokenWords(s, close) ? new int[] {-1, close} : null;
    }

    /** Punctuation that ends spoken words before their closing mark ('our territory," he said'). */
    private static final java.util.Set<String> SPOKEN_ENDS = java.util.Set.of(",", ".", "!", "?");

    /** Whether the quotation mark at token k closes spoken words: a comma or a full stop stands before it. */
    public static boolean closesSpokenWords(Sentence s, int k) {
        return k > 0 && k < s.size() && SPOKEN_ENDS.contains(s.token(k - 1).text());
    }

    public static boolean insideQuotation(Sentence s, int i) { return quotationAround(s, i) != null; }
    private Mentions() {}

    public static final Comparator<Mention> BY_POSITION =
            Comparator.comparingInt(Mention::begin).thenComparing(Comparator.comparingInt(Mention::end).reversed());

    /** True if any mention in the list covers the character offset. */
    static boolean covers(List<Mention> mentions, int sentence, int offset) {
        for (Mention m : mentions) if (m.sentence() == sentence && m.begin() <= offset && offset < m.end()) return true;
        return false;
    }

    /**
     * The first mention of the sentence where it is a state's name or capital that opens the sentence as its
     * subject (at most a determiner before it: "The Philippines said") and is no dateline ({@link
     * Datelines#isDateline}: "JAKARTA -", "Jakarta, May 2 -"), or null.
     */
    public static Mention openingSubjectState(AnnotatedText doc, int sentence, List<Mention> mentions) {
        if (doc == null || sentence < 0) return null;
        Mention first = null;
        for (Mention m : mentions) {
            if (m.sentence() == sentence && (first == null || m.tokenStart() < first.tokenStart())) first = m;
        }
        if (first == null || first.type() != EntityType.COUNTRY || Mention.DATELINE.equals(first.rule())) return null;
        if (first.kind() != MentionKind.NAME && first.kind() != MentionKind.CAPITAL) return null;
        Sentence s = doc.sentences().get(sentence);
        if (first.tokenStart() > 1 || first.tokenStart() == 1 && !s.token(0).pos().equals("DET")) return null;
        return Datelines.isDateline(doc, first) ? null : first;
    }

    /**
     * Whether token {@code k} lies in an aside that a comma right at {@code from} opens and the next comma closes
     * ("Turkey, a close ally of Azerbaijan, welcomed": Azerbaijan is inside the aside after Turkey).
     */
    public static boolean insideCommaAside(Sentence s, int from, int k) {
        if (from >= s.size() || !s.token(from).text().equals(",") || k <= from) return false;
        for (int t = from + 1; t < k; t++) if (s.token(t).text().equals(",")) return false;
        for (int t = k; t < s.size(); t++) if (s.token(t).text().equals(",")) return true;
        return false;
    }

    /**
     * Whether m stands in a relative clause opened after a comma by one of the relative pronouns (", who ...",
     * ", whose ...") whose closing comma comes before the character offset {@code before} in m's sentence:
     * "Albares, who accompanied Sanchez, held talks with his counterpart".
     */
    public static boolean insideClosedRelativeClause(Sentence s, Mention m, int before, Predicate<String> relativePronoun) {
        boolean opened = false;
        for (int k = m.tokenStart() - 1; k >= 1; k--) {
            if (s.token(k - 1).text().equals(",")) {
                opened = relativePronoun.test(s.token(k).lower());
                break;
            }
        }
        if (!opened) return false;
        for (int k = m.tokenEnd(); k < s.size() && s.token(k).begin() < before; k++) {
            if (s.token(k).text().equals(",")) return true;
        }
        return false;
    }

    /** The most words a state's name after "of" may have ("of Saudi Arabia"). */
    private static final int STATE_NAME_WORDS = 3;

    /**
     * Whether first and second, in that order in sentence s, are its subject pair: "and" right after first, second
     * (with its title) right after "and", and no verb before second ("Ethiopian Prime Minister Abiy Ahmed and
     * Eritrean President Isaias Afwerki declared"). The words are checked before any tag is read.
     */
    public static boolean joinedSubjectPair(Sentence s, Mention first, Mention second) {
        int and = first.tokenEnd();
        // "Foreign Ministers Dante Caputo of Argentina and Jaime del Valle of Chile": the first one's state after the name
        if (and + 1 < s.size() && s.token(and).lower().equals("of")) {
            int k = and + 1;
            while (k < s.size() && k <= and + STATE_NAME_WORDS && Character.isUpperCase(s.token(k).text().charAt(0))) k++;
            if (k > and + 1) and = k;
        }
        // (the second's title may be a plural one before the first: "Foreign Ministers A of X and B of Y")
        if (and + 1 >= s.size() || !s.token(and).lower().equals("and")
                || s.token(and + 1).begin() > second.titleBegin() && s.token(and + 1).begin() != second.begin()) return false;
        // (the second's title is no verb: "Thailand's acting Prime Minister X")
        for (int k = 0; k < s.size() && s.token(k).begin() < Math.min(second.begin(), second.titleBegin()); k++) {
            if (s.token(k).pos().startsWith("VERB")) return false;
        }
        return true;
    }

    /**
     * The state a sentence opens with as the subject of its verb ("China has held the Paracels since 1974", "Guatemala argues",
     * "BEIJING - China said ..."): its first mention after any dateline, a state by its name or capital, right
     * before a verb or auxiliary; or null.
     */
    public static Mention subjectState(AnnotatedText doc, List<Mention> sentenceMentions, java.util.function.Predicate<String> speechVerb) {
        Mention first = openingMention(doc, sentenceMentions);
        if (first == null || !isStateByName(first)) return null;
        Sentence s = doc.sentences().get(first.sentence());
        String pos = s.token(first.tokenEnd()).pos();
        // (a verb of saying the tagger reads as a plural noun after a name: "Guatemala argues that")
        return pos.startsWith("AUX") || pos.startsWith("VERB") || speechVerb.test(s.token(first.tokenEnd()).lower()) ? first : null;
    }

    /**
     * Whether a sentence's first mention after any dateline is a state by its name or capital, with a word after it:
     * what {@link #subjectState} needs before it reads a tag (tagging is paid per sentence).
     */
    public static boolean opensWithState(AnnotatedText doc, List<Mention> sentenceMentions) {
        Mention first = openingMention(doc, sentenceMentions);
        return first != null && isStateByName(first);
    }

    /** A state by its name or its capital, not by an adjective or a pronoun. */
    public static boolean isStateByName(Mention m) {
        return m.type() == EntityType.COUNTRY && (m.kind() == MentionKind.NAME || m.kind() == MentionKind.CAPITAL);
    }

    /** A sentence's first mention other than an anaphor or its dateline, with a word after it; or null. */
    private static Mention openingMention(AnnotatedText doc, List<Mention> sentenceMentions) {
        if (sentenceMentions.isEmpty()) return null;
        Sentence s = doc.sentences().get(sentenceMentions.get(0).sentence());
        Mention first = null;
        for (Mention m : sentenceMentions) {
            if (m.kind() == MentionKind.ANAPHOR || Datelines.isDateline(doc, m)) continue;
            if (first == null || m.tokenStart() < first.tokenStart()) first = m;
        }
        return first == null || first.tokenEnd() >= s.size() ? null : first;
    }

}
