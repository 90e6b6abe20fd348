package org.diplograph.mention;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.MentionKind;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.Sentence;

/** Datelines: the capital that opens a story ("BEIJING, March 3 -"), read by the office phrases and the title extractor. */
public final class Datelines {
    /** "Tokyo, April 17 -": a capital in title case is a dateline when a date and a dash follow it. */
    private static final Pattern DATED_DATELINE = Pattern.compile(",\\s+\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}\\s+[-\u2013\u2014]");

    private Datelines() {}

    /** Whether the mention is a dateline's capital (see {@link #nearest}). */
    public static boolean isDateline(AnnotatedText doc, Mention m) {
        if (m.tokenStart() != 0 || m.type() != EntityType.COUNTRY || m.kind() != MentionKind.CAPITAL) return false;
        String text = doc.plain();
        if (m.begin() > 0 && text.charAt(m.begin() - 1) != '\n') return false;
        Sentence s = doc.sentences().get(m.sentence());
        if (m.tokenEnd() >= s.size()) return false;
        String next = s.token(m.tokenEnd()).text();
        boolean upper = m.text().equals(m.text().toUpperCase(Locale.ROOT));
        boolean dated = DATED_DATELINE.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 20)).lookingAt();
        return next.equals("-") || next.equals("(") || (upper || dated) && (next.equals(",") || next.equals(":"));
    }

    /**
     * "In Peking, the news agency gave a different account": a sentence that opens with "In", a capital
     * or another city of a state and a comma moves the story there, as a dateline does in a digest.
     */
    static boolean isSceneOpener(AnnotatedText doc, Mention m) {
        if (m.tokenStart() != 1 || m.type() != EntityType.COUNTRY
                || m.kind() != MentionKind.CAPITAL && m.kind() != MentionKind.CITY) return false;
        Sentence s = doc.sentences().get(m.sentence());
        return s.token(0).lower().equals("in") && m.tokenEnd() < s.size() && s.token(m.tokenEnd()).text().equals(",");
    }

    /**
     * The nearest dateline at or before the sentence, or a sentence that moves the story to another
     * capital ({@link #isSceneOpener}): a capital at the start of a line, in capitals
     * and followed by "-", "(", "," or ":" ("BEIJING, March 3 -"), or in any case followed by "-" or
     * "(" ("Beijing (Reuters) -"), or in title case followed by a date and a dash. A digest of several
     * stories has several.
     */
    public static Mention nearest(AnnotatedText doc, List<Mention> mentions, int sentence) {
        Mention found = null;
        for (Mention m : mentions) {
            if (m.sentence() > sentence || !isDateline(doc, m) && !isSceneOpener(doc, m)) continue;
            if (found == null || m.begin() > found.begin()) found = m;
        }
        return found;
    }
}
