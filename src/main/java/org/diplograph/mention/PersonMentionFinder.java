package org.diplograph.mention;

import org.diplograph.knowledge.MentionKind;
import org.diplograph.knowledge.TitleRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.Lexicon;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/**
 * Finds people by pattern, after the gazetteer has marked countries, territories and known people:
 * <ul>
 *   <li>a title and a name: "Chinese President Xi Jinping", "Putin's spokesman Dmitry Peskov",
 *       "the acting governor of Sevastopol, Dmitry Ovsyannikov", "Mr Xi";</li>
 *   <li>a name and a title after it: "Zhao Lijian, a Chinese foreign ministry spokesman";</li>
 *   <li>a bare name whose first word is a known given name: "Hu Jintao", "Sergei Karpukhin";</li>
 *   <li>a part of a full name used alone later (or earlier, in a headline): "Abe", "Xi".</li>
 * </ul>
 */
final class PersonMentionFinder implements MentionFinder {
    private static final int MAX_NAME_TOKENS = 5;
    private static final Set<String> TITLE_MODIFIERS = Set.of("former", "then", "acting", "late", "outgoing",
            "incoming", "new", "current", "ex", "interim");

    private final Lexicon lexicon;

    PersonMentionFinder(Lexicon lexicon) { this.lexicon = lexicon; }

    @Override
    public List<Mention> find(AnnotatedText doc, List<Mention> earlier) {
        List<Mention> mentions = new ArrayList<>(earlier);
        for (Sentence s : doc.sentences()) {
            titledNames(s, mentions);
            bareNames(s, mentions);
            titlesAfterNames(s, mentions);
        }
        shortNames(doc, mentions);
        mentions.sort(Mentions.BY_POSITION);
        return mentions;
    }

    /** "[country] TITLE [of country] [,] Name" */
    private void titledNames(Sentence s, List<Mention> mentions) {
        int n = s.size();
        for (int i = 0; i < n; i++) {
            if (covered(mentions, s, i)) continue;
            Lexicon.Title title = titleAt(s, i);
            if (title == null) continue;
            int j = i + title.words().size();
            Mention country = null;
            if (j + 1 < n && s.token(j).lower().equals("of")) {
                Mention m = mentionStartingAt(mentions, s, j + 1);
                if (m != null && m.type() != EntityType.PERSON) {
                    country = m;
                    j = m.tokenEnd();
                }
            }
            if (country == null) country = qualifierBefore(s, mentions, i);
            if (j < n && s.token(j).text().equals(",") && (country != null || isDeterminer(s, i - 1))) j++;
            // "Foreign Minister Mr Garcia-Margallo": a courtesy title may follow the office
            for (Lexicon.Title more = titleAt(s, j); more != null && more.role() == TitleRole.NONE; more = titleAt(s, j)) {
                j += more.words().size();
            }
            int titleBegin = country != null && country.tokenEnd() <= i ? country.begin() : s.token(i).begin();
            Mention person = mentionStartingAt(mentions, s, j);
            if (person != null && person.type() == EntityType.PERSON) {
                if (!person.hasTitle()) {
                    mentions.remove(person);
                    mentions.add(person.withTitle(title.text(), title.role(), titleBegin, country, title.countryIri()));
                }
                i = person.tokenEnd() - 1;
                continue;
            }
            int end = nameEnd(s, mentions, j, false);
            if (end > j) {
                mentions.add(person(s, j, end, "pattern:title-name")
                        .withTitle(title.text(), title.role(), titleBegin, country, title.countryIri()));
                i = end - 1;
            }
        }
    }

    /** "Name, (the|a) [country] TITLE": the title is attached to a person found before. */
    private void titlesAfterNames(Sentence s, List<Mention> mentions) {
        for (Mention p : List.copyOf(mentions)) {
            if (p.sentence() != s.index() || p.type() != EntityType.PERSON || p.hasTitle()) continue;
            int j = p.tokenEnd();
            if (j >= s.size() || !s.token(j).text().equals(",")) continue;
            j++;
            if (j < s.size() && isDeterminer(s, j)) j++;
            Mention country = mentionStartingAt(mentions, s, j);
            if (country != null && country.type() == EntityType.COUNTRY) {
                j = country.tokenEnd();
                if (j < s.size() && s.token(j).text().equals("'s")) j++;
            } else {
                country = null;
            }
            j = afterOrganisation(s, j);
            Lexicon.Title title = titleAt(s, j);
            if (title == null) continue;
            int after = j + title.words().size();
            if (country == null && after + 1 < s.size() && s.token(after).lower().equals("of")) {
                Mention m = mentionStartingAt(mentions, s, after + 1);
                if (m != null && m.type() == EntityType.COUNTRY) country = m;
            }
            mentions.remove(p);
            mentions.add(p.withTitle(title.text(), title.role(), p.begin(), country, title.countryIri()));
        }
    }

    /**
     * "the Japanese foreign ministry's press secretary": up to three lower-case words ending in a
     * possessive name the body the title belongs to; the title comes after them.
     */
    private static int afterOrganisation(Sentence s, int j) {
        for (int k = j; k < Math.min(s.size(), j + 4); k++) {
            String w = s.token(k).text();
            if (w.equals("'s") && k > j) return k + 1;
            if (!w.chars().allMatch(Character::isLetter)) return j;
        }
        return j;
    }

