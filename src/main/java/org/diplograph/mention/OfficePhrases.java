package org.diplograph.mention;

import java.util.List;
import java.util.Set;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.Lexicon;
import org.diplograph.knowledge.MentionKind;
import org.diplograph.knowledge.TitleRole;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/**
 * Reads the phrases news writes offices with, around a person's name: the title itself
 * ({@code titles.tsv}), the country or state body or person whose office it is, before it
 * ("Pakistan's army chief", "IDF spokesman", "Putin's aide") or after it ("President of the
 * United States", "the head of the Verkhovna Rada", "an aide to President X", "minister under
 * X", "the leader of the opposition in Canada's parliament"), and the receiving state of a diplomat, which is
 * skipped and never taken for the title's country ("Canada's envoy to Japan, X").
 * One instance serves one article's mention list.
 */
final class OfficePhrases {
    /** A title found at tokens [start, end). */
    record TitleMatch(Lexicon.Title title, int start, int end) {}

    /** A country, state body or person qualifying a title, and the token after the phrase. */
    record Qualifier(Mention qualifier, int end, boolean institution, boolean ofInstitution) {
        Qualifier(Mention qualifier, int end) { this(qualifier, end, false, false); }
        Qualifier(Mention qualifier, int end, boolean institution) { this(qualifier, end, institution, false); }

        /**
         * The role a title has with this qualifier: a leader's title qualified by an institution of the
         * state heads the institution, not the state ("the leader of the US Senate", "President of the Bundesbank").
         */
        TitleRole roleOf(Lexicon.Title t) {
            return ofInstitution && t.role() == TitleRole.LEADER ? TitleRole.OFFICIAL : t.role();
        }
    }

    /** An office with the country (or person) whose office it is, or null when none is stated. */
    record Office(Lexicon.Title title, Mention country, int end, TitleRole role) {}

    static final String STATE_BODY_RULE = Mention.STATE_BODY;
    private static final Set<String> OWNER_PREPOSITIONS = Set.of("of", "for", "at");
    /** Prepositions before a city where something happens ("met in Moscow"). */
    private static final Set<String> VENUE_PREPOSITIONS = Set.of("in", "at");
    /** Prepositions before the other party of talks or a dispute ("talks with Japan"). */
    private static final Set<String> COUNTERPART_PREPOSITIONS = Set.of("with", "against");
    private static final int MAX_SKIPPED = 5;
    /** At most this many capitalised words of a portfolio before a title that takes one. */
    private static final int MAX_PORTFOLIO_WORDS = 4;

    private final Lexicon lexicon;
    private final AnnotatedText doc;
    private final List<Mention> mentions;

    private final StatePlaces statePlaces;

    OfficePhrases(Lexicon lexicon, AnnotatedText doc, List<Mention> mentions, StatePlaces statePlaces) {
        this.statePlaces = statePlaces;
        this.lexicon = lexicon;
        this.doc = doc;
        this.mentions = mentions;
    }

    /** The longest title starting at token i (matched on the characters, ending at a token's end). */
    TitleMatch titleAt(Sentence s, int i) {
        if (i >= s.size()) return null;
        Token first = s.token(i);
        TitleMatch title = titleFrom(s, i, first.begin(), first.text());
        if (title != null) return title;
        // "then-President", "ex-President" written as one word: a title modifier joined to the title by a hyphen
        String word = first.text();
        int hyphen = word.indexOf('-');
        if (hyphen > 0 && hyphen + 1 < word.length() && lexicon.isTitleModifier(word.substring(0, hyphen).toLowerCase(java.util.Locale.ROOT))) {
            return titleFrom(s, i, first.begin() + hyphen + 1, word.substring(hyphen + 1));
        }
        return null;
    }

    /** The longest title written from character {@code at} (inside token i, whose text from there is {@code word}) to a token's end. */
    private TitleMatch titleFrom(Sentence s, int i, int at, String word) {
        String text = doc.plain();
        for (Lexicon.Title t : lexicon.titlesStartingWith(Lexicon.firstWord(word))) {
            String form = t.text();
            if (!text.regionMatches(true, at, form, 0, form.length())) continue;
            int end = tokenEndingAt(s, i, at + form.length());
            if (end > 0) return new TitleMatch(t, i, end);
        }
        return null;
    }

    /** A state body named at token i ("the IDF", "the Quai d'Orsay"), as a country mention, or null. */
    Mention bodyAt(Sentence s, int i) {
        if (i >= s.size()) return null;
        Token first = s.token(i);
        String text = doc.plain();
        for (Lexicon.StateBody b : lexicon.bodiesStartingWith(Lexicon.firstWord(first.text()))) {
            if (!text.startsWith(b.text(), first.begin())) continue;
            int end = tokenEndingAt(s, i, first.begin() + b.text().length());
            if (end > 0) {
                return Mention.of(s.index(), i, end, first.begin(), s.token(end - 1).end(), b.text(),
                        EntityType.COUNTRY, MentionKind.NAME, b.countryIri(), STATE_BODY_RULE);
            }
        }
        return null;
    }

    private static int tokenEndingAt(Sentence s, int from, int charEnd) {
        for (int k = from; k < s.size(); k++) {
            if (s.token(k).end() == charEnd) return k + 1;
            if (s.token(k).end() > charEnd) return -1;
        }
        return -1;
    }

    /** A country, or a territory that is also a state (Northern Cyprus). */
    private boolean isState(Mention m) {
        return m.type() == EntityType.COUNTRY || statePlaces.isTerritorial(m.referenceIri());
    }

    /** A country (by any name but an anaphor) or state body starting at token i. */
    Mention countryAt(Sentence s, int i) {
        Mention m = PersonMentionFinder.mentionStartingAt(mentions, s, i);
        if (m != null && isState(m) && m.kind() != MentionKind.ANAPHOR) return m;
        return bodyAt(s, i);
    }

    /** A country or state body ending right before token {@code end}. */
    private Mention countryOrBodyEndingAt(Sentence s, int end) {
        Mention m = PersonMentionFinder.mentionEndingAt(mentions, s, end);
        // (a country ending an organisation's name is no qualifier, unless the name is a state body's: "Bank of Japan")
        if (m != null && isState(m) && m.kind() != MentionKind.ANAPHOR && !endsOrganisationName(s, m)) return m;
        for (int k = Math.max(0, end - 6); k < end; k++) {
            Mention b = bodyAt(s, k);
            if (b != null && b.tokenEnd() == end) return b;
        }
        return null;
    }

