package org.diplograph.mention;

import org.diplograph.knowledge.MentionKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.Gazetteer;
import org.diplograph.knowledge.Lexicon;
import org.diplograph.knowledge.NameMatching;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.Sentence;

/**
 * Finds countries, territories and known people by their names, demonyms, compound prefixes
 * and capitals. Matches characters at word boundaries rather than tokens, so forms inside
 * hyphenated compounds ("U.S.-China", "Japanese-controlled", "Sino-Indian") are found too.
 * At each position the longest form wins.
 */
final class GazetteerMentionFinder implements MentionFinder {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    GazetteerMentionFinder(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    @Override
    public List<Mention> find(AnnotatedText doc, List<Mention> earlier) {
        List<Mention> out = new ArrayList<>(earlier);
        String text = doc.plain();
        List<Mention> uncued = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            int i = s.begin();
            while (i < s.end()) {
                if (!startsWord(text, i)) { i++; continue; }
                int notState = notStateEnd(text, i);
                if (notState > i) { i = notState; continue; } // "North America", "New Mexico": no state
                Mention m = longestAt(doc, s, text, i, uncued);
                if (m == null) { i++; continue; }
                int organisationEnd = m.type() == EntityType.COUNTRY ? organisationNameEnd(s, m.tokenEnd()) : -1;
                if (organisationEnd > 0) { i = s.token(organisationEnd - 1).end(); continue; } // "Japan Airlines"
                if (namesDocument(s, m)) { i = m.end(); continue; } // "the 1976 Berne agreement"
                if (namesPeople(s, m)) { i = m.end(); continue; } // "ethnic Albanians"
                out.add(m);
                i = m.end();
            }
        }
        addCuedElsewhere(uncued, out);
        addShortForms(doc, text, out);
        addSharedHeads(doc, out);
        out.sort(Mentions.BY_POSITION);
        return out;
    }

    /**
     * A little-reported dispute named once beside a dispute cue is the article's subject: its other namings count
     * too ("sovereignty over Hong Kong" ... "Jiang arrived in Hong Kong"), where nothing else was found there.
     */
    private static void addCuedElsewhere(List<Mention> uncued, List<Mention> out) {
        if (uncued.isEmpty()) return;
        java.util.Set<String> cued = new java.util.HashSet<>();
        for (Mention m : out) if (m.type() == EntityType.TERRITORY && m.referenceIri() != null) cued.add(m.referenceIri());
        List<Mention> found = new ArrayList<>();
        for (Mention m : uncued) {
            if (!cued.contains(m.referenceIri())) continue;
            boolean overlaps = false;
            for (Mention o : out) {
                if (o.sentence() == m.sentence() && o.begin() < m.end() && m.begin() < o.end()) { overlaps = true; break; }
            }
            if (!overlaps) found.add(m);
        }
        out.addAll(found);
    }