    /** Two or more capitalised words, the first a known given name. */
    private void bareNames(Sentence s, List<Mention> mentions) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (!lexicon.isGivenName(t.text()) || covered(mentions, s, i)) continue;
            int end = nameEnd(s, mentions, i, true);
            if (end - i >= 2) {
                mentions.add(person(s, i, end, "pattern:given-name"));
                i = end - 1;
            }
        }
    }

    /** A word of a full name, used alone: "Abe" after "Shinzo Abe", "Xi" in a headline before "Xi Jinping". */
    private void shortNames(AnnotatedText doc, List<Mention> mentions) {
        Map<String, String> parts = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON || m.kind() != MentionKind.NAME) continue;
            for (String part : m.text().split("[\\s-]+")) {
                if (part.length() >= 2 && Character.isUpperCase(part.charAt(0)) && !lexicon.isNotName(part)) {
                    parts.putIfAbsent(part, m.text());
                }
            }
        }
        if (parts.isEmpty()) return;
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (!parts.containsKey(t.text()) || covered(mentions, s, t.index())) continue;
                mentions.add(Mention.of(s.index(), t.index(), t.index() + 1, t.begin(), t.end(), t.text(),
                        EntityType.PERSON, MentionKind.SHORT_NAME, null, "pattern:name-part"));
            }
        }
    }

    /** End (exclusive) of the name that starts at token {@code i}: capitalised words, particles, hyphens. */
    private int nameEnd(Sentence s, List<Mention> mentions, int i, boolean needsSecondWord) {
        int end = i;
        int words = 0;
        int k = i;
        while (k < s.size() && words < MAX_NAME_TOKENS) {
            Token t = s.token(k);
            if (covered(mentions, s, k)) break;
            if (isNameWord(t) && (words == 0 || !lexicon.isNotName(t.text()))) {
                words++;
                k++;
                end = k;
            } else if (words > 0 && t.text().equals("-") && k + 1 < s.size() && isLowerNamePart(s.token(k + 1))) {
                k += 2; // "Kim Jong-un": the lower-case part belongs to the name
                end = k;
            } else if (words > 0 && (lexicon.isParticle(t.text()) || t.text().equals("-"))) {
                int next = k + 1; // "von der Leyen": particles may follow each other
                while (next < s.size() && lexicon.isParticle(s.token(next).text())) next++;
                if (next >= s.size() || !isNameWord(s.token(next))) break;
                k = next;
            } else {
                break;
            }
        }
        if (words == 0 || lexicon.isNotName(s.token(i).text())) return i;
        if (needsSecondWord && words < 2) return i;
        return end;
    }

    private boolean isNameWord(Token t) {
        String w = t.text();
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || lexicon.isNotName(w)) return false;
        boolean hasLower = false;
        for (int c = 1; c < w.length(); c++) {
            char ch = w.charAt(c);
            if (Character.isLowerCase(ch)) hasLower = true;
            else if (!Character.isLetter(ch) && ch != '\'' && ch != '.') return false;
        }
        return hasLower && (t.isProperNoun() || t.pos().startsWith("NOUN") || t.pos().startsWith("ADJ")
                || t.pos().startsWith("X") || t.pos().startsWith("VERB"));
    }

    private static boolean isLowerNamePart(Token t) {
        return t.text().length() <= 4 && t.text().chars().allMatch(Character::isLowerCase);
    }

    /** The country or person qualifying a title: "Chinese President", "Russia's Foreign Minister", "Putin's spokesman". */
    private Mention qualifierBefore(Sentence s, List<Mention> mentions, int titleStart) {
        int k = titleStart - 1;
        while (k >= 0 && TITLE_MODIFIERS.contains(s.token(k).lower())) k--;
        if (k >= 0 && (s.token(k).text().equals("'s") || s.token(k).text().equals("'"))) k--;
        if (k < 0) return null;
        Mention m = mentionEndingAt(mentions, s, k + 1);
        return m != null && m.kind() != MentionKind.ANAPHOR ? m : null;
    }

    private Lexicon.Title titleAt(Sentence s, int i) {
        if (i >= s.size()) return null;
        for (Lexicon.Title t : lexicon.titlesStartingWith(s.token(i).lower())) {
            List<String> words = t.words();
            if (i + words.size() > s.size()) continue;
            boolean match = true;
            for (int w = 1; w < words.size() && match; w++) match = s.token(i + w).lower().equals(words.get(w));
            if (match) return t;
        }
        return null;
    }

    private static boolean isDeterminer(Sentence s, int i) {
        if (i < 0 || i >= s.size()) return false;
        String w = s.token(i).lower();
        return w.equals("the") || w.equals("a") || w.equals("an");
    }

    private static Mention person(Sentence s, int start, int end, String rule) {
        Token first = s.token(start);
        Token last = s.token(end - 1);
        StringBuilder text = new StringBuilder();
        for (int k = start; k < end; k++) {
            Token t = s.token(k);
            if (k > start && t.begin() > s.token(k - 1).end()) text.append(' ');
            text.append(t.text());
        }
        MentionKind kind = end - start >= 2 ? MentionKind.NAME : MentionKind.SHORT_NAME;
        return Mention.of(s.index(), start, end, first.begin(), last.end(), text.toString(), EntityType.PERSON, kind,
                null, rule);
    }

    static boolean covered(List<Mention> mentions, Sentence s, int token) {
        for (Mention m : mentions) {
            if (m.sentence() == s.index() && m.tokenStart() <= token && token < m.tokenEnd()) return true;
        }
        return false;
    }

    static Mention mentionStartingAt(List<Mention> mentions, Sentence s, int token) {
        for (Mention m : mentions) if (m.sentence() == s.index() && m.tokenStart() == token) return m;
        return null;
    }

    static Mention mentionEndingAt(List<Mention> mentions, Sentence s, int tokenEnd) {
        for (Mention m : mentions) if (m.sentence() == s.index() && m.tokenEnd() == tokenEnd) return m;
        return null;
    }

}