    /**
     * The country or person qualifying a title from before: "Chinese President", "Russia's Foreign
     * Minister", "Putin's spokesman", "IDF spokesman", "Israel's army spokesman", "the Japanese
     * parliament's speaker", "Finland's first president", "then-President".
     */
    Mention qualifierBefore(Sentence s, int titleStart) { return qualifierBefore(s, titleStart, false); }

    /**
     * The same; with {@code portfolio}, capitalised words of a portfolio may stand between the country
     * and the title ("British Corporate Affairs Minister"), where a state qualifies them.
     */
    Mention qualifierBefore(Sentence s, int titleStart, boolean portfolio) {
        int k = titleStart - 1;
        if (portfolio) {
            int p = k;
            // a title in lower case takes its portfolio in lower case too ("British corporate affairs minister")
            boolean lowerTitle = Character.isLowerCase(s.token(titleStart).text().charAt(0));
            while (p >= 0 && titleStart - p <= MAX_PORTFOLIO_WORDS && (isPortfolioWord(s, p) || lowerTitle && isLowerPortfolioWord(s, p))) p--;
            if (p < k && p >= 0) {
                // "British Corporate Affairs Minister", "Britain's Europe Director"
                String w = s.token(p).text();
                boolean possessive = (w.equals("'s") || w.equals("'") || w.equals("’s")) && p > 0;
                Mention m = qualifierEndingAt(s, possessive ? p : p + 1);
                if (m != null && m.type() == EntityType.COUNTRY) return m;
            }
        }
        for (int skipped = 0; k >= 0 && skipped < MAX_SKIPPED; skipped++) {
            String w = s.token(k).lower();
            // "then-President"; "U.N. Ambassador", where the tokenizer splits off the abbreviation's full stop
            boolean joined = (w.equals("-") || w.equals(".")) && k > 0 && lexicon.isTitleModifier(s.token(k - 1).lower());
            int chained = titleStartEndingAt(s, k + 1); // "the Philippine Navy spokesperson Rear Adm. X"
            if (chained >= 0 && chained <= k) {
                Mention m = qualifierEndingAt(s, k + 1);
                if (m != null) return m;
                k = chained - 1;
            } else if (lexicon.isTitleModifier(w) || lexicon.isInstitutionWord(w) || joined || w.equals("'s") || w.equals("'")) {
                Mention m = qualifierEndingAt(s, k + 1);
                if (m != null) return m;
                k--;
            } else {
                break;
            }
        }
        return qualifierEndingAt(s, k + 1);
    }

    /** A word of a portfolio in lower case ("corporate", "affairs"), not a function word. */
    private boolean isLowerPortfolioWord(Sentence s, int k) {
        String w = s.token(k).text();
        return w.length() >= 3 && w.chars().allMatch(Character::isLowerCase) && !lexicon.isFunctionWord(w);
    }

    /** A capitalised word of a portfolio ("Corporate", "Affairs", "and"), not part of a name found. */
    private boolean isPortfolioWord(Sentence s, int k) {
        String w = s.token(k).text();
        if (w.equals("and") || w.equals("&")) return true;
        if (w.length() < 3 || !Character.isUpperCase(w.charAt(0)) || !w.substring(1).chars().allMatch(Character::isLowerCase)) return false;
        for (Mention m : mentions) if (m.sentence() == s.index() && m.tokenStart() <= k && k < m.tokenEnd()) return false;
        return !lexicon.isOrganisationWord(w);
    }

    /** The first token of a title (other than a courtesy one) ending right before {@code end}, or -1. */
    private int titleStartEndingAt(Sentence s, int end) {
        for (int k = Math.max(0, end - 5); k < end; k++) {
            TitleMatch t = titleAt(s, k);
            if (t != null && t.end() == end && t.title().role() != TitleRole.NONE) return k;
        }
        return -1;
    }

    /**
     * "Export-Import Bank of Japan president", "National Union of Seafarers in India president": the
     * country ends an organisation's name, and the title is the organisation's.
     */
    private static boolean endsOrganisationName(Sentence s, Mention m) {
        int before = m.tokenStart() - 1;
        return before >= 1 && (s.token(before).lower().equals("of") || s.token(before).lower().equals("in"))
                && Character.isUpperCase(s.token(before - 1).text().charAt(0));
    }

    private Mention qualifierEndingAt(Sentence s, int end) {
        if (end <= 0) return null;
        Mention m = PersonMentionFinder.mentionEndingAt(mentions, s, end);
        if (m != null && m.kind() != MentionKind.ANAPHOR && m.type() != EntityType.TERRITORY) {
            return m.type() == EntityType.COUNTRY && endsOrganisationName(s, m) ? countryOrBodyEndingAt(s, end) : m;
        }
        return countryOrBodyEndingAt(s, end);
    }

    /**
     * "an army spokesman", "the military's spokesman": an arm of a state stands before the title,
     * with no country named (else {@link #qualifierBefore} has found it).
     */
    boolean institutionBefore(Sentence s, int titleStart) {
        int k = titleStart - 1;
        if (k >= 0 && s.token(k).text().equals("'s")) k--;
        int run = 0;
        while (k >= 0 && lexicon.isInstitutionWord(s.token(k).lower())) {
            k--;
            run++;
        }
        if (run == 0) return false;
        if (k < 0) return true;
        String w = s.token(k).lower();
        return w.equals("the") || w.equals("a") || w.equals("an");
    }

    /** How far before a word an organisation's name may end for the word to be the organisation's. */
    private static final int ORGANISATION_REACH = 4;

    /**
     * "Entertainment Marketing Inc and its president": a word that ends an organisation's name
     * (lexicon/organisation-words.tsv) stands in the few tokens before k, so a possessive at k is the company's.
     */
    static boolean afterOrganisationName(Lexicon lexicon, Sentence s, int k) {
        for (int b = Math.max(0, k - ORGANISATION_REACH); b < k; b++) {
            if (lexicon.isOrganisationWord(s.token(b).text())) return true;
        }
        return false;
    }

    /** True when a determiner or possessive stands before the title, past modifiers: "the 45th President". */
    boolean determinerBefore(Sentence s, int titleStart) {
        int k = titleStart - 1;
        while (k >= 0 && (lexicon.isTitleModifier(s.token(k).lower()) || lexicon.isInstitutionWord(s.token(k).lower())
                || s.token(k).text().equals("-") && k > 0 && lexicon.isTitleModifier(s.token(k - 1).lower()))) k--;
        if (k < 0) return false;
        String w = s.token(k).lower();
        return w.equals("the") || w.equals("a") || w.equals("an") || w.equals("his") || w.equals("her")
                || w.equals("their") || w.equals("its") || lexicon.territoryCues().isRelativePossessive(w);
    }

