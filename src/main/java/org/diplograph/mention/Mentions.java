package org.diplograph.mention;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.diplograph.nlp.Sentence;

/** Small helpers over mention lists. */
public final class Mentions {
    private Mentions() {}

    public static final Comparator<Mention> BY_POSITION =
            Comparator.comparingInt(Mention::begin).thenComparing(Comparator.comparingInt(Mention::end).reversed());

    /** True if any mention in the list covers the character offset. */
    static boolean covers(List<Mention> mentions, int sentence, int offset) {
        for (Mention m : mentions) if (m.sentence() == sentence && m.begin() <= offset && offset < m.end()) return true;
        return false;
    }

    /**
     * Whether m, a state's name or capital, opens its sentence as the subject: at most a determiner before it
     * ("The Philippines said"), and no dateline ("JAKARTA -", "Jakarta, May 2", "JAKARTA (Reuters)").
     */
    public static boolean opensAsSubjectState(Sentence s, Mention m) {
        if (m.type() != org.diplograph.knowledge.EntityType.COUNTRY || Mention.DATELINE.equals(m.rule())) return false;
        if (m.kind() != org.diplograph.knowledge.MentionKind.NAME && m.kind() != org.diplograph.knowledge.MentionKind.CAPITAL) return false;
        if (m.tokenStart() > 1 || m.tokenStart() == 1 && !s.token(0).pos().equals("DET")) return false;
        if (m.text().equals(m.text().toUpperCase(java.util.Locale.ROOT))) return false;
        if (m.tokenEnd() >= s.size()) return false;
        // a dateline opens the story ("Jakarta, May 2 -"); later, a comma after the name opens a clause about it
        // ("Indonesia, which then chaired ASEAN, stepped in")
        if (s.index() > 1) return true;
        String next = s.token(m.tokenEnd()).text();
        return !(next.equals(",") || next.equals("-") || next.equals("(") || next.equals("\u2014") || next.equals("\u2013") || next.equals("--"));
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

    /**
     * Whether first and second, in that order in sentence s, are its subject pair: "and" right after first, second
     * (with its title) right after "and", and no verb before second ("Ethiopian Prime Minister Abiy Ahmed and
     * Eritrean President Isaias Afwerki declared"). The words are checked before any tag is read.
     */
    public static boolean joinedSubjectPair(Sentence s, Mention first, Mention second) {
        int and = first.tokenEnd();
        if (and + 1 >= s.size() || !s.token(and).lower().equals("and") || s.token(and + 1).begin() > second.titleBegin()) return false;
        for (int k = 0; k < s.size() && s.token(k).begin() < second.begin(); k++) {
            if (s.token(k).pos().startsWith("VERB")) return false;
        }
        return true;
    }
}