    /**
     * Once a territory is named in full, its name without the generic last word names it too:
     * "Scarborough" after "Scarborough Shoal", "Golan" after "Golan Heights". Only inside that article.
     */
    private void addShortForms(AnnotatedText doc, String text, List<Mention> out) {
        Map<String, Mention> heads = new HashMap<>();
        for (Mention m : out) {
            if (m.type() != EntityType.TERRITORY || m.kind() != MentionKind.NAME) continue;
            int space = m.text().lastIndexOf(' ');
            if (space < 0 || !Gazetteer.GENERIC_WORDS.contains(capitalize(m.text().substring(space + 1)))) continue;
            String head = m.text().substring(0, space);
            if (head.length() >= 4 && !head.contains(" ") && Character.isUpperCase(head.charAt(0))
                    && gazetteer.candidates(head, 0).stream().noneMatch(e -> e.surface().equals(head))) {
                heads.putIfAbsent(head, m);
            }
        }
        if (heads.isEmpty()) return;
        List<Mention> found = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (var t : s.tokens()) {
                Mention full = heads.get(t.text());
                if (full == null || !startsWord(text, t.begin()) || !endsWord(text, t.end())
                        || Mentions.covers(out, s.index(), t.begin())) continue;
                found.add(Mention.of(s.index(), t.index(), t.index() + 1, t.begin(), t.end(), t.text(),
                        EntityType.TERRITORY, MentionKind.NAME, full.referenceIri(), "gazetteer:short-form"));
            }
        }
        out.addAll(found);
    }

    /** How many names before a territory's may share its generic last word ("the Paracel, Spratly and Pratas islands"). */
    private static final int MAX_SHARED_HEAD_NAMES = 3;

    /**
     * "the Paracel and Spratly islands": a capitalised word coordinated before a territory's name that ends in a generic
     * word ("Islands", "Sea") names the territory the reference calls by that word and the same generic word.
     */
    private void addSharedHeads(AnnotatedText doc, List<Mention> out) {
        List<Mention> found = new ArrayList<>();
        for (Mention m : out) {
            if (m.type() != EntityType.TERRITORY || m.kind() != MentionKind.NAME) continue;
            int space = m.text().lastIndexOf(' ');
            if (space < 0) continue;
            String generic = capitalize(m.text().substring(space + 1));
            if (!Gazetteer.GENERIC_WORDS.contains(generic)) continue;
            Sentence s = doc.sentences().get(m.sentence());
            int k = m.tokenStart() - 1;
            for (int names = 0; names < MAX_SHARED_HEAD_NAMES && k >= 1; names++, k -= 2) {
                String joiner = s.token(k).lower();
                if (!joiner.equals("and") && !joiner.equals(",")) break;
                var word = s.token(k - 1);
                if (!Character.isUpperCase(word.text().charAt(0))) break;
                String name = word.text() + " " + generic;
                Gazetteer.Entry entry = null;
                for (Gazetteer.Entry e : gazetteer.candidates(name, 0)) {
                    if (e.surface().equals(name) && e.entity().type() == EntityType.TERRITORY) { entry = e; break; }
                }
                if (entry == null) break;
                // (already read as that territory's short form: "Spratly" after "the Spratly Islands")
                if (Mentions.covers(out, s.index(), word.begin())) continue;
                found.add(Mention.of(s.index(), word.index(), word.index() + 1, word.begin(), word.end(), word.text(),
                        EntityType.TERRITORY, MentionKind.NAME, entry.entity().iri(), "gazetteer:shared-head"));
            }
        }
        out.addAll(found);
    }

    /** A capital or city right before a noun of lexicon/document-words.tsv names an agreement, not the state. */
    private boolean namesDocument(Sentence s, Mention m) {
        return (m.kind() == MentionKind.CAPITAL || m.kind() == MentionKind.CITY) && m.tokenEnd() < s.size()
                && lexicon.isDocumentWord(s.token(m.tokenEnd()).lower());
    }

    /** A country's adjective after a word of lexicon/people-markers.tsv names a people, not the state ("ethnic Albanians"). */
    private boolean namesPeople(Sentence s, Mention m) {
        return m.kind() == MentionKind.DEMONYM && m.tokenStart() > 0 && lexicon.isPeopleMarker(s.token(m.tokenStart() - 1).lower());
    }

    /** Capitalised words after a country that may still end in an organisation word ("New Zealand Banking Group"). */
    private static final int ORGANISATION_NAME_WORDS = 3;

    /**
     * "Japan Airlines", "the Australia and New Zealand Banking Group Ltd": a country name that opens
     * a company's or organisation's name (capitalised words ending in a word of
     * lexicon/organisation-words.tsv) names no state; the token after that name, or -1.
     */
    private int organisationNameEnd(Sentence s, int k) {
        int words = ORGANISATION_NAME_WORDS;
        // "Australia and New Zealand Banking Group" (a word, not a comma: "with Japan, Toyota Motors said")
        if (k < s.size() && Character.isLetter(s.token(k).text().charAt(0)) && lexicon.territoryCues().isCoordinator(s.token(k).lower())) {
            k++;
            words++;
        }
        for (int n = 0; n < words && k < s.size(); n++, k++) {
            String w = s.token(k).text();
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) return -1;
            // "Turkish Foreign Ministry", "Japan Defense Agency": a part of the state, which the country qualifies
            if (lexicon.isInstitutionWord(w.toLowerCase(java.util.Locale.ROOT))) return -1;
            if (lexicon.isOrganisationWord(w)) return k + 1;
        }
        return -1;
    }

    /** The end of a place name of lexicon/not-states.tsv starting at {@code at}, or -1. */
    private int notStateEnd(String text, int at) {
        for (String name : lexicon.notStates()) {
            if (text.startsWith(name, at) && endsWord(text, at + name.length())) return at + name.length();
        }
        return -1;
    }

    /** The word after a space at {@code end} ("" if none). */
    private static String wordAt(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') return "";
        int e = end + 1;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        return text.substring(end + 1, e);
    }

    private static String capitalize(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private Mention longestAt(AnnotatedText doc, Sentence s, String text, int at, List<Mention> uncued) {
        for (Gazetteer.Entry e : gazetteer.candidates(text, at)) {
            String form = e.surface();
            int end = at + form.length();
            if (end > s.end() || !text.regionMatches(at, form, 0, form.length()) || !endsWord(text, end)) continue;
            // "Sino-Indian", "Indo-Pakistani": a combining form only before a hyphen and a country ("Indo-Pacific" is none)
            if (e.kind() == MentionKind.COMBINING_FORM && !countryAfterHyphen(text, end)) continue;
            // "MOSCOW (AP) —": capitals written in capitals count only where a dateline stands, at a line's start
            // (a name listed in capitals, "USSR", "DPRK", counts anywhere)
            if (e.kind() == MentionKind.CAPITAL && isUpperCaseForm(form) && at > 0 && text.charAt(at - 1) != '\n') continue;
            if (e.kind() == MentionKind.SHORT_NAME && partOfLongerName(s, text, at, end)) continue;
            // "Mohammed Mustafa al-Jibouri" is not the listed "Mohammed Mustafa"
            if (e.entity().type() == EntityType.PERSON && joinedParticleAt(text, end)) continue;
            // "Queen Elizabeth College", "Jimmy Carter Center": a leader's full name that an organisation's is made
            // of ("the Reagan Administration" still names Reagan: the linker reads it)
            if (e.entity().type() == EntityType.PERSON && e.kind() != MentionKind.SHORT_NAME
                    && lexicon.isOrganisationWord(wordAt(text, end))) continue;
            // a small or little-reported dispute: its name counts only beside a dispute cue, never inside a compound name
            if (e.entity().nameMatching() == NameMatching.WITH_DISPUTE_CUE) {
                if (text.charAt(end - 1) != '.' && end < text.length() && text.charAt(end) == '-' || at > 0 && text.charAt(at - 1) == '-') continue;
                if (!hasDisputeCue(s)) {
                    // (kept aside: it counts if the article names the place beside a cue elsewhere)
                    Mention kept = mention(s, at, end, e);
                    if (kept != null) uncued.add(kept);
                    continue;
                }
            }
            // "Al-Sabah", "al-Assad": a name joined to a particle by a hyphen is a family name, not the place
            if (e.entity().type() != EntityType.PERSON && particleJoinedBefore(text, at)) continue;
            Mention m = mention(s, at, end, e);
            if (m != null) return m;
        }
        return null;
    }

    /** The entry's mention over the characters from {@code at} to {@code end}, or null where they cut a token. */
    private static Mention mention(Sentence s, int at, int end, Gazetteer.Entry e) {
        int[] tokens = TokenSpans.tokenRange(s, at, end);
        if (tokens == null) return null;
        return Mention.of(s.index(), tokens[0], tokens[1], at, end, e.surface(), e.entity().type(), e.kind(),
                e.entity().iri(), "gazetteer:" + e.kind().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a name particle and a hyphen stand right before {@code at} ("Al-" in "Al-Sabah"). */
    private boolean particleJoinedBefore(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != '-') return false;
        int start = at - 1;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        return start < at - 1 && (start == 0 || !Character.isLetter(text.charAt(start - 1)))
                && lexicon.isParticle(text.substring(start, at - 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** True if a word of the sentence is a dispute cue of ontology/lexicon/territory-cues.tsv. */
    private boolean hasDisputeCue(Sentence s) {
        for (var t : s.tokens()) if (lexicon.territoryCues().isCue(t.lower())) return true;
        return false;
    }

    private boolean countryAfterHyphen(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != '-') return false;
        for (Gazetteer.Entry e : gazetteer.candidates(text, end + 1)) {
            if (e.entity().type() == EntityType.COUNTRY && text.startsWith(e.surface(), end + 1)) return true;
        }
        return false;
    }

    private static boolean isUpperCaseForm(String form) {
        return form.length() > 3 && form.equals(form.toUpperCase(java.util.Locale.ROOT))
                && !form.equals(form.toLowerCase(java.util.Locale.ROOT)) && form.chars().allMatch(c -> Character.isLetter(c) || c == ' ');
    }

    /**
     * A leader's family name inside another name is not that leader: "Garcia" in "Jose Manuel
     * Garcia-Margallo", "Park" in "Melrose Park". Before it may stand a title ("President Putin"),
     * a possessive or the start of the sentence, not another capitalised word; nor is one that is
     * also a given name when a name word follows ("Abbas Araghchi").
     */
    /** Whether the next word after {@code end} is a name particle joined to a name ("al-Jibouri", "el-Sisi"). */
    private boolean joinedParticleAt(String text, int end) {
        if (end >= text.length() || text.charAt(end) != ' ') return false;
        int hyphen = text.indexOf('-', end + 1);
        if (hyphen < 0 || hyphen - end > 5 || hyphen + 1 >= text.length()) return false;
        String particle = text.substring(end + 1, hyphen);
        return particle.chars().allMatch(Character::isLowerCase) && lexicon.isParticle(particle)
                && Character.isUpperCase(text.charAt(hyphen + 1));
    }

    private boolean partOfLongerName(Sentence s, String text, int at, int end) {
        if (end < text.length() && text.charAt(end) == '-') return true;
        if (at > 0 && text.charAt(at - 1) == '-') return true;
        if (at > 1 && text.charAt(at - 1) == '\'' && Character.isUpperCase(text.charAt(at - 2))) return true; // "O'Callaghan"
        int[] tokens = TokenSpans.tokenRange(s, at, end);
        if (tokens == null) return false;
        if (tokens[1] < s.size() && lexicon.isGivenName(text.substring(at, end))) {
            // "Abbas Araghchi": a leader's family name that is also a given name opens someone else's name
            String next = s.token(tokens[1]).text();
            // "Charles Q. Brown": a middle initial
            int afterInitial = PersonMentionFinder.afterInitials(s, tokens[1]);
            if (afterInitial > tokens[1] && afterInitial < s.size() && Character.isUpperCase(s.token(afterInitial).text().charAt(0))) {
                return true;
            }
            if (next.length() > 1 && Character.isUpperCase(next.charAt(0)) && next.chars().allMatch(Character::isLetter)
                    && !lexicon.isTitleWord(next.toLowerCase(java.util.Locale.ROOT)) && !lexicon.isNotName(next)
                    && (s.token(tokens[1]).isProperNoun() || s.token(tokens[1]).pos().startsWith("NOUN"))) {
                // (the tag last: it makes the sentence be tagged; a capitalised noun after a given name is a
                // family name the tagger did not know: "Howard Baker")
                return true;
            }
        }
        if (tokens[0] == 0) return false;
        // "Vladimir V. Putin": after a name and a middle initial, the family name ends the whole name
        for (int k = Math.max(0, tokens[0] - 3); k < tokens[0] - 1; k++) {
            if (PersonMentionFinder.afterInitials(s, k + 1) == tokens[0] && lexicon.isGivenName(s.token(k).text())) return true;
        }
        String previous = s.token(tokens[0] - 1).text();
        boolean capitalised = previous.length() > 1 && Character.isUpperCase(previous.charAt(0))
                && previous.chars().allMatch(Character::isLetter);
        if (!capitalised || lexicon.isTitleWord(previous.toLowerCase(java.util.Locale.ROOT))) return false;
        return lexicon.isGivenName(previous) || tokens[0] - 1 > 0;
    }

    static boolean startsWord(String text, int i) {
        return Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    static boolean endsWord(String text, int end) {
        if (end >= text.length()) return true;
        char c = text.charAt(end);
        // "U.S." ends in a dot: the boundary is already there
        return !Character.isLetterOrDigit(c) || !Character.isLetterOrDigit(text.charAt(end - 1));
    }
}
