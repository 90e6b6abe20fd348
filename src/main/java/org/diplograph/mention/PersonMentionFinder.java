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

    private final Lexicon lexicon;

    /** Reference IRIs of territories that are also states: their names may qualify a title like a country's. */
    private final StatePlaces statePlaces;

    PersonMentionFinder(Lexicon lexicon, StatePlaces statePlaces) {
        this.lexicon = lexicon;
        this.statePlaces = statePlaces;
    }

    @Override
    public List<Mention> find(AnnotatedText doc, List<Mention> earlier) {
        List<Mention> mentions = new ArrayList<>(earlier);
        for (Sentence s : doc.sentences()) {
            titledNames(doc, s, mentions);
            bareNames(s, mentions);
            namesBeforeOffices(doc, s, mentions);
            titlesAfterNames(doc, s, mentions);
            officePredicates(doc, s, mentions);
            pluralTitles(doc, s, mentions);
        }
        shortNames(doc, mentions);
        mentions.sort(Mentions.BY_POSITION);
        return mentions;
    }

    /** "[country] TITLE [of country] [,] Name", "the head of the Knesset NAME", "Canada's envoy to Japan, NAME". */
    private void titledNames(AnnotatedText doc, Sentence s, List<Mention> mentions) {
        int n = s.size();
        OfficePhrases phrases = new OfficePhrases(lexicon, doc, mentions, statePlaces);
        for (int i = 0; i < n; i++) {
            if (covered(mentions, s, i)) {
                titleInsideName(phrases, s, i, mentions);
                continue;
            }
            OfficePhrases.TitleMatch title = phrases.titleAt(s, i);
            if (title == null) continue;
            int j = portfolioEnd(s, mentions, title.end(), takesPortfolio(title.title()));
            // "Deputy Defence Minister": a longer office starts right after; it is read from there
            OfficePhrases.TitleMatch next = phrases.titleAt(s, j);
            if (next != null && next.title().role() != TitleRole.NONE && !next.title().isRank()) continue;
            OfficePhrases.Qualifier after = phrases.qualifierAfter(s, j);
            Mention country = after.qualifier();
            j = after.end();
            if (country == null) country = phrases.qualifierBefore(s, i, takesPortfolio(title.title()));
            // (an official only: "U.S. President Biden and Prime Minister Kishida" lead two states)
            Mention coordinated = country == null && title.title().role() == TitleRole.OFFICIAL ? coordinatedTitleCountry(s, i, title.title(), mentions) : null;
            if (coordinated != null) country = coordinated;
            boolean comma = false;
            // ("the Israeli defence minister, X", "the country's defence minister, X")
            int beforeTitle = i - 1;
            while (beforeTitle > 0 && lexicon.isTitleModifier(s.token(beforeTitle).lower())) beforeTitle--;
            boolean possessed = beforeTitle >= 0 && s.token(beforeTitle).text().equals("'s");
            // "his predecessor Rodrigo Duterte", "Marcos's successor": a title of the possessed flag is one only after a
            // possessive ("Successor Identification Friend or Foe" names no one)
            // (a person's pronoun: "its predecessor Pacific Oasis" is a company's)
            if (title.title().flags().contains(Lexicon.POSSESSED) && !(possessed || beforeTitle >= 0
                    && s.token(beforeTitle).pos().startsWith("PRON") && !s.token(beforeTitle).lower().equals("its"))) continue;
            if (j < n && s.token(j).text().equals(",") && (country != null || phrases.determinerBefore(s, i) || possessed)) {
                j++;
                comma = true;
            }
            int afterComma = j;
            // "Foreign Minister Mr Garcia-Margallo": a courtesy title or a rank may follow the office, and after
            // a comma any title ("a coast guard spokesperson, Commodore X")
            for (OfficePhrases.TitleMatch more = phrases.titleAt(s, j);
                    more != null && (comma || more.title().role() == TitleRole.NONE || more.title().isRank()); more = phrases.titleAt(s, j)) {
                j = more.end();
            }
            // (a state taken from the leader before the coordination qualifies this title, but is no part of its phrase)
            int titleBegin = country != null && coordinated == null && country.sentence() == s.index() && country.tokenEnd() <= i
                    ? country.begin() : s.token(i).begin();
            Lexicon.Title t = title.title();
            Mention person = mentionStartingAt(mentions, s, j);
            // "Energy Minister Israel Katz", "Defence Minister Wellington Koo", "Finance Minister Milan Petrov": a given
            // name that is also a state's, a capital's or a city's name, right after a title and before a family name, is the name
            if (person != null && person.type() == EntityType.COUNTRY
                    && (person.kind() == MentionKind.NAME || person.kind() == MentionKind.CAPITAL || person.kind() == MentionKind.CITY)
                    && person.tokenEnd() == j + 1 && j + 1 < n && isNameWord(s.token(j + 1)) && !covered(mentions, s, j + 1)) {
                mentions.remove(person);
                person = null;
            }
            // "Supreme Leader Ayatollah Ali Khamenei", "Iran's leader, Ayatollah Ruhollah Khomeini": a known name
            // may itself begin with the courtesy title
            if (person == null && j > afterComma) person = mentionStartingAt(mentions, s, afterComma);
            boolean known = person != null && person.type() == EntityType.PERSON;
            int end = known ? person.tokenEnd() : nameEnd(s, mentions, j, false, true);
            if (end <= j) continue;
            // "Indonesia's official Antara news agency": a title that is also an adjective takes a full name only
            if (!known && end - j < 2 && t.flags().contains("full-name")) continue;
            // "Japan's Ground Self-Defense Force": one word joined by a hyphen to a capitalised word is part of a compound
            if (!known && end - j == 1 && hyphenCompoundFollows(s, end)) continue;
            // "... did not trust the prime minister, Mr Brown replied": a comma that ends a clause is no
            // apposition; one is closed after the name or opens the sentence ("The prime minister, X said")
            if (comma && country == null && !possessed && !closesPhrase(s, end) && phraseStart(s, i) > 0) continue;
            if (country == null && !t.needsQualifier()) country = phrases.countryAfterName(s, end);
            boolean arm = after.institution() || phrases.institutionBefore(s, i); // "an army spokesman, X"
            if (country == null && (t.countryFromContext() || arm && t.role() != TitleRole.LEADER)) {
                country = phrases.contextCountry(s, end);
            }
            // "NAIROBI - Kenya's economy ..., Planning Minister X said"; a leader only in the dateline's own
            // sentence ("TOKYO, March 30 - Prime Minister X sounded a conciliatory note") and only one the
            // reference does not know: "TOKYO - ... an order by President Reagan" is the tenure's
            boolean referenceLeader = known && person.referenceIri() != null;
            // "Entertainment Marketing Inc and its president X": the company's office, not the dateline's state
            boolean companyOffice = country == null && s.token(Math.max(beforeTitle, 0)).lower().equals("its")
                    && OfficePhrases.afterOrganisationName(lexicon, s, beforeTitle);
            // "TOKYO - ... Representative X of Missouri": a place after the name that is no state of ours says
            // where the office is, and it is not the dateline's
            boolean placedElsewhere = end + 1 < n && s.token(end).lower().equals("of") && Character.isUpperCase(s.token(end + 1).text().charAt(0))
                    && !covered(mentions, s, end + 1);
            if (country == null && !companyOffice && !placedElsewhere && !t.needsQualifier() && t.countryIri() == null
                    && (t.role() == TitleRole.OFFICIAL || t.role() == TitleRole.LEADER && !referenceLeader)) {
                country = phrases.datelineOfOwnState(s, i, t.role() == TitleRole.LEADER);
            }
            if (country == null && !companyOffice && !t.needsQualifier() && t.countryIri() == null && t.role() == TitleRole.OFFICIAL) {
                country = phrases.openingState(s, i);
                if (country == null && !placedElsewhere) country = phrases.placeOfOfficial(s, i, end);
                // "a Pakistani delegation led by Defence Minister X": the state of the body the official heads
                if (country == null) country = phrases.stateOfBodyHeaded(s, i);
                // "Tokyo was recalling Ambassador X from Seoul": the state that calls its envoy home
                if (country == null && t.isDiplomat()) country = phrases.recallingState(s, i);
                // "Foreign Minister X said Moscow continued to support Serbia": the state the official reports for
                if (country == null && !placedElsewhere) country = phrases.reportedState(s, i, end);
                // "Turkey welcomed the agreement. Foreign Minister X congratulated Baku": the state whose act the
                // sentence before tells
                if (country == null && !placedElsewhere) country = phrases.previousSubjectState(s, i);
            }
            // "chief economic adviser Beryl Sprinkel": an office that needs a qualifier still marks a full
            // name after it as a person's, as a courtesy title would; it gives no relation
            // (written in lower case: a capitalised one, "Commander X, a Pentagon spokesman", is read whole elsewhere)
            boolean courtesy = country == null && t.needsQualifier();
            if (courtesy && (known || end - j < 2 || comma || !Character.isLowerCase(s.token(i).text().charAt(0)))) continue;
            if (courtesy && unqualifiedTitleWithin(phrases, s, i + 1, title.end())) continue; // "opposition leader": "leader" is read
            if (courtesy) titleBegin = s.token(modifiersBefore(s, i)).begin();
            keepBody(country, mentions);
            if (known) {
                if (!person.hasTitle()) {
                    mentions.remove(person);
                    mentions.add(person.withTitle(t.text(), companyOffice ? TitleRole.NONE : after.roleOf(t), titleBegin, country, t.countryIri()));
                }
            } else {
                Mention named = person(s, j, end, "pattern:title-name")
                        .withTitle(t.text(), courtesy || companyOffice ? TitleRole.NONE : after.roleOf(t), titleBegin, country, t.countryIri());
                replaceFamilyName(mentions, named);
                mentions.add(named);
            }
            i = end - 1;
        }
    }

    /**
     * "Philippine President X and Defense Secretary Y", "Chinese President Xi and Foreign Minister Wang": the
     * state named before a leader's title qualifies the title of the official coordinated after the leader
     * (not another official's: "Japanese Foreign Minister Kono and Secretary of State Pompeo" are counterparts).
     */
    private Mention coordinatedTitleCountry(Sentence s, int i, Lexicon.Title title, List<Mention> mentions) {
        if (i < 2) return null;
        String joiner = s.token(i - 1).lower();
        // (a word that joins, "and", "or"; a comma, after which an apposition may start, only inside a list of titled
        // names that goes on with "and" after this one: "the delegation included Defence Minister A, Interior Minister B
        // and Foreign Minister C")
        if (!lexicon.territoryCues().isCoordinator(joiner)) return null;
        if (!Character.isLetter(joiner.charAt(0)) && !listGoesOn(s, i)) return null;
        for (Mention m : mentions) {
            if (m.sentence() == s.index() && m.type() == EntityType.PERSON && m.tokenEnd() == i - 1
                    && m.titleCountry() != null && m.titleCountry().type() == EntityType.COUNTRY
                    && m.titleCountry().kind() != MentionKind.ANAPHOR
                    && (m.role() == TitleRole.LEADER || m.role() == TitleRole.OFFICIAL && officialsOfOneState(s, m, title))) {
                return m.titleCountry();
            }
        }
        return null;
    }

    /** How many tokens a titled name in a list may take before the list goes on. */
    private static final int LIST_MEMBER_REACH = 8;

    /**
     * Whether the list of titled names that token {@code i} continues after a comma goes on after this member: a
     * word that joins ("and") follows within a few capitalised tokens of the name, before any verb.
     */
    private boolean listGoesOn(Sentence s, int i) {
        for (int k = i + 1; k < s.size() && k <= i + LIST_MEMBER_REACH; k++) {
            String w = s.token(k).lower();
            if (lexicon.territoryCues().isCoordinator(w) && Character.isLetter(w.charAt(0))) return true;
            if (s.token(k).pos().startsWith("VERB") || s.token(k).pos().startsWith("AUX")) return false;
        }
        return false;
    }

    /**
     * "Pakistan's foreign minister A and interior minister B": a second official's title takes the first one's
     * state, unless it is the same office ("Foreign Minister A and Foreign Minister B"), an office of another state
     * alone ("Japanese Foreign Minister A and Secretary of State B"), or the two stand after "between".
     */
    private boolean officialsOfOneState(Sentence s, Mention first, Lexicon.Title second) {
        boolean otherStatesOffice = second.countryIri() != null && !second.countryIri().equals(first.titleCountry().referenceIri());
        return !sameOffice(first.title(), second) && !otherStatesOffice && !afterBetween(s, first);
    }

    /** How far before a coordination's first name a word that opens two sides ("between") may stand. */
    private static final int BETWEEN_REACH = 8;

    /**
     * "talks between U.S. Secretary of State A and Foreign Minister B": a coordination after "between" names
     * two sides, so the first one's state is not the second's.
     */
    private boolean afterBetween(Sentence s, Mention first) {
        for (int k = first.tokenStart() - 1; k >= 0 && k >= first.tokenStart() - BETWEEN_REACH; k--) {
            if (lexicon.territoryCues().opensTwoSides(s.token(k).lower())) return true;
        }
        return false;
    }

    /**
     * Two officials' titles name one office ("Foreign Minister A and Foreign Minister B" hold it in
     * two states): then the first one's state does not carry over to the second.
     */
    private static boolean sameOffice(String first, Lexicon.Title second) {
        return first != null && first.equalsIgnoreCase(second.text());
    }

    /**
     * "chief economic adviser X", "senior foreign policy aide X": where the title phrase starts, over title
     * modifiers and lower-case adjectives and nouns before the title at i.
     */
    private int modifiersBefore(Sentence s, int i) {
        int k = i;
        while (k > 0 && i - k < MAX_TITLE_MODIFIERS && (lexicon.isTitleModifier(s.token(k - 1).lower())
                || (s.token(k - 1).pos().equals("ADJ") || s.token(k - 1).pos().equals("NOUN"))
                    && Character.isLowerCase(s.token(k - 1).text().charAt(0)))) k--;
        return k;
    }

    private static final int MAX_TITLE_MODIFIERS = 3;

    private static boolean hyphenCompoundFollows(Sentence s, int k) {
        if (k + 1 >= s.size() || !s.token(k).text().equals("-")) return false;
        Token next = s.token(k + 1);
        return s.token(k - 1).end() == s.token(k).begin() && s.token(k).end() == next.begin()
                && Character.isUpperCase(next.text().charAt(0));
    }

    private static boolean unqualifiedTitleWithin(OfficePhrases phrases, Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            OfficePhrases.TitleMatch inner = phrases.titleAt(s, k);
            if (inner != null && !inner.title().needsQualifier()) return true;
        }
        return false;
    }

    /**
     * "Minister of Information", "Secretary for Trade and Industry": the portfolio named after the
     * title, in capitalised words that are no place, belongs to the title; the name follows it.
     */
    private int portfolioEnd(Sentence s, List<Mention> mentions, int j, boolean portfolio) {
        if (j + 1 >= s.size() || !(s.token(j).lower().equals("of") || s.token(j).lower().equals("for"))) return j;
        // "Serbia's minister for Kosovo, Slobodan Samardzic": a place after "for" is the portfolio of a title that
        // takes one, not the state whose office it is
        Mention place = portfolio && s.token(j).lower().equals("for") ? mentionStartingAt(mentions, s, j + 1) : null;
        if (place != null && place.type() != EntityType.PERSON && place.kind() == MentionKind.NAME && place.tokenEnd() < s.size()
                && (s.token(place.tokenEnd()).text().equals(",") || isNameWord(s.token(place.tokenEnd())))) {
            return place.tokenEnd();
        }
        int k = j + 1;
        int words = 0;
        while (k < s.size() && words < 4) {
            Token t = s.token(k);
            boolean capitalised = Character.isUpperCase(t.text().charAt(0)) && t.text().chars().anyMatch(Character::isLowerCase);
            if (capitalised && !covered(mentions, s, k) && !lexicon.isGivenName(t.text())) {
                words++;
                k++;
            } else if (words > 0 && t.lower().equals("and") && k + 1 < s.size()
                    && Character.isUpperCase(s.token(k + 1).text().charAt(0)) && !covered(mentions, s, k + 1)) {
                k++;
            } else {
                break;
            }
        }
        if (words == 0 || k >= s.size()) return j;
        boolean initialOpens = (isLoneCapital(s.token(k)) || isCapitalInitials(s.token(k))) && k + 1 < s.size() && isNameWord(s.token(k + 1));
        // ("Britain's minister for Europe, Alan Duncan": the name in apposition; not "Minister of Energy, Chemical
        // and Petro-Chemical Industries", where the portfolio goes on)
        boolean apposition = portfolio && s.token(k).text().equals(",") && nameInApposition(s, k + 1);
        return isNameWord(s.token(k)) || initialOpens || apposition ? k : j;
    }

    /** "Queen Margrethe II of Denmark": a known person whose name as listed starts with the title. */
    private void titleInsideName(OfficePhrases phrases, Sentence s, int i, List<Mention> mentions) {
        Mention person = mentionStartingAt(mentions, s, i);
        if (person == null || person.type() != EntityType.PERSON || person.hasTitle()) return;
        OfficePhrases.TitleMatch title = phrases.titleAt(s, i);
        if (title == null || title.end() >= person.tokenEnd() || title.title().needsQualifier()) return;
        Mention country = phrases.qualifierBefore(s, i);
        if (country == null) country = phrases.countryAfterName(s, person.tokenEnd());
        Lexicon.Title t = title.title();
        mentions.remove(person);
        mentions.add(person.withTitle(t.text(), t.role(), country != null && country.tokenEnd() <= i ? country.begin()
                : person.begin(), country, t.countryIri()));
    }

    /**
     * "Hiroshige Seko, Japan's trade minister, said": two or more capitalised words whose first is no
     * known given name are a person's name when an apposition gives them a state's office. News names
     * people from everywhere; the given-name list cannot hold them all, the apposition vouches instead.
     */
    private void namesBeforeOffices(AnnotatedText doc, Sentence s, List<Mention> mentions) {
        OfficePhrases phrases = null;
        // the office comes after a comma: without one, no word of the sentence need be read as a name
        // (nor the sentence tagged); the offices read below are these, with no mention added yet
        if (!officeAfterAComma(s, new OfficePhrases(lexicon, doc, mentions, statePlaces))) return;
        for (int i = 0; i + 3 < s.size(); i++) {
            if (covered(mentions, s, i) || !isNameWord(s.token(i)) || i > 0 && isNameWord(s.token(i - 1))) continue;
            int end = nameEnd(s, mentions, i, true, false);
            if (end <= i || end >= s.size() || !s.token(end).text().equals(",")) continue;
            if (lexicon.isInstitutionWord(s.token(end - 1).lower())) continue;
            int j = end + 1;
            if (isDeterminer(s, j)) j++;
            if (phrases == null) phrases = new OfficePhrases(lexicon, doc, mentions, statePlaces);
            OfficePhrases.Office office = phrases.officeAt(s, j);
            if (office == null || office.role() == TitleRole.NONE || !OfficePhrases.closesApposition(s, office.end())
                    || office.country() == null && office.title().countryIri() == null) continue;
            mentions.add(person(s, firstWordOfName(s, mentions, i, true), end, "pattern:name-office"));
            i = end - 1;
        }
    }

    /**
     * Where a name vouched for by its office starts, from its first name word at i: back over capitalised
     * words inside the sentence that the tagger misreads ("hosted Muse/SCONJ Bihi Abdi") or that the gazetteer
     * took for a known family name alone ("hosted Gedi Warsame Hirad"), which is then dropped; not over a
     * title word, nor past a word that opens the sentence or follows another capitalised one. A name with a
     * known given name (not vouched for by an office) takes only the family name back.
     */
    private int firstWordOfName(Sentence s, List<Mention> mentions, int i, boolean anyCapitalised) {
        int k = i - 1;
        if (k < 1 || !isCapitalisedWord(s.token(k)) || lexicon.isNotName(s.token(k).text())
                || lexicon.isTitleWord(s.token(k).lower()) || Character.isUpperCase(s.token(k - 1).text().charAt(0))) return i;
        Mention before = mentionStartingAt(mentions, s, k);
        if (before == null) return covered(mentions, s, k) || !anyCapitalised ? i : k;
        if (before.type() != EntityType.PERSON || before.kind() != MentionKind.SHORT_NAME || before.tokenEnd() != i) return i;
        mentions.remove(before);
        return k;
    }

    /** Whether an office is read after some comma of the sentence, or after a comma and a determiner. */
    private static boolean officeAfterAComma(Sentence s, OfficePhrases phrases) {
        for (int c = 1; c + 1 < s.size(); c++) {
            if (!s.token(c).text().equals(",")) continue;
            if (phrases.officeAt(s, c + 1) != null || isDeterminer(s, c + 1) && phrases.officeAt(s, c + 2) != null) return true;
        }
        return false;
    }

    /** "Name, (the|a) [first] [country('s)] TITLE [of country]": the title is attached to a person found before. */
    private void titlesAfterNames(AnnotatedText doc, Sentence s, List<Mention> mentions) {
        OfficePhrases phrases = new OfficePhrases(lexicon, doc, mentions, statePlaces);
        for (Mention p : List.copyOf(mentions)) {
            // a general who heads the state holds the office the apposition names, not only his rank ("General
            // Kenan Evren, the Turkish head of state"); a rank with a command keeps it
            Lexicon.Title own = p.hasTitle() ? lexicon.title(p.title()) : null;
            boolean ranked = own != null && own.isRank();
            if (p.sentence() != s.index() || p.type() != EntityType.PERSON || hasStatedOffice(p) && !ranked) continue;
            int j = p.tokenEnd();
            if (j >= s.size() || !s.token(j).text().equals(",")) continue;
            j++;
            if (j < s.size() && isDeterminer(s, j)) j++;
            OfficePhrases.Office office = phrases.officeAt(s, j);
            if (office == null || !OfficePhrases.closesApposition(s, office.end())) continue;
            if (hasStatedOffice(p) && office.role() != TitleRole.LEADER) continue;
            if (p.hasTitle() && office.country() == null) continue;
            keepBody(office.country(), mentions);
            mentions.remove(p);
            mentions.add(p.withTitle(office.title().text(), office.role(), p.begin(), office.country(),
                    office.title().countryIri()));
        }
    }

    /**
     * "Presidents Abdel Fattah el-Sisi and Omar al-Bashir", "Foreign Ministers A, B and C": a title in the plural right
     * before a coordination of names is each one's title (a leader's state then comes from the reference, as for
     * "President X" alone). Only names with no office of their own yet, and at least two of them.
     */
    private void pluralTitles(AnnotatedText doc, Sentence s, List<Mention> mentions) {
        for (int k = 0; k + 1 < s.size(); k++) {
            String last = s.token(k).text();
            if (last.length() < 4 || !last.endsWith("s") || !Character.isUpperCase(last.charAt(0))) continue;
            Lexicon.Title title = null;
            int titleStart = k;
            // (the longest title first: "Prime Ministers" is "Prime Minister", not "Minister")
            for (int start = Math.max(0, k - 2); start <= k && title == null; start++) {
                StringBuilder singular = new StringBuilder();
                // (the words as written: "Vice-Premiers" is three tokens with no space between)
                for (int w = start; w < k; w++) {
                    singular.append(s.token(w).text());
                    if (s.token(w).end() < s.token(w + 1).begin()) singular.append(' ');
                }
                singular.append(last, 0, last.length() - 1);
                Lexicon.Title t = lexicon.title(singular.toString());
                if (t != null && t.role() != TitleRole.NONE && !t.needsQualifier()) {
                    title = t;
                    titleStart = start;
                }
            }
            if (title == null) continue;
            List<Mention> named = new ArrayList<>();
            List<Mention> states = new ArrayList<>();
            List<Mention> found = new ArrayList<>();
            OfficePhrases phrases = new OfficePhrases(lexicon, doc, mentions, statePlaces);
            int at = k + 1;
            while (true) {
                Mention p = mentionStartingAt(mentions, s, at);
                // "Foreign Ministers Dante Caputo of Argentina and ...": a name the lists do not know, after the title
                if (p == null && at < s.size() && !covered(mentions, s, at)) {
                    int end = nameEnd(s, mentions, at, false, true);
                    if (end - at >= 2) {
                        p = person(s, at, end, "pattern:title-name");
                        found.add(p);
                    }
                }
                // (a title read from the plural's own words, "Presidents" as "President", is replaced)
                boolean ownTitle = p != null && p.hasTitle() && p.role() != TitleRole.NONE && p.titleBegin() < s.token(titleStart).begin();
                if (p == null || p.type() != EntityType.PERSON || ownTitle) break;
                named.add(p);
                at = p.tokenEnd();
                // "Presidents Alan Garcia of Peru and Rafael Correa of Ecuador": each one's state after the name
                Mention state = phrases.countryAfterName(s, at);
                states.add(state);
                if (state != null) at = state.tokenEnd();
                int afterName = at;
                if (at < s.size() && s.token(at).text().equals(",")) at++;
                if (at < s.size() && s.token(at).lower().equals("and")) at++;
                if (at == afterName) break;
            }
            if (named.size() < 2) continue;
            int titleBegin = s.token(titleStart).begin();
            for (int i = 0; i < named.size(); i++) {
                Mention p = named.get(i);
                if (!found.contains(p)) mentions.remove(p);
                mentions.add(p.withTitle(title.text(), title.role(), titleBegin, states.get(i), title.countryIri()));
            }
        }
    }

    /**
     * "NAME served as / became / was sworn in as / was X's TITLE", "NAME, who served as her defence
     * minister": the verb phrases of {@code office-verbs.tsv} followed by a qualified office.
     */
    private void officePredicates(AnnotatedText doc, Sentence s, List<Mention> mentions) {
        OfficePhrases phrases = new OfficePhrases(lexicon, doc, mentions, statePlaces);
        for (Mention p : List.copyOf(mentions)) {
            if (p.sentence() != s.index() || p.type() != EntityType.PERSON || hasStatedOffice(p) || p.kind() == MentionKind.ANAPHOR) continue;
            int j = p.tokenEnd();
            if (j + 1 < s.size() && s.token(j).text().equals(",") && s.token(j + 1).lower().equals("who")) j += 2;
            int afterVerb = phrases.officeVerbEnd(s, j);
            if (afterVerb < 0) continue;
            OfficePhrases.Office office = phrases.predicateOfficeAt(s, afterVerb, p);
            if (office == null) continue;
            keepBody(office.country(), mentions);
            mentions.remove(p);
            mentions.add(p.withTitle(office.title().text(), office.role(), p.begin(), office.country(),
                    office.title().countryIri()));
        }
    }

    /**
     * A person whose title already says whose office it is ("Colonel Tan" says nothing yet), or that
     * the person holds no state's office ("chief executive"); a courtesy title ("Mr", "Sheikh": one that
     * shows a gender) says neither ("Sheikh Tamim, Qatar's emir").
     */
    private boolean hasStatedOffice(Mention p) {
        if (p.hasTitle() && p.role() == TitleRole.NONE) {
            Lexicon.Title t = lexicon.title(p.title());
            return t == null || t.gender() == null;
        }
        return p.hasTitle() && (p.titleCountry() != null || p.titleDefaultCountry() != null);
    }

    /**
     * A state body that qualifies a title ("IDF spokesman") becomes a mention of its country, so
     * that the country is an entity of the article; bodies elsewhere are not marked.
     */
    private static void keepBody(Mention country, List<Mention> mentions) {
        if (country == null || !country.rule().equals(OfficePhrases.STATE_BODY_RULE) || mentions.contains(country)) return;
        for (Mention m : mentions) if (m.overlaps(country)) return;
        mentions.add(country);
    }

    /** Two or more capitalised words, the first a known given name. */
    private void bareNames(Sentence s, List<Mention> mentions) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            boolean given = lexicon.isGivenName(t.text()) || commonWordOpensName(s, i);
            if (!given || covered(mentions, s, i)) continue;
            int end = nameEnd(s, mentions, i, true, false);
            if (end - i >= 2) {
                Mention named = person(s, firstWordOfName(s, mentions, i, false), end, "pattern:given-name");
                replaceFamilyName(mentions, named);
                mentions.add(named);
                i = end - 1;
            }
        }
    }

    /**
     * "said Frank Baxter": a given name that is also a common word, inside the sentence after a word in
     * lower case (so neither the sentence's first word nor part of a longer capitalised name).
     */
    private boolean commonWordOpensName(Sentence s, int i) {
        if (i == 0 || i + 1 >= s.size() || !lexicon.isCommonWordGivenName(s.token(i).text())) return false;
        String before = s.token(i - 1).text();
        return !Character.isUpperCase(before.charAt(0)) && Character.isUpperCase(s.token(i + 1).text().charAt(0));
    }

    /** A word of a full name, used alone: "Abe" after "Shinzo Abe", "Xi" in a headline before "Xi Jinping". */
    private void shortNames(AnnotatedText doc, List<Mention> mentions) {
        Map<String, String> parts = new HashMap<>();
        // "Major met Li Peng" after "John Major": a family name that is also a word never taken for a name alone
        // (lexicon/not-names.tsv) is the person's where a verb follows it
        Map<String, String> wordFamilyNames = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON || m.kind() != MentionKind.NAME) continue;
            String[] words = m.text().split("\\s+");
            String last = words[words.length - 1];
            if (words.length >= 2 && lexicon.isNotName(last) && Character.isUpperCase(last.charAt(0))) wordFamilyNames.putIfAbsent(last, m.text());
            for (String word : words) {
                // "Al-Sabah": a particle joined to a name is a part whole; a particle alone ("Al", "bin") is none
                int hyphen = word.indexOf('-');
                if (hyphen > 0 && lexicon.isParticle(word.substring(0, hyphen).toLowerCase(java.util.Locale.ROOT))) {
                    parts.putIfAbsent(word, m.text());
                }
                for (String part : word.split("-+")) {
                    if (part.length() >= 2 && Character.isUpperCase(part.charAt(0)) && !lexicon.isNotName(part)
                            && !lexicon.isParticle(part.toLowerCase(java.util.Locale.ROOT))) {
                        parts.putIfAbsent(part, m.text());
                    }
                }
            }
        }
        if (parts.isEmpty() && wordFamilyNames.isEmpty()) return;
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                int k = t.index();
                if (covered(mentions, s, k)) continue;
                if (particleJoinedToName(s, k) && parts.containsKey(t.text() + "-" + s.token(k + 2).text())
                        && !covered(mentions, s, k + 2)) {
                    Token last = s.token(k + 2);
                    mentions.add(Mention.of(s.index(), k, k + 3, t.begin(), last.end(), t.text() + "-" + last.text(),
                            EntityType.PERSON, MentionKind.SHORT_NAME, null, "pattern:name-part"));
                    continue;
                }
                // (not a pronoun: "He said" after "Vice Premier Liu He" is someone's pronoun)
                boolean wordBeforeVerb = wordFamilyNames.containsKey(t.text()) && k + 1 < s.size() && !t.pos().startsWith("PRON")
                        && (s.token(k + 1).pos().startsWith("VERB") || s.token(k + 1).pos().startsWith("AUX") || lexicon.isPastForm(s.token(k + 1).lower()));
                if (!parts.containsKey(t.text()) && !wordBeforeVerb) continue;
                mentions.add(Mention.of(s.index(), k, k + 1, t.begin(), t.end(), t.text(),
                        EntityType.PERSON, MentionKind.SHORT_NAME, null, "pattern:name-part"));
            }
        }
    }

    /** A quotation mark, one capitalised word and its closing mark at k, with a name word right after. */
    private boolean quotedNicknameAt(Sentence s, int k) {
        if (k + 3 >= s.size() || !Mentions.isQuotationMark(s.token(k).text()) || !Mentions.isQuotationMark(s.token(k + 2).text())) return false;
        return isCapitalisedWord(s.token(k + 1)) && isNameWord(s.token(k + 3)) && !lexicon.isNotName(s.token(k + 3).text());
    }

    /** End (exclusive) of the name that starts at token {@code i}: capitalised words, particles, hyphens. */
    private int nameEnd(Sentence s, List<Mention> mentions, int i, boolean needsSecondWord, boolean titled) {
        int end = i;
        int words = 0;
        int k = i;
        while (k < s.size() && words < MAX_NAME_TOKENS) {
            Token t = s.token(k);
            if (covered(mentions, s, k)) break;
            // "Queen Elizabeth College", "General Felt Industries": the words name an organisation
            // ("General Motors Espanola": nor does a name open with such a word)
            if (lexicon.isOrganisationWord(t.text())) return i;
            if (words > 0 && hyphenatedSyllables(s, k)) {
                k += 3; // "Chung In-yong", "Park Geun-hye": a given name of two syllables, the first a common word
                words++;
                end = k;
                continue;
            }
            // "Salem Abdullah Al-Jaber Al-Sabah": a capitalised particle joined to a name by a hyphen is one word of it
            if (words > 0 && particleJoinedToName(s, k)) {
                words++;
                k += 3;
                end = k;
                continue;
            }
            // "Joko \"Jokowi\" Widodo", "Ferdinand \"Bongbong\" Marcos": a nickname in quotation marks inside the name
            // (the family name after it may already be marked as a known leader's: the whole name replaces it)
            if (words > 0 && quotedNicknameAt(s, k) && (!covered(mentions, s, k + 3) || familyNameAt(mentions, s, k + 3))) {
                k += 4;
                words++;
                end = k;
                continue;
            }
            // "the ambassador to the U.S. Suggested that": old wire copy capitalises the word after "U.S."
            if (words == 0 && k > 0 && afterInitials(s, k - 1) == k && isFunctionTag(t)) break;
            if (isNameWord(t) && (words == 0 || !lexicon.isNotName(t.text()))) {
                words++;
                k++;
                end = k;
            } else if (words == 0 && titled && afterCourtesyTitle(s, k) && isCommonWordFamilyName(t)
                    && (k + 1 >= s.size() || !isNameWord(s.token(k + 1)))) {
                words++; // "Mr Brown", "Ms Rice": after a courtesy title, a common word alone is a family name
                k++;
                end = k;
            } else if (words == 0 && titled && isCommonWordFamilyName(t) && k + 2 < s.size()
                    && isNameWord(s.token(k + 1)) && !covered(mentions, s, k + 1)
                    && !lexicon.isTitleWord(t.lower()) && !lexicon.isTitleWord(s.token(k + 1).lower())) {
                words++; // "Finance Minister Mark Eyskens": after a title, a common word before a name is a given name
                k++;
                end = k;
            } else if (words == 1 && lexicon.isGivenName(s.token(i).text())
                    && isCapitalisedWord(t)) {
                words++; // "Charles Q. Brown", "Robin Cook": after a given name, a common word is a family name
                // (and so is any capitalised word the tagger misreads: "Geoffrey Howe/ADV")
                k++;
                end = k;
            } else if (words == 0 && titled && (isCapitalInitials(t) || isLoneCapital(t)) && k + 1 < s.size() && isNameWord(s.token(k + 1))
                    && !lexicon.isNotName(t.text()) && !covered(mentions, s, k + 1)) {
                k++; // "Prime Minister KP Sharma Oli": initials written together open the name
            } else if (words == 1 && titled && k > i && t.pos().startsWith("PRON") && t.text().length() >= 2
                    && Character.isUpperCase(t.text().charAt(0)) && Character.isLowerCase(t.text().charAt(1))) {
                // "Vice Premier Liu He said": inside a sentence a capitalised pronoun after a name is part of it
                words++;
                k++;
                end = k;
            } else if (words > 0 && isCapitalInitials(t) && !lexicon.isTitleWord(t.lower()) && k + 1 < s.size() && isNameWord(s.token(k + 1))
                    && !lexicon.isNotName(t.text()) && (!covered(mentions, s, k + 1) || familyNameAt(mentions, s, k + 1))) {
                k++; // "Retno LP Marsudi": initials written together inside the name
            } else if ((words > 0 || !needsSecondWord) && isInitial(s, k) > k) {
                k = isInitial(s, k); // "John F. Kennedy": a middle initial inside the name
            } else if (words > 0 && t.text().equals("-") && k + 1 < s.size() && isLowerNamePart(s.token(k + 1))
                    && t.begin() == s.token(k - 1).end() && s.token(k + 1).begin() == t.end()) {
                k += 2; // "Kim Jong-un": the lower-case part belongs to the name
                end = k;
            } else if (words > 0 && t.text().equals(")") && k + 1 < s.size() && insideBrackets(s, i)
                    && isNameWord(s.token(k + 1)) && (!covered(mentions, s, k + 1) || familyNameAt(mentions, s, k + 1))) {
                // "(Prime Minister Yasuhiro) Nakasone": an editor's words in a quotation end inside the name
                // (the family name may already be marked as a known leader's: the whole name replaces it)
                k += 2;
                words++;
                end = k;
            } else if (words > 0 && joinedParticle(t)) {
                words++; // "Saud al-Faisal", "Zeid al-Rifa'i": a particle joined to the family name by a hyphen
                k++;
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
        if (words == 0 || lexicon.isNotName(s.token(i).text()) && !titled) return i;
        // "General Felt Industries", "Jaguar Cars Inc": the words name an organisation
        if (end < s.size() && lexicon.isOrganisationWord(s.token(end).text())) return i;
        // "King Albert I of Belgium", "Queen Margrethe II": a regnal number belongs to a titled name
        if (titled && end < s.size() && isRegnalNumber(s, end)) end++;
        if (needsSecondWord && words < 2) return i;
        return end;
    }

    /**
     * Whether a one-word person name ("Reagan", marked from the gazetteer) is the mention at token k, with no
     * title of its own ("Prime Minister (Brian) Mulroney" is read from the title).
     */
    private static boolean familyNameAt(List<Mention> mentions, Sentence s, int k) {
        Mention m = mentionStartingAt(mentions, s, k);
        return m != null && m.type() == EntityType.PERSON && m.tokenEnd() == k + 1 && !m.hasTitle();
    }

    /** A name that ends after a bracket ("(President Ronald) Reagan") takes the place of its family name's mention. */
    private static void replaceFamilyName(List<Mention> mentions, Mention name) {
        mentions.removeIf(m -> m.type() == EntityType.PERSON && m.sentence() == name.sentence()
                && m.tokenStart() >= name.tokenStart() && m.tokenEnd() <= name.tokenEnd() && m != name);
    }

    /** Whether a bracket opened before token i is still open there. */
    private static boolean insideBrackets(Sentence s, int i) {
        for (int k = i - 1; k >= 0; k--) {
            String w = s.token(k).text();
            if (w.equals(")")) return false;
            if (w.equals("(")) return true;
        }
        return false;
    }

    /** Whether the token at k ends a phrase: a comma, bracket or the sentence's end. */
    private static boolean closesPhrase(Sentence s, int k) {
        if (k >= s.size() - 1) return true;
        String w = s.token(k).text();
        return w.equals(",") || w.equals(")") || w.equals(";") || w.equals("--") || w.equals("—");
    }

    /** The token where the noun phrase of a title starts: before its modifiers and determiner. */
    private int phraseStart(Sentence s, int titleStart) {
        int k = titleStart - 1;
        while (k >= 0 && lexicon.isTitleModifier(s.token(k).lower())) k--;
        return k >= 0 && s.token(k).pos().equals("DET") ? k : k + 1;
    }

    /** Two or more capitalised words from k, not followed by "and", "&" or "of" that would join more of a portfolio. */
    private boolean nameInApposition(Sentence s, int k) {
        int end = k;
        int words = 0;
        while (end < s.size() && (isNameWord(s.token(end))
                || s.token(end).text().equals("-") && end + 1 < s.size() && isNameWord(s.token(end + 1)))) {
            if (isNameWord(s.token(end))) words++;
            end++;
        }
        if (words < 2) return false;
        return end >= s.size() || !Set.of("and", "&", "of").contains(s.token(end).lower());
    }

    /** A title flagged portfolio, or one ending in such a title ("Mines and Energy Minister" as "Minister" does). */
    private boolean takesPortfolio(Lexicon.Title t) {
        if (t.takesPortfolio()) return true;
        String head = t.words().get(t.words().size() - 1);
        Lexicon.Title last = t.words().size() > 1 ? lexicon.title(head) : null;
        return last != null && last.takesPortfolio();
    }

    /** "al-Faisal", "el-Sisi": a name particle, a hyphen and a capitalised name written as one token. */
    private boolean joinedParticle(Token t) {
        String w = t.text();
        int h = w.indexOf('-');
        return h > 0 && h + 2 < w.length() && lexicon.isParticle(w.substring(0, h))
                && Character.isUpperCase(w.charAt(h + 1)) && !lexicon.isNotName(w.substring(h + 1));
    }

    /** Whether the token before k is a courtesy title ("Mr", "Dr": role none in lexicon/titles.tsv). */
    private boolean afterCourtesyTitle(Sentence s, int k) {
        if (k == 0) return false;
        Lexicon.Title title = lexicon.title(s.token(k - 1).text());
        return title != null && title.role() == TitleRole.NONE && !title.flags().contains("qualified");
    }

    /** "In-yong": a capitalised syllable, a hyphen and a lower-case syllable written together. */
    /** "Al-Sabah", "El-Erian": a name particle, a hyphen and a name word, written together. */
    private boolean particleJoinedToName(Sentence s, int k) {
        if (k + 2 >= s.size()) return false;
        Token particle = s.token(k), dash = s.token(k + 1), name = s.token(k + 2);
        return lexicon.isParticle(particle.lower()) && dash.text().equals("-") && dash.begin() == particle.end()
                && name.begin() == dash.end() && isNameWord(name);
    }

    private static boolean hyphenatedSyllables(Sentence s, int k) {
        if (k + 2 >= s.size()) return false;
        Token first = s.token(k), dash = s.token(k + 1), second = s.token(k + 2);
        String w = first.text();
        return w.length() >= 2 && w.length() <= 4 && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().allMatch(Character::isLowerCase)
                && dash.text().equals("-") && dash.begin() == first.end() && second.begin() == dash.end()
                && isLowerNamePart(second);
    }

    /** "Brown", "Cook", "Rice": a capitalised word of lexicon/not-names.tsv, which ends a name after a given name. */
    private boolean isCommonWordFamilyName(Token t) {
        return isCapitalisedWord(t) && lexicon.isNotName(t.text());
    }

    /** A word of three letters or more, capitalised, the rest in lower case ("Howe", "Brown"). */
    private static boolean isCapitalisedWord(Token t) {
        String w = t.text();
        return w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).allMatch(Character::isLowerCase);
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
        // the tagger calls unfamiliar syllables pronouns ("Wei/PRON Fenghe/PRON"); real pronouns are not-names
        return hasLower && (lexicon.isGivenName(w) || t.isProperNoun() || t.pos().startsWith("NOUN") || t.pos().startsWith("ADJ")
                || t.pos().startsWith("X") || t.pos().startsWith("VERB") || t.pos().startsWith("PRON")
                || t.pos().startsWith("AUX") && t.index() > 0);
    }

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("X{0,3}(IX|IV|V?I{0,3})");

    /** "II", "XIV"; a lone "I" only where the name plainly ends ("Albert I of Belgium", "Albert I,"). */
    private static boolean isRegnalNumber(Sentence s, int k) {
        String w = s.token(k).text();
        if (w.isEmpty() || !ROMAN.matcher(w).matches()) return false;
        if (!w.equals("I")) return true;
        if (k + 1 >= s.size()) return true;
        String next = s.token(k + 1).text();
        return next.equals("of") || next.equals(",") || next.equals(".") || next.equals("'s") || next.equals(")");
    }

    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(\\p{Lu}\\.)+");

    /**
     * After initials written with their full stops at token k ("F.", "A.K.", or "F" "." as two
     * tokens), the token that follows them; else k.
     */
    static int afterInitials(Sentence s, int k) {
        String w = s.token(k).text();
        if (INITIALS.matcher(w).matches()) return k + 1; // "F.", "A.K."
        if (w.matches("(\\p{Lu}\\.)*\\p{Lu}") && k + 1 < s.size()
                && s.token(k + 1).text().equals(".") && s.token(k + 1).begin() == s.token(k).end()) {
            return k + 2;
        }
        return k;
    }

    /** After a middle initial ("F." or "F" "."), the token that follows it, if a name word; else k. */
    private int isInitial(Sentence s, int k) {
        String w = s.token(k).text();
        int next = afterInitials(s, k);
        if (next == k) {
            // "George W Bush": British style writes the initial without a full stop
            if (w.length() != 1 || !Character.isUpperCase(w.charAt(0)) || k == 0 || !isNameWord(s.token(k - 1))) return k;
            next = k + 1;
        }
        return next < s.size() && (isNameWord(s.token(next)) || isCommonWordFamilyName(s.token(next))) ? next : k;
    }

    /** A verb, auxiliary, conjunction, preposition, determiner or adverb by the tagger: no name's first word. */
    private static boolean isFunctionTag(Token t) {
        String pos = t.pos();
        return pos.startsWith("VERB") || pos.startsWith("AUX") || pos.startsWith("CCONJ") || pos.startsWith("ADP")
                || pos.startsWith("DET") || pos.startsWith("ADV") || pos.startsWith("SCONJ");
    }

    private static boolean isCapitalInitials(Token t) {
        String w = t.text();
        return w.length() >= 2 && w.length() <= 3 && w.chars().allMatch(Character::isUpperCase);
    }

    /** "External Affairs Minister S Jaishankar": a titled name may open with one initial and no full stop. */
    private static boolean isLoneCapital(Token t) {
        return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0)) && !t.text().equals("I");
    }

    private static boolean isLowerNamePart(Token t) {
        String w = t.text();
        return w.length() <= 4 && w.chars().allMatch(Character::isLowerCase) || ROMANIZED_SYLLABLE.matcher(w).matches();
    }

    /**
     * A short lower-case part ("Abish-uly"), or one syllable of a romanized East Asian given name after a hyphen
     * ("Jong-un", "Tae-young", "Wen-chieh", "Kai-shek"): a few consonants, a vowel group and at most a final n, ng,
     * k, l, m, p, h or t; English words joined to a name ("Trump-backed", "Putin-style", "Obama-era") do not have
     * that shape.
     */
    private static final java.util.regex.Pattern ROMANIZED_SYLLABLE =
            java.util.regex.Pattern.compile("[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(ng|n|k|l|m|p|h|t)?");

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
            if (t.text().equals(")")) continue; // "(President Ronald) Reagan"
            if (k > start && t.begin() > s.token(k - 1).end() && text.length() > 0) text.append(' ');
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
