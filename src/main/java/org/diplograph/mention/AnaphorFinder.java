package org.diplograph.mention;

import org.diplograph.knowledge.MentionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.Lexicon;
import org.diplograph.knowledge.TitleRole;
import org.diplograph.knowledge.TerritoryCues;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/**
 * Marks phrases that refer back to entities named before: person pronouns ("he", "she", "his") and the
 * pair phrases of {@code ontology/lexicon/anaphors.tsv} ("the two leaders", "both countries");
 * a "*" in a phrase stands for one adjective, a "#" for one number whose noun is left out ("all four"); and descriptions of an office with its country but
 * no name ("the French president").
 * Linking decides what they refer to.
 */
final class AnaphorFinder implements MentionFinder {
    /** Person pronouns: subjects, possessives and objects ("talks with her", "met him"). */
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "his", "him", "her");
    /** Punctuation that opens an apposition ("Transnistria, the separatist territory of Moldova"). */
    private static final Set<String> APPOSITION_MARKS = Set.of(",", "(", "—", "–", "--");


    private final Lexicon lexicon;

    /** Territories that are also states, which may qualify an office (see {@link OfficePhrases}). */
    private final StatePlaces statePlaces;

    /** The anaphor phrases by their first word, so that a token is compared with few of them. */
    private final java.util.Map<String, List<Lexicon.Anaphor>> anaphorsByFirstWord = new java.util.HashMap<>();
    /** Words after which a subject pair opens a clause inside its sentence ("where they agreed"). */
    private final Set<String> clauseOpeners = new java.util.HashSet<>();

    AnaphorFinder(Lexicon lexicon) { this(lexicon, StatePlaces.NONE); }

    AnaphorFinder(Lexicon lexicon, StatePlaces statePlaces) {
        this.lexicon = lexicon;
        this.statePlaces = statePlaces;
        for (Lexicon.Anaphor a : lexicon.anaphors()) {
            if (a.clauseOpener()) clauseOpeners.add(a.words().get(0));
            else if (!a.notAParty()) anaphorsByFirstWord.computeIfAbsent(a.words().get(0), k -> new ArrayList<>()).add(a);
        }
    }

    @Override
    public List<Mention> find(AnnotatedText doc, List<Mention> earlier) {
        List<Mention> out = new ArrayList<>(earlier);
        // each check reads only its own sentence (place pronouns the one before too): indexing the
        // mentions by sentence keeps a long article linear instead of quadratic
        java.util.Map<Integer, List<Mention>> bySentence = new java.util.HashMap<>();
        for (Mention m : earlier) bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        for (Sentence s : doc.sentences()) {
            List<Mention> here = bySentence.computeIfAbsent(s.index(), k -> new ArrayList<>());
            List<Mention> previous = bySentence.getOrDefault(s.index() - 1, List.of());
            List<Mention> window = new ArrayList<>(previous);
            window.addAll(here);
            for (int i = 0; i < s.size(); i++) {
                if (PersonMentionFinder.covered(here, s, i)) continue;
                int held = heldPlacesEnd(s, i, here);
                if (held > 0) {
                    // "the Russian-held islands": the head alone is the mention, so that the compound before
                    // it still reads as a frame (controls by Russia)
                    int start = held - 3 > i && s.token(held - 3).text().equals("-") ? held - 1 : i;
                    Mention places = anaphor(s, start, held, EntityType.TERRITORY, Mention.HELD_PLACES);
                    out.add(places);
                    here.add(places);
                    window.add(places);
                    i = held - 1;
                    continue;
                }
                Lexicon.Anaphor a = anaphorAt(s, i);
                if (a != null && a.type() == EntityType.TERRITORY && endsCapitalisedName(s, i, i + a.words().size() - 1)) a = null;
                // read once per token: it is -1 at once where no determiner or number stands
                int described = a != null && a.type() == EntityType.PERSON ? -1 : placeDescriptionEnd(s, i, here);
                // "the island nation": a description read whole comes before a fixed phrase of its first words
                if (a != null && described > i + a.words().size()) a = null;
                Mention found = null;
                EntityType pairType = null;
                if (a != null && a.subjectPair()) {
                    pairType = i > 0 ? clausePairType(s, i, a.words().size(), here)
                            : s.index() == 0 ? null
                            : subjectPairType(doc, s, i, a.words().size(), bySentence.getOrDefault(s.index() - 1, List.of()));
                    if (pairType == null) a = null;
                }
                if (pairType != null) {
                    // "Abiy and Isaias met in Asmara. They agreed to reopen embassies."
                    found = anaphor(s, i, i + a.words().size(), pairType, Mention.PAIR);
                    i += a.words().size() - 1;
                } else if (a != null && namesItsOwn(s, here, i + a.words().size(), a)) {
                    // "talks with the leaders of Armenia and Azerbaijan": the leaders of the two states named after "of"
                    int statesEnd = a.holders() == TitleRole.LEADER && a.count() == 2 ? twoStatesEnd(s, here, i + a.words().size() + 1) : -1;
                    if (statesEnd > 0) found = anaphor(s, i, statesEnd, EntityType.PERSON, Mention.LEADERS_OF_STATES);
                    i = (statesEnd > 0 ? statesEnd : i + a.words().size()) - 1;
                } else if (a != null && a.dateline()) {
                    // "arrived here on Sunday" in a story datelined "CARACAS, March 11 -": the dateline's
                    // state (not "Here is ...", which opens a sentence)
                    Mention dateline = i == 0 ? null : new OfficePhrases(lexicon, doc, out, statePlaces).dateline(s.index());
                    if (dateline != null) {
                        found = anaphor(s, i, i + a.words().size(), EntityType.COUNTRY, Mention.DATELINE, dateline.referenceIri());
                    }
                    i += a.words().size() - 1;
                } else if (a != null && a.speakerState() && !Mentions.insideQuotation(s, i)) {
                    // "our" outside a quotation is the writer's or a group's, never a state's here
                } else if (a != null && a.words().size() == 1 && a.type() == EntityType.COUNTRY
                        && OfficePhrases.afterOrganisationName(lexicon, s, i)) {
                    // "Entertainment Marketing Inc and its president": "its" is the company's, no state's
                } else if (a != null) {
                    int end = i + a.words().size();
                    boolean elided = a.words().get(a.words().size() - 1).equals("#");
                    String pair = a.holders() == TitleRole.LEADER ? Mention.LEADER_PAIR
                            : a.holders() == TitleRole.OFFICIAL ? Mention.OFFICIAL_PAIR : Mention.PAIR;
                    String rule = a.spouse() ? Mention.SPOUSE : a.ownState() ? Mention.OWN_STATE
                            : a.speakerState() ? Mention.SPEAKER_STATE : elided ? Mention.ELIDED
                            : a.count() == 2 ? pair : "anaphor:single";
                    found = anaphor(s, i, end, a.type(), rule);
                    i = end - 1;
                } else if (PERSON_PRONOUNS.contains(s.token(i).lower())) {
                    found = withPredicateOffice(doc, s, anaphor(s, i, i + 1, EntityType.PERSON, Mention.PRONOUN), out);
                } else if (described > 0) {
                    int end = described;
                    boolean state = lexicon.territoryCues().describesState(s.token(end - 1).lower());
                    found = anaphor(s, i, end, state ? EntityType.COUNTRY : EntityType.TERRITORY, "anaphor:single");
                    i = end - 1;
                } else if (i == 0 && lexicon.territoryCues().isRelativeStatePronoun(s.token(0).lower())
                        && Mentions.opensWithState(doc, previous) && activeVerbAfter(s, 0) && Mentions.subjectState(doc, previous, lexicon.territoryCues()::isSpeechVerb) != null) {
                    // "China seized the Paracels in 1974. It has held them since."
                    found = anaphor(s, 0, 1, EntityType.COUNTRY, Mention.SUBJECT_STATE);
                } else if (relativeClauseState(s, i, here) || relativePossessiveOfState(s, i, here)) {
                    found = anaphor(s, i, i + 1, EntityType.COUNTRY, "anaphor:single");
                } else {
                    String number = placePronoun(doc, s, i, window);
                    if (number != null) found = anaphor(s, i, i + 1, EntityType.TERRITORY, "anaphor:place-" + number);
                }
                if (found != null) {
                    out.add(found);
                    here.add(found);
                    window.add(found);
                    qualifyTitleAfter(doc, s, found, out, here, bySentence.getOrDefault(s.index() - 1, List.of()));
                }
            }
            for (Mention d : descriptions(s, here, out)) {
                out.add(d);
                here.add(d);
            }
        }
        out.sort(Mentions.BY_POSITION);
        return out;
    }

    /**
     * An office named without its holder: "the French president", "Japan's prime minister", "the
     * prime minister of India", "the Kremlin leader". The mention covers the title and carries it
     * with its country, as a titled name does; linking decides who held the office.
     */
    private List<Mention> descriptions(Sentence s, List<Mention> sentenceMentions, List<Mention> all) {
        List<Mention> out = new ArrayList<>(sentenceMentions); // the sentence's mentions, growing with what is found
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (PersonMentionFinder.covered(out, s, i)) continue;
            Lexicon.Title title = titleAt(s, i);
            if (title == null || title.role() == TitleRole.NONE) continue;
            int end = i + title.words().size();
            Mention country = null;
            int phraseStart = -1;
            Mention before = PersonMentionFinder.mentionEndingAt(out, s, i);
            Mention possessor = i >= 1 && s.token(i - 1).text().equals("'s")
                    ? PersonMentionFinder.mentionEndingAt(out, s, i - 1) : null;
            if (isState(before) && isWord(s, before.tokenStart() - 1, "the")) {
                country = before;                           // the French president
                phraseStart = before.tokenStart();
            } else if (isState(possessor) && possessor.kind() != MentionKind.DEMONYM) {
                country = possessor;                        // Japan's prime minister
                phraseStart = possessor.tokenStart();
            } else if (isWord(s, i - 1, "the") && isWord(s, end, "of")) {
                Mention after = PersonMentionFinder.mentionStartingAt(out, s, end + 1);
                if (isState(after) && after.kind() != MentionKind.DEMONYM && endsPhrase(s, after.tokenEnd())) {
                    country = after;                        // the prime minister of India
                    phraseStart = i;
                    end = after.tokenEnd();
                }
            }
            int organisation = organisationWordsBefore(s, out, i);
            if (country == null && organisation > 0 && title.countryIri() == null && title.role() == TitleRole.OFFICIAL
                    && endsPhrase(s, end) && !namesHolder(s, out, end)) {
                // "the UN chief", "the EU Commission chief": linking looks for the person named with the organisation
                int start = i - organisation;
                Mention held = anaphor(s, start, end, EntityType.PERSON, Mention.ORGANISATION_DESCRIPTION)
                        .withTitle(joined(s, start, end), title.role(), s.token(start).begin(), null, null);
                out.add(held);
                added.add(held);
                i = end - 1;
                continue;
            }
            if (country == null && isWord(s, i - 1, "the") && title.countryIri() == null && endsPhrase(s, end)
                    && !isWord(s, end, "of") && !namesHolder(s, out, end) && !apposition(s, out, i - 1)) {
                // "the prime minister met ...": linking looks for the one person named before in that office
                Mention bare = anaphor(s, i, end, EntityType.PERSON, Mention.BARE_DESCRIPTION)
                        .withTitle(title.text(), title.role(), s.token(i).begin(), null, null);
                out.add(bare);
                added.add(bare);
                i = end - 1;
                continue;
            }
            if (country == null || namesHolder(s, out, end) || titleOfName(all, country)
                    || apposition(s, out, Math.min(phraseStart, i) - (isWord(s, Math.min(phraseStart, i) - 1, "the") ? 1 : 0))
                        && !startsClause(s, end)) {
                continue;
            }
            int titleEnd = i + title.words().size();
            Mention m = anaphor(s, i, titleEnd, EntityType.PERSON, "anaphor:description")
                    .withTitle(title.text(), title.role(), s.token(phraseStart).begin(), country, title.countryIri());
            out.add(m);
            added.add(m);
            i = end - 1;
        }
        return added;
    }

    /**
     * "all of the Ukrainian territory held by Russia", "the Russian-occupied regions": a determiner, maybe a
     * state's adjective (or its compound with a holding participle), and a description head, plural or after "all
     * (of)"; without the compound, a holding participle, "by" and a state must follow. Returns the end of
     * the description, or -1.
     */
    private int heldPlacesEnd(Sentence s, int i, List<Mention> mentions) {
        TerritoryCues cues = lexicon.territoryCues();
        if (!cues.isDescriptionDeterminer(s.token(i).lower()) || i + 3 >= s.size()) return -1;
        Mention demonym = PersonMentionFinder.mentionStartingAt(mentions, s, i + 1);
        boolean adjective = demonym != null && demonym.kind() == MentionKind.DEMONYM;
        int k = adjective ? demonym.tokenEnd() : i + 1;
        boolean compound = adjective && k + 2 < s.size() && s.token(k).text().equals("-") && cues.isHoldingParticiple(s.token(k + 1).lower());
        if (compound) k += 2;
        String head = s.token(k).lower();
        boolean describes = cues.isDescriptionHead(head) || head.endsWith("s") && cues.isDescriptionHead(head.substring(0, head.length() - 1));
        if (!describes || cues.describesState(head)) return -1;
        // a group: a plural head ("the Russian-occupied territories") or all of a mass ("all of the Ukrainian
        // territory held by Russia"); "the Ukrainian peninsula seized by Moscow" is one place, read as any description
        boolean all = isWord(s, i - 1, "all") || isWord(s, i - 1, "of") && isWord(s, i - 2, "all");
        if (!all && !pluralWord(s.token(k).text())) return -1;
        if (!compound && (k + 3 >= s.size() || !cues.isHoldingParticiple(s.token(k + 1).lower()) || !isWord(s, k + 2, "by"))) return -1;
        if (!s.token(k).pos().startsWith("NOUN")) return -1; // (the tag is read last: only where the words fit)
        if (compound) return k + 1;
        Mention holder = PersonMentionFinder.mentionStartingAt(mentions, s, k + 3);
        return holder != null && holder.type() == EntityType.COUNTRY ? k + 1 : -1;
    }

    /** Longest name of an organisation between "the" and an office ("the EU Commission chief"). */
    private static final int MAX_ORGANISATION_WORDS = 3;

    /**
     * How many capitalised words no mention covers stand between "the" and the title at i ("the UN
     * chief": 1); 0 when there is no such name.
     */
    private static int organisationWordsBefore(Sentence s, List<Mention> mentions, int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= MAX_ORGANISATION_WORDS && !PersonMentionFinder.covered(mentions, s, k)
                && Character.isUpperCase(s.token(k).text().charAt(0)) && s.token(k).text().chars().allMatch(Character::isLetter)
                && !s.token(k).lower().equals("the")) {
            k--;
        }
        return k < i - 1 && isWord(s, k, "the") ? i - 1 - k : 0;
    }

    private static String joined(Sentence s, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int k = start; k < end; k++) b.append(k > start ? " " : "").append(s.token(k).text());
        return b.toString();
    }

    /**
     * "the leaders of Japan and South Korea": a phrase followed by "of" and a state says whose
     * people they are; it does not refer back to people named before.
     */
    private static boolean namesItsOwn(Sentence s, List<Mention> mentions, int end, Lexicon.Anaphor a) {
        if (a.type() != EntityType.PERSON || !isWord(s, end, "of")) return false;
        Mention next = PersonMentionFinder.mentionStartingAt(mentions, s, end + 1);
        if (next == null && isWord(s, end + 1, "the")) next = PersonMentionFinder.mentionStartingAt(mentions, s, end + 2);
        return isState(next);
    }

    /** The end of "A and B" at k, two states by name or capital that end the phrase, or -1. */
    private static int twoStatesEnd(Sentence s, List<Mention> mentions, int k) {
        if (isWord(s, k, "the") && PersonMentionFinder.mentionStartingAt(mentions, s, k) == null) k++;
        Mention first = PersonMentionFinder.mentionStartingAt(mentions, s, k);
        if (!isState(first) || first.kind() == MentionKind.DEMONYM || !isWord(s, first.tokenEnd(), "and")) return -1;
        Mention second = PersonMentionFinder.mentionStartingAt(mentions, s, first.tokenEnd() + 1);
        if (!isState(second) || second.kind() == MentionKind.DEMONYM || !endsPhrase(s, second.tokenEnd())) return -1;
        return second.tokenEnd();
    }

    /** "the leader of Britain's biggest union": the state is not the end of the phrase. */
    private static boolean endsPhrase(Sentence s, int k) {
        if (k >= s.size()) return true;
        String pos = s.token(k).pos();
        return !s.token(k).text().startsWith("'") && !pos.startsWith("NOUN") && !pos.startsWith("PROPN")
                && !pos.startsWith("ADJ");
    }

    /**
     * "Prior to meeting Xi, the French president also met ...": a verb or adverb after the phrase
     * makes it the subject of a clause, not an apposition to the name before the comma.
     */
    private static boolean startsClause(Sentence s, int end) {
        if (end >= s.size()) return false;
        String pos = s.token(end).pos();
        return pos.equals("VERB") || pos.equals("AUX") || pos.equals("ADV");
    }

    /** "Dave Prentis, the leader of ...": a phrase in apposition to a name describes that name. */
    private static boolean apposition(Sentence s, List<Mention> mentions, int start) {
        if (!isWord(s, start - 1, ",")) return false;
        Mention before = PersonMentionFinder.mentionEndingAt(mentions, s, start - 1);
        return before != null && before.type() == EntityType.PERSON;
    }

    /** "Xi Jinping, the Chinese president": the phrase is already the title of a name. */
    private static boolean titleOfName(List<Mention> mentions, Mention country) {
        for (Mention m : mentions) if (m.type() == EntityType.PERSON && country.equals(m.titleCountry())) return true;
        return false;
    }

    private static boolean isState(Mention m) {
        return m != null && m.type() == EntityType.COUNTRY && m.kind() != MentionKind.ANAPHOR
                && m.kind() != MentionKind.COMBINING_FORM;
    }

    private static boolean isWord(Sentence s, int i, String lower) {
        return i >= 0 && i < s.size() && s.token(i).lower().equals(lower);
    }

    /** "the French President Emmanuel Macron", "the French president, Emmanuel Macron": a name follows. */
    private static boolean namesHolder(Sentence s, List<Mention> mentions, int end) {
        int k = end;
        if (k < s.size() && s.token(k).text().equals(",")) k++;
        if (k >= s.size()) return false;
        Mention next = PersonMentionFinder.mentionStartingAt(mentions, s, k);
        if (next != null && next.type() == EntityType.PERSON) return true;
        if (k > end) return false;
        String w = s.token(k).text();
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && next == null;
    }

    private Lexicon.Title titleAt(Sentence s, int i) {
        for (Lexicon.Title t : lexicon.titlesStartingWith(s.token(i).lower())) {
            List<String> words = t.words();
            if (i + words.size() > s.size()) continue;
            boolean match = true;
            for (int w = 1; w < words.size() && match; w++) match = s.token(i + w).lower().equals(words.get(w));
            if (match) return t;
        }
        return null;

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
        // without a place to refer to, the verbs around the pronoun need not be read (nor the sentence tagged)
        if (nearestPlaceBefore(s, i, plural, mentions) == null) return null;
        // "said it was": a pronoun before a verb is the subject of a clause, not an object
        boolean nextIsVerb = i + 1 < s.size() && (s.token(i + 1).pos().startsWith("VERB") || s.token(i + 1).pos().startsWith("AUX"));
        boolean object = cues.pronounMayBeObject(word) && i > 0 && s.token(i - 1).pos().startsWith("VERB") && !nextIsVerb;
        // "Ethiopia has also laid claim to it": the object of a claim or hold noun's preposition is a place (the noun
        // itself is no other antecedent)
        if (cues.pronounMayBeObject(word) && i > 1 && cues.isPlaceObject(s.token(i - 2).lower(), s.token(i - 1).lower())) {
            return plural ? "plural" : "singular";
        }
        boolean passive = false;
        if (!object && cues.pronounMayBeSubject(word)) {
            int k = i + 1;
            boolean be = false;
            while (k < s.size() && cues.isAuxiliary(s.token(k).lower())) {
                be |= cues.isPassiveAuxiliary(s.token(k).lower()); // no lemmatizer: it would tag the whole sentence again
                k++;
            }
            passive = be && k < s.size() && s.token(k).pos().startsWith("VERB") && s.token(k).lower().matches(".*(ed|en|wn)");
            // "Tokyo insists they are Japanese territory": a predicate only a place takes after "be", whatever nouns
            // stand between ("were seized in the closing days of the war ... they are Japanese territory")
            if (!passive && Mentions.placePredicateAfter(s, i + 1, cues)) return plural ? "plural" : "singular";
            // "Abu Dhabi says they belong to the Emirates": a verb only a place is the subject of, whatever nouns
            // stand between ("Iran seized the islands ... after British forces withdrew ...")
            if (i + 1 < s.size() && cues.isPlaceVerb(s.token(i + 1).lower())) return plural ? "plural" : "singular";
        }
        if (!object && !passive) return null;
        return antecedentWithoutNounBetween(doc, s, i, plural, mentions) ? (plural ? "plural" : "singular") : null;
    }

    /**
     * "10 of 27 features it occupies in the Spratlys", "the islands it claims": a pronoun between a noun
     * and a verb opens a relative clause without "which"; with a state named before it in the sentence,
     * it stands for that state (linking picks the nearest).
     */
    private boolean relativeClauseState(Sentence s, int i, List<Mention> sentenceMentions) {
        if (i == 0 || i + 1 >= s.size() || !lexicon.territoryCues().isRelativeStatePronoun(s.token(i).lower())) return false;
        boolean stateBefore = false;
        for (Mention m : sentenceMentions) {
            if (m.tokenEnd() <= i && m.type() == EntityType.COUNTRY) stateBefore = true;
        }
        if (!stateBefore) return false;
        if (s.token(i - 1).pos().startsWith("NOUN")) return s.token(i + 1).pos().startsWith("VERB");
        if (!activeVerbAfter(s, i)) return false;
        // "Iran said it would never give up the islands", "Japan insists that it owns them"
        String before = s.token(i - 1).lower();
        if (saidBy(s, before.equals("that") ? i - 1 : i, sentenceMentions)) return true;
        // "the islands, which it has held for decades"
        return before.equals("which") || before.equals("that");
    }

    /** How many words may stand between a state and its verb of saying ("Iran has repeatedly said"). */
    private static final int SAYER_REACH = 3;

    /** A verb of saying ends right before token {@code i}, with a state named as its subject just before it. */
    private boolean saidBy(Sentence s, int i, List<Mention> sentenceMentions) {
        int verb = i - 1;
        if (verb < 1 || !lexicon.territoryCues().isSpeechVerb(s.token(verb).lower())) return false;
        for (Mention m : sentenceMentions) {
            if (m.type() == EntityType.COUNTRY && m.kind() != MentionKind.DEMONYM && m.tokenEnd() <= verb
                    && verb - m.tokenEnd() <= SAYER_REACH) return true;
        }
        return false;
    }

    /**
     * An active verb follows the pronoun at i, past auxiliaries other than "be" ("it has held", "it would never
     * give up"): not "it was seized" nor "it is", where the pronoun may be a place's, nor a verb only a place has.
     */
    private boolean activeVerbAfter(Sentence s, int i) {
        TerritoryCues cues = lexicon.territoryCues();
        int k = i + 1;
        while (k < s.size() && cues.isAuxiliary(s.token(k).lower())) {
            if (cues.isPassiveAuxiliary(s.token(k).lower())) return false;
            k++;
        }
        return k < s.size() && s.token(k).pos().startsWith("VERB") && !cues.isPlaceVerb(s.token(k).lower())
                && !cues.isPassiveAuxiliary(s.token(k).lower());
    }

    /**
     * "Syria, whose forces still hold the Bekaa Valley and whose President ...": "whose" right after a state's name
     * or capital and a comma, or after "and" repeating such a "whose", is the state's possessive. Not after a
     * demonym or a person ("Turgut Ozal, whose Motherland Party").
     */
    private boolean relativePossessiveOfState(Sentence s, int i, List<Mention> sentenceMentions) {
        if (i < 2 || !lexicon.territoryCues().isRelativePossessive(s.token(i).lower())) return false;
        String before = s.token(i - 1).lower();
        for (Mention m : sentenceMentions) {
            if (m.type() != EntityType.COUNTRY) continue;
            boolean named = m.kind() == MentionKind.NAME || m.kind() == MentionKind.CAPITAL;
            if (before.equals(",") && named && m.tokenEnd() == i - 1) return true;
            if (before.equals("and") && m.kind() == MentionKind.ANAPHOR && m.tokenEnd() < i - 1
                    && lexicon.territoryCues().isRelativePossessive(s.token(m.tokenStart()).lower())) return true;
        }
        return false;
    }

    /**
     * "He was the first US vice president to ...": a subject pronoun with an office verb and an office
     * that names its state carries that office, for the person it refers to.
     */
    private Mention withPredicateOffice(AnnotatedText doc, Sentence s, Mention pronoun, List<Mention> mentions) {
        if (pronoun.text().equalsIgnoreCase("his")) return pronoun;
        OfficePhrases phrases = new OfficePhrases(lexicon, doc, mentions, statePlaces);
        int afterVerb = phrases.officeVerbEnd(s, pronoun.tokenEnd());
        if (afterVerb < 0) return pronoun;
        OfficePhrases.Office office = phrases.predicateOfficeAt(s, afterVerb, pronoun);
        if (office == null || office.country() == null) return pronoun;
        return pronoun.withTitle(office.title().text(), office.role(), pronoun.begin(), office.country(),
                office.title().countryIri());
    }

    /**
     * "The country's defence minister, Yoav Gallant", "Mexico sent its foreign minister, Jorge Castaneda": a
     * state described again, or its possessive pronoun, owns the office of the titled name that follows; linking
     * resolves the anaphor, and the title's country with it.
     */
    private void qualifyTitleAfter(AnnotatedText doc, Sentence s, Mention state, List<Mention> out, List<Mention> here,
                                   List<Mention> previous) {
        if (state.type() != EntityType.COUNTRY || Mention.DATELINE.equals(state.rule())) return;
        int titleStart;
        if (state.text().contains(" ") && state.tokenEnd() + 1 < s.size() && s.token(state.tokenEnd()).text().equals("'s")) {
            titleStart = state.tokenEnd() + 1;
        } else if (!state.text().contains(" ") && state.tokenEnd() < s.size()
                && (stateNamedBefore(here, state) || state.tokenStart() == 0 && Mentions.openingSubjectState(doc, s.index() - 1, previous) != null)) {
            // (or opening the sentence after one a state's name opens: "Indonesia chairs the bloc. Its foreign
            // minister, Marty Natalegawa, ...")
            // "Mexico sent its foreign minister, Jorge Castaneda": a possessive pronoun after a state's name or capital
            // (not after a company's name with a city in it: "Boston Five said its President")
            titleStart = state.tokenEnd();
        } else {
            return;
        }
        int possessive = titleStart - 1;
        // (modifiers may stand between: "the country's new prime minister, X")
        int title = possessive + 1;
        while (title + 1 < s.size() && lexicon.isTitleModifier(s.token(title).lower())) title++;
        int titleBegin = s.token(title).begin();
        for (Mention p : List.copyOf(here)) {
            if (p.type() != EntityType.PERSON || !p.hasTitle() || p.titleCountry() != null
                    || p.titleBegin() < s.token(possessive + 1).begin() || p.titleBegin() > titleBegin) {
                continue;
            }
            Mention owned = p.withTitle(p.title(), p.role(), state.begin(), state, p.titleDefaultCountry());
            out.set(out.indexOf(p), owned);
            here.set(here.indexOf(p), owned);
        }
    }

    /** Whether a state's name or capital opens the sentence's mentions before the pronoun, with no other name before it. */
    private static boolean stateNamedBefore(List<Mention> sentenceMentions, Mention pronoun) {
        Mention first = null;
        for (Mention m : sentenceMentions) {
            if (m.tokenEnd() <= pronoun.tokenStart() && (first == null || m.tokenStart() < first.tokenStart())) first = m;
        }
        return first != null && first.type() == EntityType.COUNTRY
                && (first.kind() == MentionKind.NAME || first.kind() == MentionKind.CAPITAL);
    }

    /**
     * A place named in this or the previous sentence, of the pronoun's number, with no common noun of that
     * number after it (but for one right after a preposition).
     */
    private boolean antecedentWithoutNounBetween(AnnotatedText doc, Sentence s, int i, boolean plural, List<Mention> mentions) {
        TerritoryCues cues = lexicon.territoryCues();
        Mention nearest = nearestPlaceBefore(s, i, plural, mentions);
        if (nearest == null) return false;
        for (int si = nearest.sentence(); si <= s.index(); si++) {
            for (Token t : doc.sentences().get(si).tokens()) {
                if (t.begin() < nearest.end() || t.begin() >= s.token(i).begin()) continue;
                // a noun right after a preposition is no object to refer to ("ceded it in perpetuity", "by force")
                boolean afterPreposition = t.index() > 0 && doc.sentences().get(si).token(t.index() - 1).pos().equals("ADP");
                // nor is a unit of a measure ("which covers about 14,000 sq km")
                // nor a verb of saying the tagger read as a noun ("Tokyo insists they are Japanese territory")
                if (t.pos().startsWith("NOUN") && pluralWord(t.text()) == plural && !afterPreposition && !cues.isUnit(t.lower())
                        && !cues.isSpeechVerb(t.lower())
                        && !PersonMentionFinder.covered(mentions, doc.sentences().get(si), t.index())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The last place named by name or description in this or the previous sentence before token i, of the given number, or null. */
    private static Mention nearestPlaceBefore(Sentence s, int i, boolean plural, List<Mention> mentions) {
        Mention nearest = null;
        for (Mention m : mentions) {
            if (m.sentence() < s.index() - 1 || m.begin() >= s.token(i).begin() || m.type() == EntityType.PERSON) continue;
            // (a territory's description counts: "seized the islands ... Tokyo calls them its inherent territory")
            boolean description = m.kind() == MentionKind.ANAPHOR && m.type() == EntityType.TERRITORY && m.text().contains(" ");
            if (m.kind() == MentionKind.ANAPHOR && !description || m.kind() == MentionKind.DEMONYM || m.kind() == MentionKind.COMBINING_FORM) continue;
            if (pluralWord(m.text()) == plural && (nearest == null || m.begin() > nearest.begin())) nearest = m;
        }
        return nearest;
    }

    /**
     * "the Convention on the Law of the Sea": a description whose capitalised head (at token {@code head}) follows a
     * capitalised word and "of" ends the name of something else.
     */
    private static boolean endsCapitalisedName(Sentence s, int start, int head) {
        return Character.isUpperCase(s.token(head).text().charAt(0)) && start >= 2 && s.token(start - 1).lower().equals("of")
                && Character.isUpperCase(s.token(start - 2).text().charAt(0));
    }

    /** How many modifiers may stand between the determiner and the head ("the two remote rocky islets"). */
    private static final int MAX_DESCRIPTION_MODIFIERS = 3;

    /**
     * "the archipelago", "the two disputed islands", "four islands": a determiner (or a number),
     * modifiers (adjectives, numbers, participles) and a head noun of lexicon/territory-cues.tsv
     * that describes a territory. Returns the end of the description, or -1. A noun after the head
     * ("the island nation") or "of" ("the islands of Xyz", which names its place) makes it no
     * description; nor do words that are part of a mention ("the British peninsula").
     */
    private int placeDescriptionEnd(Sentence s, int i, List<Mention> mentions) {
        TerritoryCues cues = lexicon.territoryCues();
        Token first = s.token(i);
        // "a group of uninhabited islands": a collective opener stands where a determiner would
        int opener = collectiveOpenerLength(s, i);
        // "the 160,000-square-kilometre territory": a measure counts as one modifier, however many tokens it has
        int measure = measureEnd(s, i + Math.max(1, opener)) - (i + Math.max(1, opener));
        int extra = Math.max(0, measure - 1);
        if (!descriptionHeadWithin(s, i + 1, i + opener + MAX_DESCRIPTION_MODIFIERS + 2 + extra)) return -1; // no tag read where none can be
        boolean determiner = opener > 0 || cues.isDescriptionDeterminer(first.lower());
        boolean number = opener == 0 && first.pos().startsWith("NUM");
        if (!determiner && !number) return -1;
        boolean the = first.lower().equals("the");
        int k = i + Math.max(1, opener);
        if (measure > 0) k += measure;
        while (k < s.size() && k - i - extra <= opener + MAX_DESCRIPTION_MODIFIERS + 1 && !cues.isDescriptionHead(s.token(k).lower())) {
            // "the former Spanish colony", "the British overseas territory": a state's adjective qualifies the place
            Mention demonym = PersonMentionFinder.mentionStartingAt(mentions, s, k);
            if (demonym != null && demonym.kind() == MentionKind.DEMONYM && k > i) {
                k = demonym.tokenEnd();
                continue;
            }
            if (PersonMentionFinder.covered(mentions, s, k)) break;
            if (cues.isContrastWord(s.token(k).lower())) return -1; // "the other three islands" are not the place named
            // ("the South Atlantic archipelago": directions and oceans are no place's own name)
            if (isModifier(s.token(k)) || cues.isNotName(s.token(k).text())
                    || s.token(k).isProperNoun() && (opener > 0 || headOfStateDescriptionFollows(s, k))) {
                // "the Andean nation", "the Gulf kingdom"; a name before a territory noun names its own place,
                // except after a collective opener, where it only says where ("a group of East China Sea islands")
                k++;
            } else if (s.token(k).text().equals(",") && k > i + 1 && (isModifier(s.token(k - 1)) || misreadModifier(s, k - 1))
                    && k + 1 < s.size() && isModifier(s.token(k + 1))) {
                k++; // "the vast, forested territory"
            } else if (misreadModifier(s, k)) {
                k++; // "the fertile/NOUN, oil-bearing strip"
            } else {
                break;
            }
        }
        if (k >= s.size() || !cues.isDescriptionHead(s.token(k).lower()) || PersonMentionFinder.covered(mentions, s, k)) return -1;
        // "the island nation": a head noun may modify the next one
        while (k + 1 < s.size() && cues.isDescriptionHead(s.token(k + 1).lower()) && s.token(k + 1).pos().startsWith("NOUN")) k++;
        // (the tagger calls a head after adjectives an adjective or adverb at times: "the British overseas
        // territory/ADJ", "the South Atlantic archipelago/ADV"; only a verb's reading is refused)
        String headTag = s.token(k).pos();
        if (!headTag.startsWith("NOUN") && !headTag.startsWith("ADJ") && !headTag.startsWith("ADV") && !headTag.startsWith("PROPN")) return -1;
        if (number && k == i + 1 && !pluralWord(s.token(k).text())) return -1; // "one island" says nothing about which
        if (endsCapitalisedName(s, i, k)) return -1;
        // a state only as "the (Nordic) country": "this country", "all nations", "two kingdoms" are other uses
        if (cues.describesState(s.token(k).lower()) && (!the || number)) return -1;
        int end = k + 1;
        if (end < s.size()) {
            Token next = s.token(end);
            // "the semi-autonomous territory of Denmark": a held place followed by its holder refers back
            // (not in apposition to a name: "Transnistria, the separatist territory of Moldova" is read by the relation rules)
            boolean apposition = i > 0 && APPOSITION_MARKS.contains(s.token(i - 1).text());
            boolean heldBy = next.lower().equals("of") && cues.isHeldPlaceHead(s.token(k).lower()) && the && !apposition
                    && countryStartsAt(mentions, s, end + 1);
            if (heldBy) return end;
            // "the fertile strip of savannah": "of" and a common noun say what the place is made of, not its name
            if (next.lower().equals("of") && end + 1 < s.size() && s.token(end + 1).pos().startsWith("NOUN")
                    && Character.isLowerCase(s.token(end + 1).text().charAt(0))) {
                return end;
            }
            if (next.lower().equals("of") || next.pos().startsWith("PROPN")
                    || next.pos().startsWith("NOUN") && !cues.isPositionWord(next.lower())) {
                return -1;
            }
        }
        return end;
    }

    /** The end of a measure from k ("160,000 - square - kilometre", "14,000 sq km"): a number and unit words; k if none. */
    private int measureEnd(Sentence s, int k) {
        if (k >= s.size() || !Character.isDigit(s.token(k).text().charAt(0))) return k;
        int end = k + 1;
        // (one token: "160,000-square-kilometre")
        String[] parts = s.token(k).lower().split("-");
        boolean unit = parts.length > 1;
        for (int p = 1; p < parts.length; p++) unit &= lexicon.territoryCues().isUnit(parts[p]);
        while (end < s.size() && (s.token(end).text().equals("-") || lexicon.territoryCues().isUnit(s.token(end).lower()))) {
            unit |= !s.token(end).text().equals("-");
            end++;
        }
        if (!unit) return k;
        return s.token(end - 1).text().equals("-") ? end - 1 : end;
    }

    private static boolean countryStartsAt(List<Mention> mentions, Sentence s, int token) {
        for (Mention m : mentions) {
            if (m.sentence() == s.index() && m.tokenStart() == token && m.type() == EntityType.COUNTRY
                    && m.kind() != MentionKind.DEMONYM) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a head noun of a place description stands between tokens {@code from} and {@code to}
     * (inclusive): the modifiers before it are at most {@link #MAX_DESCRIPTION_MODIFIERS} and a comma,
     * so a description starting at from - 1 has its head there, or it is none.
     */
    private boolean descriptionHeadWithin(Sentence s, int from, int to) {
        for (int k = from; k <= to && k < s.size(); k++) {
            if (lexicon.territoryCues().isDescriptionHead(s.token(k).lower())) return true;
        }
        return false;
    }

    /** "Gulf kingdom": the next words up to a head noun are names or modifiers, and the head describes a state. */
    private boolean headOfStateDescriptionFollows(Sentence s, int k) {
        TerritoryCues cues = lexicon.territoryCues();
        for (int j = k + 1; j < s.size() && j <= k + MAX_DESCRIPTION_MODIFIERS; j++) {
            Token t = s.token(j);
            if (cues.isDescriptionHead(t.lower())) return cues.describesState(t.lower());
            if (!t.isProperNoun() && !isModifier(t)) return false;
        }
        return false;
    }

    /** The number of tokens of a collective opener of lexicon/territory-cues.tsv ("a group of") at token i, or 0. */
    private int collectiveOpenerLength(Sentence s, int i) {
        for (List<String> opener : lexicon.territoryCues().collectiveOpeners()) {
            if (i + opener.size() > s.size()) continue;
            boolean match = true;
            for (int k = 0; k < opener.size() && match; k++) match = s.token(i + k).lower().equals(opener.get(k));
            if (match) return opener.size();
        }
        return 0;
    }

    /** An adjective, a number, an adverb or a participle ("disputed", "Japanese-administered") inside a description. */
    /** A lower-case word the tagger calls a noun before a comma and a modifier: an adjective of a list ("the fertile, oil-bearing strip"). */
    private static boolean misreadModifier(Sentence s, int k) {
        Token t = s.token(k);
        return t.pos().startsWith("NOUN") && Character.isLowerCase(t.text().charAt(0)) && k + 2 < s.size()
                && s.token(k + 1).text().equals(",") && isModifier(s.token(k + 2));
    }

    private static boolean isModifier(Token t) {
        String pos = t.pos();
        // ("largely uninhabited", "overseas": an adverb in lower case before the head modifies it too)
        return pos.startsWith("ADJ") || pos.startsWith("NUM") || pos.startsWith("ADV") && Character.isLowerCase(t.text().charAt(0))
                || pos.startsWith("VERB") && (t.lower().endsWith("ed") || t.lower().endsWith("held"))
                || isLowerCaseCompound(t.text()); // "self-governing", "mineral-rich", whatever the tagger says
    }

    /** An adjective, or a compound the tagger may call anything ("nuclear-armed", "long-time"). */
    private static boolean isAdjective(Token t) {
        return t.pos().startsWith("ADJ") || isLowerCaseCompound(t.text());
    }

    private static boolean isLowerCaseCompound(String w) {
        int dash = w.indexOf('-');
        if (dash <= 0 || dash == w.length() - 1) return false;
        for (int c = 0; c < w.length(); c++) {
            char ch = w.charAt(c);
            if (ch != '-' && !Character.isLowerCase(ch)) return false;
        }
        return true;
    }

    /** "Falklands", "Kuril Islands", "Heights": ends like an English plural. */
    static boolean pluralWord(String text) {
        String w = text.substring(text.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    /**
     * A subject pair ("They", "The two") opens the sentence and a verb or adverb follows it, and the sentence
     * before opens, after its dateline, with two persons or two states joined by "and" before any verb (their
     * titles between): the type of that pair, else null.
     */
    private static EntityType subjectPairType(AnnotatedText doc, Sentence s, int i, int length, List<Mention> previous) {
        if (i != 0 || i + length >= s.size()) return null;
        EntityType type = openingPairType(doc, previous);
        // (the tag after the phrase is read last: only where the sentence before fits)
        if (type == null) return null;
        String next = s.token(i + length).pos();
        return next.startsWith("VERB") || next.startsWith("AUX") || next.startsWith("ADV") ? type : null;
    }

    /** The type of the two persons or states the sentence of these mentions opens with as its subject, or of the pair anaphor opening it; else null. */
    private static EntityType openingPairType(AnnotatedText doc, List<Mention> sentenceMentions) {
        List<Mention> opening = new ArrayList<>();
        for (Mention m : sentenceMentions) {
            // "They agreed to reopen embassies. The two also signed": a pair that opened the sentence before goes on
            if (m.tokenStart() == 0 && (Mention.PAIR.equals(m.rule()) || Mention.LEADER_PAIR.equals(m.rule()))) return m.type();
            if (m.kind() == MentionKind.DEMONYM || m.kind() == MentionKind.ANAPHOR || Datelines.isDateline(doc, m)) continue;
            opening.add(m);
        }
        opening.sort(Mentions.BY_POSITION);
        if (opening.size() < 2) return null;
        Mention first = opening.get(0), second = opening.get(1);
        if (first.type() != second.type() || first.type() == EntityType.TERRITORY) return null;
        return Mentions.joinedSubjectPair(doc.sentences().get(first.sentence()), first, second) ? first.type() : null;
    }

    /**
     * A subject pair opening a clause inside its sentence, after a clause opener and before a verb ("The two men
     * held talks at the palace, where they agreed"): two persons, else two states (by name), named before it in
     * the sentence make it refer to a pair of that type (linking takes the nearest two); else null.
     */
    private EntityType clausePairType(Sentence s, int i, int length, List<Mention> sentenceMentions) {
        if (!clauseOpeners.contains(s.token(i - 1).lower()) || i + length >= s.size()) return null;
        String next = s.token(i + length).pos();
        // (the tagger may call a past tense after a number a noun: "when the two met/NOUN")
        boolean pastTaggedNoun = next.startsWith("NOUN") && lexicon.isPastForm(s.token(i + length).lower());
        if (!(next.startsWith("VERB") || next.startsWith("AUX") || next.startsWith("ADV") || pastTaggedNoun)) return null;
        int persons = 0, states = 0;
        for (Mention m : sentenceMentions) {
            if (m.tokenEnd() > i) continue;
            if (m.type() == EntityType.PERSON) persons++;
            else if (m.type() == EntityType.COUNTRY && m.kind() == MentionKind.NAME) states++;
        }
        return persons >= 2 || persons == 1 && hasPersonPair(sentenceMentions, i) ? EntityType.PERSON
                : states >= 2 ? EntityType.COUNTRY : null;
    }

    /** Whether a pair anaphor for persons ("The two men") stands before token i. */
    private static boolean hasPersonPair(List<Mention> sentenceMentions, int i) {
        for (Mention m : sentenceMentions) {
            if (m.tokenEnd() <= i && m.type() == EntityType.PERSON && (Mention.PAIR.equals(m.rule())
                    || Mention.LEADER_PAIR.equals(m.rule()) || Mention.OFFICIAL_PAIR.equals(m.rule()))) return true;
        }
        return false;
    }

    private Lexicon.Anaphor anaphorAt(Sentence s, int i) {
        Lexicon.Anaphor found = firstMatch(s, i, anaphorsByFirstWord.getOrDefault(s.token(i).lower(), List.of()), lexicon.territoryCues());
        // a phrase opening with "*" needs an adjective at i, which firstMatch checks
        if (found == null) found = firstMatch(s, i, anaphorsByFirstWord.getOrDefault("*", List.of()), lexicon.territoryCues());
        if (found == null) found = firstMatch(s, i, anaphorsByFirstWord.getOrDefault("#", List.of()), lexicon.territoryCues());
        return found;
    }

    /**
     * The first phrase matching at token i. Its words are compared before its "*" is checked for an
     * adjective: a tag is read only where the words fit, so a sentence no phrase fits is not tagged.
     */
    private static Lexicon.Anaphor firstMatch(Sentence s, int i, List<Lexicon.Anaphor> candidates, TerritoryCues numbers) {
        for (Lexicon.Anaphor a : candidates) {
            List<String> words = a.words();
            if (i + words.size() > s.size()) continue;
            boolean match = true;
            for (int w = 0; w < words.size() && match; w++) {
                match = words.get(w).equals("*") || words.get(w).equals("#") || s.token(i + w).lower().equals(words.get(w));
            }
            for (int w = 0; w < words.size() && match; w++) {
                String word = words.get(w);
                match = word.equals("*") ? isAdjective(s.token(i + w))
                        : !word.equals("#") || numbers.isNumber(s.token(i + w).lower());
            }
            // a phrase ending in a number has left its noun out ("Tokyo's claim over all four"): where
            // a noun follows, the phrase is that noun's ("all four leaders")
            if (match && words.get(words.size() - 1).equals("#")) match = !nounFollows(s, i + words.size());
            if (match) return a;
        }
        return null;
    }

    private static boolean nounFollows(Sentence s, int k) {
        if (k >= s.size()) return false;
        Token next = s.token(k);
        return next.lower().equals("of") || next.pos().startsWith("NOUN") || next.pos().startsWith("PROPN")
                || next.pos().startsWith("ADJ") || next.pos().startsWith("NUM");
    }

    private static Mention anaphor(Sentence s, int start, int end, EntityType type, String rule) {
        return anaphor(s, start, end, type, rule, null);
    }

    /** An anaphor whose reference is known when it is found: the dateline's state for "here". */
    private static Mention anaphor(Sentence s, int start, int end, EntityType type, String rule, String referenceIri) {
        Token first = s.token(start);
        Token last = s.token(end - 1);
        StringBuilder text = new StringBuilder();
        for (int k = start; k < end; k++) text.append(k > start ? " " : "").append(s.token(k).text());
        return Mention.of(s.index(), start, end, first.begin(), last.end(), text.toString(), type,
                MentionKind.ANAPHOR, referenceIri, rule);
    }
}