    /**
     * What follows a title before the name: "of [the] COUNTRY|BODY", "for the IDF", "of the Israeli
     * army", "in Canada's parliament", "to President X" (a person's aide) and a parenthesis after
     * it; "to COUNTRY" (a diplomat's receiving state) and "in CAPITAL" are skipped and never qualify.
     */
    /** "of|at [the] Name" at token k, where the name is no state: what comes before belongs to it. */
    private boolean ownedByOrganisation(Sentence s, int k) {
        if (k + 1 >= s.size() || !OWNER_PREPOSITIONS.contains(s.token(k).lower())) return false;
        int m = k + 1;
        if (s.token(m).lower().equals("the") && m + 1 < s.size()) m++;
        String w = s.token(m).text();
        return Character.isUpperCase(w.charAt(0)) && countryAt(s, m) == null;
    }

    /** Longest description before "of" and a place's name: "the breakaway [region of] Somaliland". */
    private static final int DESCRIPTION_WORDS = 4;

    /**
     * "president of the breakaway region of Somaliland", "leader of the self-styled republic of
     * Transnistria": from k, up to four lower-case words ending in a description noun of
     * territory-cues.tsv, then "of"; the token after "of", or k when none is there.
     */
    private int afterPlaceDescription(Sentence s, int k) {
        var cues = lexicon.territoryCues();
        for (int h = k; h < Math.min(s.size() - 2, k + DESCRIPTION_WORDS); h++) {
            String w = s.token(h).text();
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) return k;
            if (cues.isDescriptionHead(s.token(h).lower()) && s.token(h + 1).lower().equals("of")) {
                int place = h + 2;
                if (place < s.size() && s.token(place).lower().equals("the")) place++;
                return countryAt(s, place) != null ? place : k;
            }
        }
        return k;
    }

    /** Whether the title that ends before token j is a diplomat's ("envoy", "Special Envoy", "ambassador"). */
    private boolean sentTitleBefore(Sentence s, int j) {
        if (j == 0) return false;
        Lexicon.Title t = lexicon.title(s.token(j - 1).text());
        if (t == null && j >= 2) t = lexicon.title(s.token(j - 2).text() + " " + s.token(j - 1).text());
        return t != null && t.isDiplomat();
    }

    Qualifier qualifierAfter(Sentence s, int j) {
        int n = s.size();
        Mention q = null;
        boolean ofInstitution = false;
        if (j + 1 < n) {
            // (a capitalised word after a title is a name's, not a preposition: "Vietnamese leader To Lam")
            String prep = j > 0 && Character.isUpperCase(s.token(j).text().charAt(0)) ? "" : s.token(j).lower();
            int k = j + 1;
            // "a spokeswoman for Armenian Prime Minister X", "the head of President X's staff": X's state
            int served = k < n - 1 && s.token(k).lower().equals("the") ? k + 1 : k;
            Mention servedPerson = prep.equals("for") || prep.equals("of") ? personAfterTitles(s, served) : null;
            // ("the Crown Prince of Abu Dhabi Sheikh X" names X himself: "of" takes a person's possessive only)
            if (servedPerson != null && prep.equals("of")
                    && (servedPerson.tokenEnd() >= n || !s.token(servedPerson.tokenEnd()).text().equals("'s"))) {
                servedPerson = null;
            }
            if (servedPerson != null) {
                q = servedPerson;
                j = servedPerson.tokenEnd();
            } else if (prep.equals("for") && sentTitleBefore(s, j) && countryAt(s, k) != null) {
                j = countryAt(s, k).tokenEnd(); // "Pakistan's special envoy for Afghanistan": the post, never the title's state
                // "the US special envoy for North Korea policy": nouns of the portfolio after the post's state
                int portfolioEnd = Math.min(n, j + MAX_FIELD_WORDS);
                while (j < portfolioEnd && isLowerWord(s.token(j)) && s.token(j).pos().startsWith("NOUN")) j++;
            } else if (OWNER_PREPOSITIONS.contains(prep) || prep.equals("in")) {
                if (k < n && s.token(k).lower().equals("the")) k++;
                if (prep.equals("of") && countryAt(s, k) == null) k = afterPlaceDescription(s, k);
                Mention c = countryAt(s, k);
                if (c != null && namesOrganisation(s, c)) {
                    return new Qualifier(null, j); // "a spokesman for the Taiwan Textile Federation"
                }
                if (c != null) {
                    int after = c.tokenEnd();
                    boolean possessive = after < n && s.token(after).text().equals("'s");
                    if (possessive) after++;
                    int inst = skipInstitutionWords(s, after);
                    // "the leader of Britain's biggest union": the country owns something else; "a special envoy of
                    // Argentina's President Carlos Menem" serves that state's office holder, so the state
                    if (possessive && inst == after && !(prep.equals("of") && after < n && lexicon.title(s.token(after).text()) != null)) {
                        return new Qualifier(null, j);
                    }
                    // "head of the London office of Merrill Lynch": the body belongs to an organisation
                    if (!possessive && inst > after && Character.isLowerCase(s.token(after).text().charAt(0))
                            && ownedByOrganisation(s, inst)) {
                        return new Qualifier(null, j);
                    }
                    // "head of the London office", "chief of the Tokyo branch": the place qualifies a noun
                    if (!possessive && inst == after && after < n && s.token(after).pos().startsWith("NOUN")
                            && Character.isLowerCase(s.token(after).text().charAt(0))) {
                        return new Qualifier(null, j);
                    }
                    boolean bodyNamed = c.rule().equals(STATE_BODY_RULE) || inst > after;
                    if (!prep.equals("in") || bodyNamed) {
                        q = c;
                        ofInstitution = bodyNamed;
                        j = inst;
                    } else if (inst == after) {
                        j = after; // "the U.S. ambassador in Tokyo": the receiving state
                    }
                } else if (!prep.equals("in") && k > j + 1 && lexicon.isInstitutionWord(s.token(k).lower())) {
                    // "a spokesman for the army's northern command, X": an arm of a state the text does
                    // not name here; the phrase ends at a comma ("the National Statistics Institute" is none)
                    int e = k;
                    while (e < n && e < k + 6 && (lexicon.isInstitutionWord(s.token(e).lower()) || s.token(e).text().equals("'s"))) e++;
                    if (e >= n || s.token(e).text().equals(",")) return new Qualifier(null, e, true);
                } else if (!prep.equals("in")) {
                    Mention p = personAfterTitles(s, k);
                    if (p != null && !prep.equals("at")) {
                        q = p;
                        j = p.tokenEnd();
                    } else {
                        // "the acting governor of Sevastopol, X": a disputed place names no state, but the
                        // phrase runs on to the name after the comma
                        Mention place = PersonMentionFinder.mentionStartingAt(mentions, s, k);
                        if (place != null && place.type() == EntityType.TERRITORY && place.tokenEnd() < n
                                && s.token(place.tokenEnd()).text().equals(",")) {
                            return new Qualifier(null, place.tokenEnd());
                        }
                    }
                }
            } else if (prep.equals("under")) {
                Mention p = personAfterTitles(s, k); // "finance minister under Angela Merkel": her state
                if (p != null) {
                    q = p;
                    j = p.tokenEnd();
                }
            } else if (prep.equals("to")) {
                if (k < n && s.token(k).lower().equals("the")) k++;
                Mention c = countryAt(s, k);
                Mention p = personAfterTitles(s, k);
                if (p != null) {
                    q = p; // "an aide to (Russian) President X": X's state
                    j = p.tokenEnd();
                } else if (c != null) {
                    j = c.tokenEnd(); // "envoy to Japan": the receiving state, never the title's
                } else {
                    j = skipCapitalised(s, k, j); // "the ambassador to the United Nations"
                }
            }
        }
        // "the ambassador of Canada to Japan": the receiving state after the sending one
        if (q != null && j + 1 < n && s.token(j).lower().equals("to")) {
            int k = j + 1;
            if (k < n && s.token(k).lower().equals("the")) k++;
            Mention c = countryAt(s, k);
            if (c != null) j = c.tokenEnd();
            else j = skipCapitalised(s, k, j);
        }
        // "the head of Verkhovna Rada (Supreme Council of Ukraine) NAME"
        if (j < n && s.token(j).text().equals("(")) {
            int close = j + 1;
            while (close < n && close < j + 10 && !s.token(close).text().equals(")")) close++;
            if (close < n && s.token(close).text().equals(")")) j = close + 1;
        }
        return new Qualifier(q, j, false, ofInstitution);
    }

    /**
     * A country that only qualifies an organisation's name: "the Japan Chamber of Commerce", "the
     * British Casino Association", "the Brazilian Coffee Institute". A demonym must be followed by
     * a word of a state's institutions ("the Israeli army"); a country's name may be followed by a
     * person's name ("President of Brazil Luiz ..."), not by other capitalised words.
     */
    private boolean namesOrganisation(Sentence s, Mention c) {
        if (c.rule().equals(STATE_BODY_RULE)) return false;
        int k = c.tokenEnd();
        if (k >= s.size()) return false;
        Token next = s.token(k);
        if (c.kind() == MentionKind.DEMONYM) return !lexicon.isInstitutionWord(next.lower());
        // "the US Senate", "the US House of Representatives": one word of a state's institutions, not a longer
        // name ("the Japan Trade Council")
        if (lexicon.isInstitutionWord(next.lower())) {
            String after = k + 1 < s.size() ? s.token(k + 1).text() : "";
            // (not a list of a body's names: "US Immigration, Customs and Enforcement")
            String afterComma = after.equals(",") && k + 2 < s.size() ? s.token(k + 2).text() : "";
            boolean listGoesOn = !afterComma.isEmpty() && Character.isUpperCase(afterComma.charAt(0));
            if (after.equals("of") || after.isEmpty() || !Character.isUpperCase(after.charAt(0)) && !listGoesOn) return false;
        }
        boolean capitalised = Character.isUpperCase(next.text().charAt(0)) && next.text().chars().anyMatch(Character::isLowerCase);
        if (!capitalised) return false;
        Mention m = PersonMentionFinder.mentionStartingAt(mentions, s, k);
        return !(m != null && m.type() == EntityType.PERSON) && !lexicon.isGivenName(next.text());
    }

    /** Capitalised words of a name from k ("the United Nations"); {@code otherwise} if none. */
    private static int skipCapitalised(Sentence s, int k, int otherwise) {
        int e = k;
        while (e < s.size() && e < k + 4 && Character.isUpperCase(s.token(e).text().charAt(0))) e++;
        return e > k ? e : otherwise;
    }

    private int skipInstitutionWords(Sentence s, int j) {
        int k = j;
        while (k < s.size() && k < j + 3 && lexicon.isInstitutionWord(s.token(k).lower())) k++;
        if (k > j) return k;
        // a body's own capitalised name that ends in an institution word: "Taiwan's Mainland Affairs Council"
        int last = j;
        for (k = j; k < s.size() && k < j + MAX_PORTFOLIO_WORDS; k++) {
            String w = s.token(k).text();
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || PersonMentionFinder.covered(mentions, s, k)) break;
            if (lexicon.isInstitutionWord(s.token(k).lower())) last = k + 1;
        }
        // (the whole capitalised name: "Iran's War Information Headquarters" does not end in one)
        return last == k ? last : j;
    }

    /** A person at k, past titles before the name: "President Vladimir Putin". */
    private Mention personAfterTitles(Sentence s, int k) {
        Mention c = countryAt(s, k);
        if (c != null) {
            k = c.tokenEnd();
            if (k < s.size() && s.token(k).text().equals("'s")) k++;
            if (titleAt(s, k) == null) return null;
        }
        for (int hops = 0; hops < 3 && k < s.size(); hops++) {
            Mention m = PersonMentionFinder.mentionStartingAt(mentions, s, k);
            if (m != null) return m.type() == EntityType.PERSON && m.kind() != MentionKind.ANAPHOR ? m : null;
            TitleMatch t = titleAt(s, k);
            if (t == null) return null;
            k = t.end();
        }
        return null;
    }

    /**
     * "King Albert I of Belgium", "Foreign Minister Wang Yi of China", "General X of the Egyptian army",
     * "Governor X of the Bundesbank": a country or state body after the name.
     */
    Mention countryAfterName(Sentence s, int nameEnd) {
        if (nameEnd + 1 >= s.size() || !s.token(nameEnd).lower().equals("of")) return null;
        int k = nameEnd + 1;
        if (s.token(k).lower().equals("the")) k++;
        Mention c = PersonMentionFinder.mentionStartingAt(mentions, s, k);
        if (c == null) c = bodyAt(s, k);
        if (c == null || c.type() != EntityType.COUNTRY) return null;
        if (c.kind() == MentionKind.NAME) return c;
        // "General X of the Egyptian army": a state's adjective before a word of its institutions
        boolean institution = c.tokenEnd() < s.size() && lexicon.isInstitutionWord(s.token(c.tokenEnd()).lower());
        return c.kind() == MentionKind.DEMONYM && institution ? c : null;
    }

    /**
     * The office read from token j of an apposition or predicate: "[first] [COUNTRY('s)|BODY]
     * [institution words] [organisation's] TITLE [of COUNTRY]", or null when no title stands there or
     * a title that needs a qualifier has none.
     */
    Office officeAt(Sentence s, int j) {
        // "Sullivan, President Joe Biden's national security adviser": the person whose office it is qualifies it
        Mention owner = personPossessorAt(s, j);
        if (owner != null) return officeAt(s, owner.tokenEnd() + 1, owner);
        return officeAt(s, j, null);
    }

    /** A person named (with any title) from token j and followed by a possessive: "President Joe Biden's". */
    private Mention personPossessorAt(Sentence s, int j) {
        if (j >= s.size()) return null;
        int from = s.token(j).begin();
        for (Mention m : mentions) {
            if (m.sentence() != s.index() || m.type() != EntityType.PERSON || m.kind() == MentionKind.ANAPHOR) continue;
            boolean startsHere = m.tokenStart() == j || m.tokenStart() > j && m.titleBegin() == from;
            int end = m.tokenEnd();
            if (startsHere && end + 1 < s.size() && (s.token(end).text().equals("'s") || s.token(end).text().equals("’s"))) return m;
        }
        return null;
    }

    private Office officeAt(Sentence s, int j, Mention possessor) {
        int n = s.size();
        // (not the "New" of "New Zealand's youngest prime minister")
        if (j >= n || countryAt(s, j) == null) j = skipModifiers(s, j);
        Mention country = possessor;
        Mention c = j < n ? countryAt(s, j) : null;
        if (c != null) {
            country = c;
            j = c.tokenEnd();
            if (j < n && s.token(j).text().equals("'s")) j++;
        }
        j = skipModifiers(s, j);
        TitleMatch title = titleAt(s, j);
        if (title == null) {
            int k = afterOrganisation(s, j);
            if (k == j) k = skipInstitutionWords(s, j);
            title = titleAt(s, k);
        }
        // "Putin's foreign policy aide", "Japan's chief trade negotiator": a qualified office may have lower-case
        // words of its field before it
        for (int k = j + 1; title == null && country != null && k <= j + MAX_FIELD_WORDS && k < n
                && isLowerWord(s.token(k - 1)); k++) {
            TitleMatch field = titleAt(s, k);
            if (field != null && field.title().role() != TitleRole.NONE) title = field;
        }
        if (title == null) return null;
        Qualifier after = qualifierAfter(s, title.end());
        if (after.qualifier() != null && (country == null || country == possessor)) country = after.qualifier();
        Lexicon.Title t = title.title();
        if (country == null && (t.countryFromContext() || after.institution() && t.role() != TitleRole.LEADER)) {
            country = contextCountry(s, after.end());
        }
        if (country == null && t.needsQualifier()) return null;
        return new Office(t, country, after.end(), after.roleOf(t));
    }

    /** Lower-case words of an office's field before its title ("foreign policy aide"). */
    private static final int MAX_FIELD_WORDS = 2;

    private static boolean isLowerWord(Token t) {
        return t.text().length() > 1 && t.text().chars().allMatch(Character::isLowerCase);
    }

    private int skipModifiers(Sentence s, int j) {
        // a modifier that begins a title of several words is part of it ("Australia's deputy prime minister",
        // while "US chief economist" is no office)
        while (j < s.size() && (lexicon.isTitleModifier(s.token(j).lower()) || s.token(j).text().equals("-"))) {
            TitleMatch longer = titleAt(s, j);
            if (longer != null && longer.end() > j + 1) break;
            j++;
        }
        return j;
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

    /**
     * True when an apposition ends at token j: "Xi, the Chinese president, said", "Brown, chancellor
     * under Blair, ..." but not "After meeting Xi, the French president also met": there the title
     * opens a new clause, and a verb or adverb follows it.
     */
    static boolean closesApposition(Sentence s, int j) {
        if (j >= s.size()) return true;
        String pos = s.token(j).pos();
        return !(pos.startsWith("VERB") || pos.startsWith("AUX") || pos.startsWith("ADV") || pos.startsWith("PART"));
    }

    /** End of an office verb phrase ("was sworn in as") starting at token j, or -1. */
    int officeVerbEnd(Sentence s, int j) {
        for (Lexicon.OfficeVerb v : lexicon.officeVerbs()) {
            List<String> w = v.words();
            if (j + w.size() > s.size()) continue;
            boolean match = true;
            for (int k = 0; k < w.size() && match; k++) match = s.token(j + k).lower().equals(w.get(k));
            if (match) return j + w.size();
        }
        return -1;
    }

    /**
     * The office after an office verb: "[the|a] [his|her|its|their] TITLE ...". A possessive
     * pronoun names the state of the person (or country) it refers to: the nearest one before the
     * subject, in the same or the previous sentence.
     */
    Office predicateOfficeAt(Sentence s, int j, Mention subject) {
        int n = s.size();
        if (j < n && (s.token(j).lower().equals("the") || s.token(j).lower().equals("a") || s.token(j).lower().equals("an"))) j++;
        Mention possessor = null;
        if (j < n) {
            String w = s.token(j).lower();
            if (w.equals("his") || w.equals("her") || w.equals("their")) {
                possessor = nearestBefore(s, subject, EntityType.PERSON);
                if (possessor == null) return null;
                j++;
            } else if (w.equals("its")) {
                possessor = nearestBefore(s, subject, EntityType.COUNTRY);
                if (possessor == null) return null;
                j++;
            }
        }
        Office o = officeAt(s, j, possessor);
        if (o == null || (o.country() == null && o.title().countryIri() == null)) return null;
        return o;
    }

    /** The nearest mention of the type before {@code subject}, other than it, in its sentence or the one before. */
    private Mention nearestBefore(Sentence s, Mention subject, EntityType type) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.type() != type || m.kind() == MentionKind.ANAPHOR || m.text().equals(subject.text())) continue;
            boolean before = m.sentence() == s.index() && m.end() <= subject.begin() || m.sentence() == s.index() - 1;
            if (before && (best == null || m.begin() > best.begin())) best = m;
        }
        return best;
    }

    /**
     * The state that opens the sentence of an official's title named without a country, as the
     * clause the official is quoted on ("Brazil is not happy with the committee, Finance Minister X said").
     */
    Mention openingState(Sentence s, int titleToken) {
        Mention m = opening(s.index());
        if (m == null || m.tokenEnd() >= titleToken) return null;
        // the quote's clause ends at the comma before the title: "X said" closes the sentence
        if (titleToken < 1 || !s.token(titleToken - 1).text().equals(",")) return null;
        for (Mention o : mentions) {
            if (o.sentence() == s.index() && o.type() == EntityType.COUNTRY && o.kind() != MentionKind.ANAPHOR
                    && o.tokenStart() < titleToken && !java.util.Objects.equals(o.referenceIri(), m.referenceIri())) return null;
        }
        return m;
    }

    /**
     * The state whose act the sentence before tells, for an official whose title opens the next sentence with no
     * state of its own ("Turkey, which has strongly backed Azerbaijan, welcomed the agreement. Foreign Minister Mevlut
     * Cavusoglu congratulated Baku"): the state that opens the sentence before as its subject, where that sentence
     * names no other state outside an aside right after it, and the official's own sentence does not name it again.
     * The guidelines count a tie in the previous sentence; a minister of another state would be written with a
     * state ("Azerbaijani Foreign Minister X").
     */
    Mention previousSubjectState(Sentence s, int titleToken) {
        if (titleToken != 0 || s.index() == 0) return null;
        Mention subject = opening(s.index() - 1);
        if (subject == null || Datelines.isDateline(doc, subject)) return null;
        Sentence before = doc.sentences().get(s.index() - 1);
        // "Morocco had warned of consequences. Foreign Minister X summoned Morocco's ambassador": the state named
        // again is one the official acts on ("his Malaysian counterpart"), not the official's own
        for (Mention m : mentions) {
            if (m.sentence() == s.index() && m.type() == EntityType.COUNTRY && m.kind() != MentionKind.ANAPHOR
                    && java.util.Objects.equals(m.referenceIri(), subject.referenceIri())) return null;
        }
        for (Mention m : mentions) {
            if (m.sentence() != before.index() || m == subject || m.kind() == MentionKind.ANAPHOR
                    || m.type() != EntityType.COUNTRY || java.util.Objects.equals(m.referenceIri(), subject.referenceIri())) continue;
            if (!Mentions.insideCommaAside(before, subject.tokenEnd(), m.tokenStart())) return null;
        }
        return subject;
    }

    /**
     * The capital an official named without a country is placed in: the one that opens the sentence after "In"
     * with no other state named before the title ("In Baghdad on Friday, Foreign Minister Tariq Aziz said"), or
     * the one right after the name ("Foreign Minister Farouk al-Shara in Damascus"). An official is placed at home
     * where nothing else in the phrase says whose office it is (the guidelines count a capital that ties the
     * person to the state).
     */
    Mention placeOfOfficial(Sentence s, int titleToken, int nameEnd) {
        for (Mention m : mentions) {
            if (m.sentence() != s.index() || m.type() != EntityType.COUNTRY || m.kind() != MentionKind.CAPITAL) continue;
            if (m.tokenStart() == nameEnd + 1 && nameEnd < s.size() && VENUE_PREPOSITIONS.contains(s.token(nameEnd).lower())) return m;
            if (m.tokenStart() == 1 && s.token(0).lower().equals("in") && m.tokenEnd() < titleToken) {
                for (Mention o : mentions) {
                    if (o.sentence() == s.index() && o != m && o.type() == EntityType.COUNTRY && o.kind() != MentionKind.ANAPHOR
                            && o.tokenStart() < titleToken) return null;
                }
                return m;
            }
        }
        return null;
    }

    /** The first capital after token {@code from} in the sentence, right after "in" or "at". */
    private Mention venueCapitalAfter(Sentence s, int from) {
        Mention first = null;
        for (Mention m : mentions) {
            if (m.sentence() != s.index() || m.tokenStart() < from || m.tokenStart() == 0 || m.type() != EntityType.COUNTRY
                    || m.kind() != MentionKind.CAPITAL || !VENUE_PREPOSITIONS.contains(s.token(m.tokenStart() - 1).lower())) continue;
            if (first == null || m.tokenStart() < first.tokenStart()) first = m;
        }
        return first;
    }

    /**
     * The state a ministry spokesperson with no country speaks for: a capital where they speak after
     * the name ("told a briefing in Beijing"), else the article's dateline
     * ("BEIJING (Reuters) -"), else a country that opens the same or the previous sentence
     * ("China on Wednesday voiced opposition ... Foreign ministry spokesperson X said").
     */
    Mention contextCountry(Sentence s, int from) {
        // "X told a regular briefing in Beijing": a spokesperson speaks at home, wherever the story is datelined
        Mention venue = venueCapitalAfter(s, from);
        if (venue != null) return venue;
        if (namesDatelinePlace(s)) return null; // "talks here": the official may be the visitor
        Mention dateline = dateline(s.index());
        if (dateline != null) return dateline;
        Mention here = opening(s.index());
        return here != null ? here : opening(s.index() - 1);
    }

    /**
     * The capital of a dateline that opens this sentence or the one before ("NAIROBI, April 1 -
     * ..., Planning Minister Robert Ouko said"): the guidelines let it tie an office named without
     * a country to that state; further into the story an official is still tied where the sentence names
     * no other state before the title, and names the dateline's own too if it names another after it. A
     * leader is tied only in the dateline's own sentence ({@code sameSentenceOnly}), or the next where it
     * names the dateline's state again and no other: the next may turn to another state's leader.
     * Another state named before the title may be the person's ("LONDON - Brazil is unhappy, Finance
     * Minister X said"); one named after it is only what the person spoke about, where the sentence
     * names the dateline's own state too ("TOKYO - Prime Minister X ... in Japan's row with the
     * United States"). A leader is tied only as the first person of the sentence: a second is often the
     * visitor ("WASHINGTON - U.S. President X met Prime Minister Y"). An organisation's office is no
     * state's ("WASHINGTON - World Bank President X").
     */
    Mention datelineOfOwnState(Sentence s, int titleToken, boolean sameSentenceOnly) {
        Mention dateline = dateline(s.index());
        if (dateline == null) return null;
        boolean near = dateline.sentence() >= s.index() - 1;
        if (!near && sameSentenceOnly) return null;
        if (titleToken > 0 && lexicon.isOrganisationWord(s.token(titleToken - 1).text())) return null;
        // "TOKYO - Agriculture Secretary X took a hard line in talks here": someone who came to the dateline's place
        if (namesDatelinePlace(s)) return null;
        boolean otherAfter = false;
        boolean ownAgain = false;
        boolean otherBefore = false;
        Boolean firstIsOwn = null;
        boolean ownIsOtherParty = false;
        for (Mention m : mentions) {
            if (sameSentenceOnly && m.sentence() == s.index() && m.type() == EntityType.PERSON
                    && m.tokenStart() < titleToken) return null;
            if (m.sentence() != s.index() || m.type() != EntityType.COUNTRY || m.kind() == MentionKind.ANAPHOR
                    || m == dateline) continue;
            // "met his Russian counterpart in Moscow": the counterpart's state is by that word another's, and a
            // city where something happens says nothing of whose official the person is
            if (m.tokenEnd() < s.size() && counterpartAt(s, m.tokenEnd())) continue;
            // "Foreign Minister X summoned South Korean Ambassador Y": a state that qualifies another's title after
            // this one says whose that person is, not what this official acts on
            if (m.tokenStart() > titleToken && qualifiesNamedTitle(s, m.tokenEnd())) continue;
            if ((m.kind() == MentionKind.CAPITAL || m.kind() == MentionKind.CITY) && m.tokenStart() > titleToken
                    && VENUE_PREPOSITIONS.contains(s.token(m.tokenStart() - 1).lower())) continue;
            boolean own = statePlaces.sameState(dateline, m);
            // "Foreign Minister Sergei Lavrov said Moscow continued to support Serbia": another state whose words the
            // official reports is the official's own
            if (!own && m.tokenStart() > titleToken && reportsFor(s, m)) return null;
            if (firstIsOwn == null && m.tokenStart() < titleToken) {
                firstIsOwn = own && (m.kind() == MentionKind.NAME || m.kind() == MentionKind.DEMONYM);
            }
            // (named again by name or adjective: "monitored in Nicosia" only repeats where the bureau is)
            // (further into the story, not as the other party: "disappointed at the outcome of talks with Japan")
            boolean asOtherParty = own && !near && otherParty(s, m);
            ownIsOtherParty |= asOtherParty;
            if (own) ownAgain |= (m.kind() == MentionKind.NAME || m.kind() == MentionKind.DEMONYM) && !asOtherParty;
            else if (m.tokenStart() < titleToken) otherBefore = true;
            else otherAfter = true;
        }
        // (unless the sentence opens with the dateline's own state: "MANILA - The Philippines will import cement
        // from Indonesia, Trade Secretary X said")
        // (an official only: a leader's title there is often a company's, "Petroleos de Venezuela ... president X")
        if (otherBefore && (sameSentenceOnly || !Boolean.TRUE.equals(firstIsOwn))) return null;
        // a leader in the sentence after the dateline's, where that sentence names the dateline's state and
        // no other ("COLOMBO - ... . The crisis with Sri Lanka's neighbour deepened as Prime Minister X said")
        // (not an organisation's: "Renault President X", "Exxon's new president X")
        if (sameSentenceOnly && dateline.sentence() < s.index()) {
            return ownAgain && !otherAfter && !namedBodyBefore(s, titleToken) ? dateline : null;
        }
        if (otherAfter && !ownAgain) return null;
        // further into the story, an official whose sentence names no other state, or names the dateline's
        // own as well, is still the dateline state's ("BAGHDAD - ... Foreign Minister X told reporters"), unless
        // the dateline's state is the other party ("disappointed by her talks with Japan")
        return ownIsOtherParty || !near && namedBodyBefore(s, titleToken) ? null : dateline;
    }

    /** How many words of a first title may stand between a head phrase and the title read ("led by Deputy Prime Minister and"). */
    private static final int HEAD_TITLE_REACH = 5;
    /** How many words may stand between the body's state and the head phrase ("Pakistani delegation is"). */
    private static final int BODY_REACH = 4;

    /**
     * The state of a body whose head an official named without a state is: "A high-level Pakistani delegation led by
     * Defence Minister X", "the Sudanese side is headed by Cabinet Affairs Minister Y" (lexicon/office-verbs.tsv rows
     * marked head; the body is an institution word of lexicon/institution-words.tsv after the state's name or adjective).
     */
    Mention stateOfBodyHeaded(Sentence s, int titleToken) {
        for (int end = titleToken; end >= Math.max(0, titleToken - HEAD_TITLE_REACH); end--) {
            // (only the words of a first title and "and" between: "led by Deputy Prime Minister and Foreign Minister X")
            // (and an adjective of the office in lower case: "included presidential chief of staff X")
            if (end < titleToken && !(Character.isUpperCase(s.token(end).text().charAt(0)) || s.token(end).lower().equals("and")
                    || s.token(end).pos().startsWith("ADJ"))) break;
            for (List<String> phrase : lexicon.headPhrases()) {
                int start = end - phrase.size();
                if (start < 1) continue;
                boolean match = true;
                for (int w = 0; w < phrase.size() && match; w++) match = s.token(start + w).lower().equals(phrase.get(w));
                if (!match) continue;
                int k = start - 1;
                while (k >= 0 && lexicon.territoryCues().isAuxiliary(s.token(k).lower())) k--;
                if (k < 0 || !lexicon.isInstitutionWord(s.token(k).lower())) return null;
                for (Mention m : mentions) {
                    if (m.sentence() == s.index() && m.type() == EntityType.COUNTRY && m.kind() != MentionKind.ANAPHOR
                            && m.tokenEnd() <= k && k - m.tokenEnd() < BODY_REACH) return m;
                }
                return null;
            }
        }
        return null;
    }

    /** How far before a recall verb the state that recalls may stand ("Tokyo was recalling", "Japan on Friday recalled"). */
    private static final int RECALLER_REACH = 4;

    /**
     * The state that calls the official home, where a diplomat's title (the caller checks it is one) follows a recall
     * verb of office-verbs.tsv, with at most "its" or "their" between ("Tokyo was recalling Ambassador Masatoshi Muto
     * from Seoul", "Japan recalled its Ambassador Koji Tomita"): the state named last before the verb, within a few
     * words; or null.
     */
    Mention recallingState(Sentence s, int titleToken) {
        int k = titleToken - 1;
        if (k >= 0 && (s.token(k).lower().equals("its") || s.token(k).lower().equals("their"))) k--;
        if (k < 1 || !lexicon.isRecallVerb(s.token(k).lower())) return null;
        Mention recaller = null;
        for (Mention m : mentions) {
            if (m.sentence() == s.index() && Mentions.isStateByName(m) && m.tokenEnd() <= k && k - m.tokenEnd() <= RECALLER_REACH) recaller = m;
        }
        return recaller;
    }

    /** Words a speaker's verb may be followed by before the reported clause: "said on Monday that", "said last week". */
    private static final int MAX_REPORT_ADVERBIAL = 3;

    /**
     * The state an official named without a country reports for: the subject of the clause the official is the
     * speaker of ("Foreign Minister X said Moscow continued to support Serbia", "spokesman Y told reporters that
     * Beijing opposed ...", "Minister X said on Tuesday that
     * Indonesia would never recognise the line"). The guidelines count a clause that ties the person to a state; a
     * speaker reports what the own government does far more often than what another's does. Nothing where the
     * sentence names another state before the title (the speaker may be that state's) or the clause's state is
     * a party the speaker argues with ("said Japan must apologise": a modal of obligation, lexicon words
     * {@code obligation} of territory-cues.tsv).
     */
    Mention reportedState(Sentence s, int titleToken, int nameEnd) {
        int speech = afterCoordinatedSpeaker(s, nameEnd);
        if (speech >= s.size()) return null;
        boolean telling = lexicon.territoryCues().isTellingVerb(s.token(speech).lower());
        if (!telling && !lexicon.territoryCues().isSpeechVerb(s.token(speech).lower())) return null;
        int k = speech + 1;
        int skipped = 0;
        while (k < s.size() && skipped < MAX_REPORT_ADVERBIAL && !s.token(k).lower().equals("that")
                && REPORT_ADVERBIAL_TAGS.contains(s.token(k).pos()) && !PersonMentionFinder.covered(mentions, s, k)) {
            k++;
            skipped++;
        }
        // "told reporters that Beijing ...": after a verb of telling, only a clause opened by "that" is reported
        if (k < s.size() && s.token(k).lower().equals("that")) k++;
        else if (telling) return null;
        for (Mention m : mentions) {
            if (m.sentence() != s.index() || m.type() != EntityType.COUNTRY || m.kind() == MentionKind.ANAPHOR) continue;
            if (m.tokenStart() < titleToken) return null;
        }
        for (Mention m : mentions) {
            if (m.sentence() != s.index() || m.tokenStart() != k || m.type() != EntityType.COUNTRY
                    || m.kind() != MentionKind.NAME && m.kind() != MentionKind.CAPITAL) continue;
            int after = m.tokenEnd();
            if (after >= s.size()) return null;
            Token verb = s.token(after);
            if (!verb.pos().startsWith("VERB") && !verb.pos().startsWith("AUX")) return null;
            if (lexicon.territoryCues().isObligation(verb.lower())) return null;
            return m;
        }
        return null;
    }

    /** At most this many words of a second titled speaker: "and Agriculture and Marine Minister Charlie McConalogue". */
    private static final int MAX_COORDINATED_SPEAKER = 8;

    /**
     * The token after a second speaker coordinated with the first ("Foreign Minister X and Agriculture Minister Y
     * said Dublin ..."): capitalised words and "and" only; {@code nameEnd} itself where no "and" follows the name.
     */
    private static int afterCoordinatedSpeaker(Sentence s, int nameEnd) {
        if (nameEnd >= s.size() || !s.token(nameEnd).lower().equals("and")) return nameEnd;
        int k = nameEnd + 1;
        int limit = Math.min(s.size(), k + MAX_COORDINATED_SPEAKER);
        while (k < limit && (Character.isUpperCase(s.token(k).text().charAt(0)) || s.token(k).lower().equals("and"))) k++;
        return k > nameEnd + 1 ? k : nameEnd;
    }

    private static final Set<String> REPORT_ADVERBIAL_TAGS = Set.of("ADP", "DET", "NOUN", "PROPN", "ADJ", "ADV", "NUM");

    /** A state as the subject of a reported clause: right after a verb of saying, or its "that" ("said Moscow would"). */
    private boolean reportsFor(Sentence s, Mention state) {
        int k = state.tokenStart() - 1;
        if (k > 0 && s.token(k).lower().equals("that")) k--;
        return k > 0 && lexicon.territoryCues().isSpeechVerb(s.token(k).lower());
    }

    /** Whether a title followed by a capitalised name starts at token k, or after a possessive there ("Ambassador Y", "'s envoy, Y"). */
    private boolean qualifiesNamedTitle(Sentence s, int k) {
        if (k < s.size() && (s.token(k).text().equals("'s") || s.token(k).text().equals("\u2019s"))) k++;
        TitleMatch title = titleAt(s, k);
        // (not a rank: "the Turkish General Staff" is a body)
        if (title == null || title.title().role() == TitleRole.COUNTERPART || title.title().isRank()) return false;
        int name = title.end();
        if (name < s.size() && s.token(name).text().equals(",")) name++;
        return name < s.size() && Character.isUpperCase(s.token(name).text().charAt(0));
    }

    /** Whether a title of role counterpart starts at token k ("counterpart"). */
    private boolean counterpartAt(Sentence s, int k) {
        TitleMatch title = titleAt(s, k);
        return title != null && title.title().role() == TitleRole.COUNTERPART;
    }

    /** "talks with Japan" (not "with Japan's program"): a state named as the other party of talks or a dispute. */
    private static boolean otherParty(Sentence s, Mention m) {
        return m.tokenStart() > 0 && COUNTERPART_PREPOSITIONS.contains(s.token(m.tokenStart() - 1).lower())
                && !(m.tokenEnd() < s.size() && s.token(m.tokenEnd()).text().equals("'s"));
    }

    /** A word of lexicon/anaphors.tsv that stands for the dateline's place ("here"), not opening the sentence. */
    private boolean namesDatelinePlace(Sentence s) {
        for (int k = 1; k < s.size(); k++) if (lexicon.isDatelineWord(s.token(k).lower())) return true;
        return false;
    }

    /** Tags of words that open a sentence without naming anything ("The", "But", "Former"). */
    private static final Set<String> FUNCTION_TAGS = Set.of("DET", "ADP", "ADV", "CCONJ", "SCONJ", "ADJ", "NUM", "PART", "AUX", "VERB");

    /**
     * A capitalised word no mention covers up to three tokens before the title (opening the sentence, a
     * name or an acronym, as the tagger often misreads it there: "Renault President X", "PRI president X",
     * not "The prime minister" or "But Prime Minister X").
     */
    private boolean namedBodyBefore(Sentence s, int titleToken) {
        for (int k = Math.max(0, titleToken - 3); k < titleToken; k++) {
            String w = s.token(k).text();
            boolean name = !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && (k > 0 || !FUNCTION_TAGS.contains(s.token(k).pos())
                    || w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)));
            if (name && !PersonMentionFinder.covered(mentions, s, k)) return true;
        }
        return false;
    }

    private Mention opening(int sentence) {
        if (sentence < 0) return null;
        for (Mention m : mentions) {
            if (m.sentence() == sentence && m.tokenStart() == 0 && m.type() == EntityType.COUNTRY
                    && (m.kind() == MentionKind.NAME || m.kind() == MentionKind.CAPITAL)) return m;
        }
        return null;
    }

    /** The nearest dateline at or before the sentence (see {@link Datelines#nearest}). */
    Mention dateline(int sentence) {
        return Datelines.nearest(doc, mentions, sentence);
    }

}
