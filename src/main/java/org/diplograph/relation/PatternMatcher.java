package org.diplograph.relation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.diplograph.knowledge.EntityType;
import org.diplograph.link.LinkedMention;
import org.diplograph.mention.Mention;
import org.diplograph.knowledge.MentionKind;
import org.diplograph.nlp.CheapLemmatizer;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/** Matches one {@link Pattern} over one sentence; finds at most one match per start token. */
final class PatternMatcher {
    /** How far before a trigger a modal or negation cancels it. */
    private static final int BLOCKER_WINDOW = 4;
    /** How far after a trigger a plan word cancels it ("meetings planned with", "talks scheduled for"). */
    private static final int BLOCKER_AFTER_WINDOW = 5;
    /** How long a parenthetical between commas may be and still sit between a modal and its verb. */
    private static final int PARENTHETICAL_TOKENS = 8;
    /** How long an apposition between commas may be ("X, a senior adviser to President Y, ..."). */
    private static final int APPOSITION_TOKENS = 24;
    /** How far before the first argument an adjective blocker still qualifies it ("a possible Israel-Saudi deal"). */
    private static final int NOUN_PHRASE_WINDOW = 2;

    /** One match: who is subject and object (or the members of a pair) and the trigger tokens. */
    record Match(List<LinkedMention> subjects, List<LinkedMention> objects, List<Integer> triggers,
                 List<Integer> literals, int startToken, int endToken) {}

    private record SlotMatch(List<LinkedMention> members, int end) {}

    private final Sentence sentence;
    private final RelationRules rules;
    private final LinkedMention[] startingAt;
    private final LinkedMention[] covering;
    /** Persons whose title phrase starts at a token: "with [South Korean President] Yoon". */
    private final LinkedMention[] titledFrom;
    private final Set<String> blockers;
    private final List<List<String>> blockerPhrases;
    private final Set<String> blockersAfter;
    private final List<List<String>> blockerPhrasesAfter;
    private final Set<String> clauseBoundaries;
    private final CheapLemmatizer lemmatizer;
    private final MatcherWords words;
    private final java.util.Map<String, Set<String>> classesOfLemma;
    private Set<String> classesPresent;

    PatternMatcher(Sentence sentence, List<LinkedMention> mentions, RelationRules rules) {
        this.sentence = sentence;
        this.rules = rules;
        this.startingAt = new LinkedMention[sentence.size()];
        this.covering = new LinkedMention[sentence.size()];
        this.titledFrom = new LinkedMention[sentence.size()];
        this.blockers = rules.blockers();
        this.blockerPhrases = rules.blockerPhrases();
        this.blockersAfter = rules.blockersAfter();
        this.blockerPhrasesAfter = rules.blockerPhrasesAfter();
        this.clauseBoundaries = rules.clauseBoundaries();
        this.lemmatizer = rules.lemmatizer();
        this.words = rules.matcherWords();
        this.classesOfLemma = rules.classesOfLemma();
        for (LinkedMention lm : mentions) {
            int start = lm.mention().tokenStart();
            if (startingAt[start] == null || startingAt[start].mention().tokenEnd() < lm.mention().tokenEnd()) {
                startingAt[start] = lm;
            }
            for (int t = start; t < lm.mention().tokenEnd(); t++) if (covering[t] == null) covering[t] = lm;
            if (lm.mention().titleBegin() < lm.mention().begin()) {
                for (Token tok : sentence.tokens()) {
                    if (tok.begin() == lm.mention().titleBegin()) titledFrom[tok.index()] = lm;
                }
            }
        }
    }

    /**
     * Whether every word class the pattern needs has a word in this sentence: most rules are
     * skipped at once ("claims" rules in a sentence with no claim word).
     */
    boolean mayMatch(Pattern pattern) {
        if (classesPresent == null) {
            classesPresent = new java.util.HashSet<>();
            for (int t = 0; t < sentence.size(); t++) {
                for (String candidate : lemmatizer.candidates(sentence.token(t).lower())) {
                    classesPresent.addAll(classesOfLemma.getOrDefault(candidate, Set.of()));
                }
            }
        }
        return classesPresent.containsAll(pattern.requiredClasses());
    }

    /** How many words a noun phrase before an apposition may have ("the region's poorer countries"). */
    private static final int MAX_BODY_NAME_WORDS = 3;
    /** "Iran's foreign ministry": words between a state's possessive and the head that makes it act. */
    private static final int MAX_HEAD_MODIFIERS = 2;
    private static final int APPOSITION_HEAD_TOKENS = 5;

    private static boolean isNounPhraseWord(Token t) {
        String pos = t.pos();
        return pos.startsWith("NOUN") || pos.startsWith("ADJ") || pos.startsWith("NUM") || pos.startsWith("DET")
                || t.text().equals("'s");
    }

    List<Match> matches(Pattern pattern) {
        List<Match> out = new ArrayList<>();
        if (!mayMatch(pattern)) return out;
        boolean pairFirst = pattern.elements().get(0) instanceof Pattern.Slot first && first.role() == Pattern.SlotRole.PAIR;
        boolean slotFirst = pattern.elements().get(0) instanceof Pattern.Slot;
        // "STATE ... verb": a state that is the object of a preposition is not the clause's subject
        // ("protested to Russia over the islands and claimed them" is Japan's claim); a person may still
        // be the actor ("impressed with Thatcher after her trip to Moscow")
        // ("the visit by Modi to Moscow angered Kyiv": a state slot that a person may fill is read so for a state's name too)
        boolean subjectThenGap = pattern.elements().get(0) instanceof Pattern.Slot first && first.role() == Pattern.SlotRole.S
                && first.types().contains(EntityType.COUNTRY)
                && pattern.elements().size() > 1 && pattern.elements().get(1) instanceof Pattern.Gap;
        boolean statesAndPersons = subjectThenGap && ((Pattern.Slot) pattern.elements().get(0)).types().contains(EntityType.PERSON);
        // "the regions in eastern Ukraine have been backed by Moscow": a state after a preposition is not the
        // subject of the passive whose object slot opens the pattern (an apposition after a comma still is)
        boolean passiveSubject = !subjectThenGap && opensWithClauseSubject(pattern);
        for (int start = 0; start < sentence.size(); start++) {
            if (slotFirst && !mentionWithinTwo(start)) continue; // speed only: slotsAt would find nothing
            // "aid to Tunisia, Israel and Jordan under the pact", "deals with Chile and Venezuela":
            // a coordination after a preposition is not the pair that acts
            int before = start - 1;
            // a pair starts with the first member of its coordination, not inside it ("Tunisia, [Israel and Jordan]")
            if (pairFirst && before > 0 && words.coordinators().contains(sentence.token(before).lower())
                    && covering[before - 1] != null && startingAt[start] != null
                    && covering[before - 1].mention().type() == startingAt[start].mention().type()) {
                continue;
            }
            if (pairFirst && before > 0 && sentence.token(before).text().equals(",")
                    && sentence.token(before - 1).lower().endsWith("s") && sentence.token(before - 1).pos().startsWith("NOUN")) {
                // "aid to the states, Tunisia, Israel ...", "loans to two neighbours, Laos and Cambodia":
                // the coordination is in apposition to a plural noun phrase; what stands before that phrase
                // counts ("Despite their approaches to debt, Garcia and X issued" is no apposition)
                int k = before - 1;
                while (k >= 0 && k >= before - APPOSITION_HEAD_TOKENS && isNounPhraseWord(sentence.token(k))) k--;
                if (k < before - 1) before = k;
            }
            if (before > 0 && words.determiners().contains(sentence.token(before).lower())) before--;
            boolean personAt = startingAt[start] != null && startingAt[start].mention().type() == EntityType.PERSON
                    || titledFrom[start] != null;
            if ((pairFirst && !actingBodyBefore(before)
                    || subjectThenGap && !isDemonymAt(start) && !personAt && !(statesAndPersons && actsAfter(before, start))
                            && !opensRelativeClause(start))
                    && before >= 0 && words.objectPrepositions().contains(sentence.token(before).lower())
                    && !actingAnaphorAt(start)) {
                continue;
            }
            if (passiveSubject && !isDemonymAt(start) && afterPreposition(before)) continue;
            // "will hold talks with Prime Minister X and meet Queen Y": a person who is the object of a
            // preposition is no subject of the verb coordinated after it
            if (slotFirst && !pairFirst && objectThenCoordinatedVerb(start)) continue;
            State st = new State(start);
            if (match(pattern.elements(), 0, start, st)) {
                Match m = st.toMatch();
                if (pairFirst && jointlyWithAnother(m)) continue;
                if (!blocked(m, pattern.elements().get(0) instanceof Pattern.Slot)) out.add(m);
            }
        }
        return out;
    }

    /**
     * Whether the pattern opens with an object slot for a state followed, past optional words, by a word,
     * with no punctuation on the way: that state is the subject of the clause ("O is backed by S"), not an
     * apposition's head ("O, a close ally of S", "O, which S promised to support").
     */
    private static boolean opensWithClauseSubject(Pattern pattern) {
        if (!(pattern.elements().get(0) instanceof Pattern.Slot first) || first.role() != Pattern.SlotRole.O
                || !first.types().contains(EntityType.COUNTRY)) return false;
        for (int i = 1; i < pattern.elements().size(); i++) {
            Pattern.Element e = pattern.elements().get(i);
            if (e instanceof Pattern.Literal l) {
                // a comma, even an optional one, opens an apposition or a relative clause ("O ?, which S")
                if (!l.words().stream().allMatch(w -> Character.isLetter(w.charAt(0)))) return false;
                if (l.optional()) continue;
                return true;
            }
            if (e instanceof Pattern.WordClass c && c.optional()) continue;
            return false;
        }
        return false;
    }

    /** Whether an object preposition stands at t, or before adjectives ending at t ("in eastern [Ukraine]"). */
    private boolean afterPreposition(int t) {
        while (t > 0 && sentence.token(t).pos().startsWith("ADJ")) t--;
        return t >= 0 && words.objectPrepositions().contains(sentence.token(t).lower());
    }

    /** "the presidents of [Kyrgyzstan and Tajikistan] signed": "of" at t after a plural noun of matcher-words' acting-body. */
    private boolean actingBodyBefore(int t) {
        return t >= 1 && sentence.token(t).lower().equals("of") && words.actingBodies().contains(sentence.token(t - 1).lower());
    }

    /** "put forward by Rabat, which controls about 80% of the territory": the entity at t is the subject of the relative clause after it. */
    private boolean opensRelativeClause(int t) {
        return startingAt[t] != null && relativeClauseAt(startingAt[t].mention().tokenEnd());
    }

    /** A comma at {@code comma} and a relative pronoun after it (", who", ", which"). */
    private boolean relativeClauseAt(int comma) {
        return comma + 1 < sentence.size() && sentence.token(comma).text().equals(",")
                && words.relativePronouns().contains(sentence.token(comma + 1).lower());
    }

    /**
     * "Abe made the recommendation at a meeting with Nakasone soon after returning from a U.S. visit":
     * a person who is the object of a preposition, after another person in the clause, is not the one
     * who acts in the words that follow, unless a possessive pronoun there points back ("impressed with
     * Thatcher after her trip to Moscow").
     */
    boolean prepositionalPersonNotActor(Pattern pattern, Match m) {
        boolean personThenGap = pattern.elements().get(0) instanceof Pattern.Slot first && first.role() == Pattern.SlotRole.S
                && first.types().contains(EntityType.PERSON)
                && pattern.elements().size() > 1 && pattern.elements().get(1) instanceof Pattern.Gap;
        if (!personThenGap || m.subjects().isEmpty()) return false;
        var subject = m.subjects().get(0).mention();
        if (subject.kind() == MentionKind.ANAPHOR) return false;
        int before = subject.tokenStart() - 1;
        while (before >= 0 && sentence.token(before).begin() >= subject.titleBegin()) before--; // "with [Prime Minister] X"
        if (before > 0 && words.determiners().contains(sentence.token(before).lower())) before--;
        if (before < 0 || !words.objectPrepositions().contains(sentence.token(before).lower())) return false;
        boolean personBefore = false;
        for (int k = 0; k < before && !personBefore; k++) {
            personBefore = covering[k] != null && covering[k].mention().type() == EntityType.PERSON
                    && covering[k].mention().kind() != MentionKind.ANAPHOR;
        }
        if (!personBefore) return false;
        int from = m.subjects().get(m.subjects().size() - 1).mention().tokenEnd();
        // "a news conference with President X, who arrived in Cairo": a relative clause's own subject
        if (relativeClauseAt(from)) return false;
        int to = m.triggers().isEmpty() ? (m.literals().isEmpty() ? from : m.literals().get(0)) : m.triggers().get(0);
        for (int k = from; k < to; k++) if (words.personPossessives().contains(sentence.token(k).lower())) return false;
        return true;
    }

    /**
     * After "NAME , a|an|the ... ," or "NAME , Pakistan's ... ," at token t (the first comma): the token
     * after the closing comma, or -1.
     */
    private int appositionEnd(int t) {
        if (t + 1 >= sentence.size() || !sentence.token(t).text().equals(",")) return -1;
        // ("Sullivan, President Joe Biden's national security adviser, met ...": a titled possessor too)
        LinkedMention possessor = startingAt[t + 1] != null ? startingAt[t + 1] : titledFrom[t + 1];
        boolean opensWithPossessor = possessor != null && possessor.mention().tokenEnd() < sentence.size()
                && isPossessive(possessor.mention().tokenEnd());
        if (!opensWithPossessor && !opensApposition(t + 1)) return -1;
        for (int c = t + 2; c < sentence.size() && c <= t + APPOSITION_TOKENS + 2; c++) {
            String w = sentence.token(c).text();
            if (w.equals(",")) return c + 1 < sentence.size() ? c + 1 : -1;
            if (clauseBoundaries.contains(sentence.token(c).lower())) return -1;
        }
        return -1;
    }

    /**
     * Whether the word at k opens an apposition or relative clause after a comma: an opener of
     * rules/matcher-words.tsv ("a", "the", "which") or a participle with an agent marker close behind
     * ("the Paracels, claimed by Vietnam and Taiwan, are held by China").
     */
    private boolean opensApposition(int k) {
        if (words.appositionOpeners().contains(sentence.token(k).lower())) return true;
        if (!sentence.token(k).pos().startsWith("VERB")) return false;
        for (int b = k + 1; b < sentence.size() && b <= k + 3; b++) {
            if (words.agentMarkers().contains(sentence.token(b).lower())) return true;
        }
        return false;
    }

    /**
     * "the strip, which Libya annexed, is claimed by Chad": a participle form right after a state's name is
     * that state's own verb, never a passive (a state's adjective may stand there: "the Israeli occupied lands").
     */
    private boolean afterStateName(int t) {
        if (t == 0 || covering[t - 1] == null) return false;
        var m = covering[t - 1].mention();
        return m.type() == EntityType.COUNTRY && (m.kind() == MentionKind.NAME || m.kind() == MentionKind.CAPITAL);
    }

    /**
     * A phrase that refers back to persons or states after a preposition may still act ("talks with the two
     * leaders, where they agreed"); one that refers to territories is a prepositional object like a name
     * ("keeps troops in both regions, and Georgia regards them as occupied").
     */
    private boolean actingAnaphorAt(int t) {
        return startingAt[t] != null && startingAt[t].mention().kind() == MentionKind.ANAPHOR
                && startingAt[t].mention().type() != EntityType.TERRITORY;
    }

    /** "on the French island of Mayotte": an adjective that names a state heads no prepositional object. */
    private boolean isDemonymAt(int t) {
        return startingAt[t] != null && startingAt[t].mention().kind() == MentionKind.DEMONYM;
    }

    /** The first token of the coordination that ends with the mention ("Japan, the United States and Canada"). */
    private int coordinationStart(LinkedMention last) {
        int start = last.mention().tokenStart();
        while (true) {
            int k = start - 1;
            if (k >= 1 && words.determiners().contains(sentence.token(k).lower())) k--;
            if (k < 1 || !words.coordinators().contains(sentence.token(k).lower()) || covering[k - 1] == null) return start;
            start = covering[k - 1].mention().tokenStart();
        }
    }

    /** Whether the token at start stands in an apposition or relative clause opened by ", a|the|which ...". */
    private boolean insideApposition(int start) {
        return appositionOpenedBefore(start) >= 0;
    }

    /**
     * The comma that opens an apposition or relative clause after a name and before token start
     * (the nearest comma within {@link #APPOSITION_TOKENS}, followed by an opener), or -1.
     */
    private int appositionOpenedBefore(int start) {
        for (int c = start - 1; c >= 1 && c >= start - APPOSITION_TOKENS; c--) {
            if (!sentence.token(c).text().equals(",")) continue;
            boolean opens = c + 1 < start && opensApposition(c + 1) && covering[c - 1] != null;
            return opens ? c : -1;
        }
        return -1;
    }

    /**
     * A state after a preposition that still acts: the agent of a passive ("hired by Canada to settle a
     * dispute with the U.S.") or the subject of an absolute clause ("with Ottawa accusing Washington").
     */
    private boolean actsAfter(int preposition, int start) {
        if (preposition < 0 || startingAt[start] == null) return false;
        String w = sentence.token(preposition).lower();
        if (words.agentMarkers().contains(w)) return true;
        int after = startingAt[start].mention().tokenEnd();
        return words.jointMarkers().contains(w) && after < sentence.size() && sentence.token(after).lower().endsWith("ing")
                && sentence.token(after).pos().equals("VERB");
    }

    /** At most this many modifiers stand between a determiner and a territory's name ("the tiny, remote"). */
    private static final int MAX_NAME_MODIFIERS = 3;
    /** "almost the entire", "the whole of": the longest partitive before a territory's name. */
    private static final int MAX_PARTITIVE_WORDS = 4;

    private boolean isLowerWord(int k) {
        String w = sentence.token(k).text();
        return !w.isEmpty() && w.chars().allMatch(Character::isLowerCase);
    }

    /**
     * "self-ruled", "democratically", "governed", "disputed", "rocky" before a name: a compound adjective,
     * an adjective, an -ly adverb or a participle.
     */
    private boolean isNameModifier(int k) {
        Token tok = sentence.token(k);
        String w = tok.text();
        // "the four Kuril islands", "the 18 Spratly islands": a number after a determiner counts the place's parts
        if (tok.pos().startsWith("NUM") && k > 0 && words.determiners().contains(sentence.token(k - 1).lower())) return true;
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) return false;
        if (w.indexOf('-') > 0 && w.chars().allMatch(c -> c == '-' || Character.isLowerCase(c))) return true;
        if (tok.pos().equals("ADJ") || tok.pos().equals("VERB") && w.endsWith("ed") && k > 0
                && words.determiners().contains(sentence.token(k - 1).lower())) return true;
        return w.endsWith("ly") && k + 1 < sentence.size() && sentence.token(k + 1).lower().endsWith("ed")
                || w.endsWith("ed") && k > 0 && sentence.token(k - 1).lower().endsWith("ly");
    }

    /** A territory's own name ("Taiwan", "Crimea"): the places that such modifiers describe in news. */
    private static boolean isPlaceName(LinkedMention lm) {
        return lm.mention().kind() == MentionKind.NAME && lm.entities().stream().anyMatch(e -> e.types().contains(EntityType.TERRITORY));
    }

    /**
     * "China views democratically governed Taiwan": a participle after an -ly adverb that follows
     * another word than an auxiliary or the subject modifies the name after it; it is no verb of the
     * clause ("has effectively controlled" is).
     */
    private boolean isPrenominalParticiple(int t) {
        // "Tamura told visiting U.S. Trade Representative Clayton Yeutter", "talks with the visiting Polish
        // leader": an -ing form after a determiner or another verb, right before a person's title phrase or
        // name, describes that person ("after meeting Tony Blair", "is visiting Russia": a verb)
        if (t >= 1 && t + 1 < sentence.size() && sentence.token(t).lower().endsWith("ing")) {
            LinkedMention next = titledFrom[t + 1] != null ? titledFrom[t + 1] : startingAt[t + 1];
            if (next == null || next.mention().type() != EntityType.PERSON) return false;
            String before = sentence.token(t - 1).pos();
            return before.equals("DET") || before.equals("VERB");
        }
        if (t < 1 || t + 1 >= sentence.size() || !sentence.token(t).lower().endsWith("ed") || startingAt[t + 1] == null) return false;
        // "in the occupied West Bank", "in occupied Crimea": after a determiner or a preposition, an adjective
        String before = sentence.token(t - 1).pos();
        if (before.equals("DET") || before.equals("ADP")) return true;
        if (t < 2 || !sentence.token(t - 1).lower().endsWith("ly")) return false;
        // (not after an auxiliary or the subject itself: "has effectively controlled", "China effectively controlled")
        return !sentence.token(t - 2).pos().startsWith("AUX") && covering[t - 2] == null;
    }

    /** "X, a senior adviser to President Y, ...": the slot ends right before the apposition's closing comma. */
    private boolean closesApposition(SlotMatch sm) {
        int end = sm.end();
        // the apposition may go on for a noun or two after the name ("a close US ally,")
        while (end < sentence.size() && end < sm.end() + 3 && Character.isLowerCase(sentence.token(end).text().charAt(0))
                && !sentence.token(end).pos().startsWith("VERB") && !sentence.token(end).pos().startsWith("AUX") && covering[end] == null) {
            end++;
        }
        if (end >= sentence.size() || !sentence.token(end).text().equals(",")) return false;
        int start = sm.members().get(0).mention().tokenStart();
        int opening = appositionOpenedBefore(start);
        // (a name right after the opener is the subject of a relative clause: "Mayotte, which Comoros claims,",
        // also after a quantifier: "Abyei, which both Sudan and South Sudan claim,")
        while (start - 1 > opening && opening >= 0 && words.floatingQuantifiers().contains(sentence.token(start - 1).lower())) start--;
        return opening >= 0 && opening + 2 < start;
    }

    /**
     * "met Sevastopol governor X", "Tokyo Governor X", "met Russia's Putin": a place that qualifies a
     * title, or a state's possessive before a name, belongs to the person's phrase; the token where the
     * title or the name starts, or t.
     */
    private int afterNameQualifier(int t) {
        int n = sentence.size();
        if (t + 1 >= n) return t;
        LinkedMention qualifier = startingAt[t];
        int after;
        if (qualifier != null && qualifier.mention().type() != EntityType.PERSON) {
            after = qualifier.mention().tokenEnd();
            if (qualifier.mention().type() == EntityType.COUNTRY && after + 1 < n && isPossessive(after)
                    && startingAt[after + 1] != null && startingAt[after + 1].mention().type() == EntityType.PERSON) {
                return after + 1;
            }
        } else if (qualifier == null && covering[t] == null && Character.isUpperCase(sentence.token(t).text().charAt(0))) {
            after = t + 1;
            // "the meeting of Presidents Maduro and Ali": a plural title shared by the coordination after it
            LinkedMention named = startingAt[after];
            String title = named == null ? null : named.mention().title();
            if (title != null && named.mention().type() == EntityType.PERSON && !title.contains(" ")
                    && sentence.token(t).lower().equals(title.toLowerCase(java.util.Locale.ROOT) + "s")) {
                return after;
            }
        } else {
            return t;
        }
        return after < n && titledFrom[after] != null ? after : t;
    }

    /** Whether a mention or a title phrase starts at t, t+1 or t+2: where {@link #slotsAt} may look. */
    private boolean mentionWithinTwo(int t) {
        for (int k = t; k < Math.min(t + 3, sentence.size()); k++) {
            if (startingAt[k] != null || titledFrom[k] != null) return true;
        }
        return false;
    }

    private boolean match(List<Pattern.Element> elements, int e, int t, State st) {
        if (e == elements.size()) {
            st.end = t;
            return true;
        }
        Pattern.Element el = elements.get(e);
        int n = sentence.size();
        if (el instanceof Pattern.Slot slot) {
            // the longest coordination first, then shorter ones: "with Macron, Sunak said" is Macron alone
            for (SlotMatch sm : slotsAt(t, slot)) {
                // "Conlon's father was arrested", "he met Carr's cross": a possessor is not the one who acts,
                // nor the person met, unless the pattern reads the possessive itself ("S 's claim to O");
                // a state's possessive still names the party ("condemned Vietnam's island building")
                boolean readsPossessive = e + 1 < elements.size() && elements.get(e + 1) instanceof Pattern.Literal l
                        && l.words().stream().anyMatch(words.possessives()::contains);
                // ("his country's close cooperation with Washington" reads like "its close cooperation with")
                boolean ownState = sm.members().size() == 1 && sm.members().get(0).mention().rule().equals(Mention.OWN_STATE);
                boolean possessed = sm.end() < n && isPossessive(sm.end()) && !readsPossessive && !ownState;
                boolean followedByGap = e + 1 < elements.size() && elements.get(e + 1) instanceof Pattern.Gap;
                // ("India's army shelled ...": a state's forces or government act for it)
                boolean forcesOfState = possessed && stateHeadFrom(sm.end() + 1)
                        && sm.members().stream().allMatch(lm -> lm.mention().type() == EntityType.COUNTRY);
                if (possessed && !forcesOfState && (followedByGap || slot.types().equals(Set.of(EntityType.PERSON)))) continue;
                // "a visit to China's Taiwan region", "claims Japan's Senkaku Islands": the place is the territory after
                // the possessive, not its possessor
                if (possessed && !slot.types().contains(EntityType.PERSON) && territoryRightAfter(sm.end() + 1)) continue;
                // "Hochstein, an adviser to President Biden, arrived": a name closing an apposition is not the
                // subject of the verb after it
                if (slot.role() == Pattern.SlotRole.S && followedByGap && closesApposition(sm)) continue;
                // a noun right after the slot makes the slot its modifier ("the Israeli occupation"); a phrase
                // such as "both countries" modifies no noun ("a reef that both countries claim in the sea")
                // ("the territory was Libyan": a verb after the slot, "@be" or "@say", is no noun it modifies)
                boolean modifiesNoun = e + 1 < elements.size() && elements.get(e + 1) instanceof Pattern.WordClass wc
                        && wc.modifiable();
                if (modifiesNoun && sm.members().stream().anyMatch(lm -> lm.mention().kind() == MentionKind.ANAPHOR
                        && lm.mention().text().contains(" "))) {
                    continue; // (a possessive pronoun does: "her visit to the country")
                }
                // "Both China and Taiwan claim the islands": a conjunct of the subject is no object
                if (slot.role() == Pattern.SlotRole.O && !st.subjects.isEmpty()) {
                    int start = sm.members().get(0).mention().tokenStart();
                    int subjectEnd = st.subjects.get(st.subjects.size() - 1).mention().tokenEnd();
                    String between = sentence.token(Math.min(subjectEnd, sentence.size() - 1)).lower();
                    if (start == subjectEnd + 1 && words.coordinators().contains(between) && Character.isLetter(between.charAt(0))) continue;
                }
                List<LinkedMention> saved = st.bind(slot.role(), sm.members());
                // "Sullivan, the adviser to President Biden, met Wang", "Ceuta, a Spanish enclave on the coast, is
                // claimed by": the apposition of the clause's subject (or a passive's) is skipped whole, and first
                // ("Russia, which seized Crimea, now occupies Kherson": the relative-subject frame reads Crimea)
                boolean clauseSubject = slot.role() == Pattern.SlotRole.S || e == 0 && followedByGap;
                int after = clauseSubject ? appositionEnd(sm.end()) : -1;
                if (after > 0 && match(elements, e + 1, after, st)) return true;
                if (match(elements, e + 1, sm.end(), st)) return true;
                st.unbind(slot.role(), saved);
            }
            return false;
        }
        if (el instanceof Pattern.WordClass wc) {
            // the word before its tags: a sentence is tagged only where a trigger word stands
            if (t < n && covering[t] == null && inClass(wc.lemmas(), t)
                    && wc.fitsTag(sentence.token(t).pos(), tagBefore(t), t == 0, sentence.token(t).lower())
                    && !(wc.name().endsWith("_verb") && isPrenominalParticiple(t))
                    && !(wc.name().endsWith("_participle") && afterStateName(t))) {
                st.triggers.add(t);
                if (match(elements, e + 1, t + 1, st)) return true;
                st.triggers.remove(st.triggers.size() - 1);
            }
            return wc.optional() && match(elements, e + 1, t, st);
        }
        if (el instanceof Pattern.Literal lit) {
            if (t < n && literalAt(lit, t)) {
                st.literals.add(t);
                if (match(elements, e + 1, t + 1, st)) return true;
                st.literals.remove(st.literals.size() - 1);
            }
            // "China warned its diplomatic rival Taiwan": a possessive pronoun that opens the pattern is its
            // own "'s" (not after a predicate: "the islands are its territory" is a claim, not Britain's dependency)
            if (e == 1 && elements.get(0) instanceof Pattern.Slot first && first.role() == Pattern.SlotRole.S
                    && possessivePronounBefore(t) && lit.words().stream().anyMatch(words.possessives()::contains)
                    && match(elements, e + 1, t, st)) {
                return true;
            }
            // "arrived here": a word standing for the dateline's place holds its own preposition ("arrived in Caracas")
            if (t < n && covering[t] != null && Mention.DATELINE.equals(covering[t].mention().rule())
                    && e + 1 < elements.size() && elements.get(e + 1) instanceof Pattern.Slot
                    && lit.words().stream().anyMatch(words.locativePrepositions()::contains) && match(elements, e + 1, t, st)) {
                return true;
            }
            return lit.optional() && match(elements, e + 1, t, st);
        }
        Pattern.Gap gap = (Pattern.Gap) el;
        Set<EntityType> forbidden = neighbourTypes(elements, e);
        // a gap may skip up to gap.max() words; a name of several words counts as one
        int units = 0;
        // "Argentina, which fought a war with Britain over the islands, still claims them": a gap after a name
        // inside an apposition or a relative clause ends at the comma that closes it
        boolean enclosed = t > 0 && covering[t - 1] != null && insideApposition(coordinationStart(covering[t - 1]));
        for (int p = t; p <= n; p++) {
            if (p > t) {
                int skipped = p - 1;
                String w = sentence.token(skipped).text();
                if (clauseBoundaries.contains(sentence.token(skipped).lower()) && !parentheticalAdverb(skipped)
                        || endsQuotation(skipped) || enclosed && w.equals(",")) {
                    return false;
                }
                LinkedMention c = covering[skipped];
                if (c != null && forbidden.contains(c.mention().type()) && !isModifier(c)) return false;
                boolean continuesName = c != null && skipped > c.mention().tokenStart();
                if (!continuesName && ++units > gap.max()) return false;
            }
            if (match(elements, e + 1, p, st)) return true;
        }
        return false;
    }

    /**
     * The tag of the token before t, for the verb check; a floating quantifier after an entity
     * ("India and Pakistan each claim") or a referring phrase ("both countries") is read as a pronoun,
     * since the verb follows a subject.
     */
    private String tagBefore(int t) {
        if (t == 0) return "";
        if (t >= 2 && covering[t - 2] != null && words.floatingQuantifiers().contains(sentence.token(t - 1).lower())) return "PRON";
        // "which both countries claim": a word after a referring phrase is its verb, as after a pronoun
        if (covering[t - 1] != null && covering[t - 1].mention().kind() == MentionKind.ANAPHOR) return "PRON";
        // "Major/ADJ met/NOUN Li Peng": a person's name, whatever the tagger made of it, is a name before its verb
        if (covering[t - 1] != null && covering[t - 1].mention().type() == EntityType.PERSON) return "PROPN";
        return sentence.token(t - 1).pos();
    }

    /**
     * Mentions of the slot's type at t, extended over a coordination ("Japan and Russia", "A, B and
     * C"), longest first, then each shorter prefix of it.
     */
    private List<SlotMatch> slotsAt(int t, Pattern.Slot slot) {
        // "almost the entire South China Sea", "all of Crimea": the part named is still the territory
        if (t < sentence.size() && slot.types().contains(EntityType.TERRITORY) && startingAt[t] == null) {
            int k = t;
            while (k < sentence.size() && k - t < MAX_PARTITIVE_WORDS && startingAt[k] == null
                    && words.partitives().contains(sentence.token(k).lower())) k++;
            if (k > t && k < sentence.size() && startingAt[k] != null && (isPlaceName(startingAt[k])
                    || startingAt[k].mention().type() == EntityType.TERRITORY)) t = k;
        }
        // "its partnership with both the United Kingdom and Mauritius": a correlative before a coordination opens it
        if (t + 2 < sentence.size() && startingAt[t] == null && words.correlatives().contains(sentence.token(t).lower())) t++;
        // "the" before an entity belongs to it ("visited the Golan Heights", "a standoff with the Philippines")
        if (t + 1 < sentence.size() && startingAt[t] == null && titledFrom[t] == null
                && words.determiners().contains(sentence.token(t).lower())) t++;
        // "his Chinese counterpart Wei Fenghe": the pronoun is part of the title phrase of the name after it
        if (t + 1 < sentence.size() && titledFrom[t + 1] != null && words.titleDeterminers().contains(sentence.token(t).lower())) t++;
        // "met visiting Chinese President Xi Jinping": an -ing form before a person describes the person
        if (slot.types().contains(EntityType.PERSON) && t + 1 < sentence.size() && startingAt[t] == null
                && isPrenominalParticiple(t)) t++;
        if (slot.types().contains(EntityType.PERSON)) t = afterNameQualifier(t);
        // "self-ruled Taiwan", "democratically governed Taiwan": modifiers before a territory's name belong to it
        // ("the disputed Scarborough Shoal", "the Russian-held Kuril Islands": a state's participle compound too,
        // also before the head of a description: "reclaim the Russian-occupied territories")
        if (t < sentence.size() && titledFrom[t] == null) {
            int k = t;
            for (int modifiers = 0; k < sentence.size() && modifiers < MAX_NAME_MODIFIERS; modifiers++) {
                if (startingAt[k] == null && isNameModifier(k)) {
                    k++;
                    // "the remote, rocky Paracel Islands"
                    if (k + 1 < sentence.size() && sentence.token(k).text().equals(",") && startingAt[k + 1] == null
                            && isNameModifier(k + 1)) k++;
                } else if (!slot.types().contains(EntityType.COUNTRY) && k + 3 < sentence.size() && startingAt[k] != null
                        && startingAt[k].mention().kind() == MentionKind.DEMONYM
                        && sentence.token(k + 1).text().equals("-") && startingAt[k + 2] == null && isLowerWord(k + 2)) {
                    k += 3;
                } else {
                    break;
                }
            }
            if (k > t && k < sentence.size() && startingAt[k] != null && (isPlaceName(startingAt[k])
                    || Mention.HELD_PLACES.equals(startingAt[k].mention().rule()))) t = k;
        }
        LinkedMention first = at(t, slot);
        if (first == null) return List.of();
        List<LinkedMention> members = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        members.add(first);
        ends.add(first.mention().tokenEnd());
        int end = first.mention().tokenEnd();
        boolean closedByWord = false;
        while (end + 1 < sentence.size()) {
            int k = end;
            // "Presidents Alan Garcia of Peru and Rafael Correa of Ecuador": a person's state after the name
            if (slot.types().contains(EntityType.PERSON)) k = pastStateOfPerson(k);
            // "Anwar Ibrahim (C), Hun Manet (L) and X shake hands": a photo caption's place of a person
            if (slot.types().contains(EntityType.PERSON)) k = pastCaptionPosition(k);
            if (k >= sentence.size()) break;
            String w = sentence.token(k).lower();
            if (!words.coordinators().contains(w)) break;
            // "the crisis between Moscow and Kiev, a German official said": after "and" a bare comma ends the
            // coordination ("A, B, and C" has its comma before the word), unless an apposition of the last
            // member follows ("he and his wife, Transportation Secretary Elizabeth Dole, had met")
            boolean word = Character.isLetter(w.charAt(0));
            if (closedByWord && !word && (k + 1 >= sentence.size() || !words.coordinators().contains(sentence.token(k + 1).lower()))
                    && !sameEntities(at(k + 1, slot), members.get(members.size() - 1))) break;
            closedByWord |= word;
            k++;
            // "A, B and C": a second coordinator straight after the first
            if (k < sentence.size() && words.coordinators().contains(sentence.token(k).lower()) && !sentence.token(k).lower().equals(w)) k++;
            LinkedMention described = k < sentence.size() ? at(k, slot) : null;
            if (described != null && isDescription(described)) {
                k = described.mention().tokenStart(); // "the US and the Nordic country"
            } else {
                if (k < sentence.size() && words.determiners().contains(sentence.token(k).lower())) k++;
                // "Singh and his Chinese counterpart Dong Jun": the pronoun opens the next member's title phrase
                if (k + 1 < sentence.size() && titledFrom[k + 1] != null && words.titleDeterminers().contains(sentence.token(k).lower())) k++;
                // "Crimea and the city of Sevastopol", "Kherson and part of neighbouring Zaporizhzhia"
                for (int filler = 0; filler < 3 && k < sentence.size() && at(k, slot) == null
                        && words.conjunctFillers().contains(sentence.token(k).lower()); filler++) k++;
                // "Macron, Scholz and European Council President Charles Michel": a body's name before a title
                if (slot.types().contains(EntityType.PERSON)) k = pastBodyName(k, slot);
                // "Serbia's Aleksandar Vucic and Kosovo's Albin Kurti": a state's possessive before the next name
                if (slot.types().contains(EntityType.PERSON) && at(k, slot) == null) k = afterNameQualifier(k);
            }
            LinkedMention next = at(k, slot);
            // "X and his wife": a spouse phrase names one person, as a name would
            if (next == null || next.mention().kind() == MentionKind.ANAPHOR && !isDescription(next)
                    && !next.mention().rule().equals(Mention.SPOUSE)) break;
            // "met Senator X, Baker said": a name after a bare comma that a speech verb follows is the speaker
            int afterNext = next.mention().tokenEnd();
            if (w.equals(",") && afterNext < sentence.size() && words.speechVerbs().contains(sentence.token(afterNext).lower())) break;
            members.add(next);
            end = next.mention().tokenEnd();
            ends.add(end);
        }
        List<SlotMatch> out = new ArrayList<>();
        for (int size = members.size(); size >= 1; size--) {
            List<LinkedMention> prefix = List.copyOf(members.subList(0, size));
            int entities = prefix.stream().mapToInt(m -> m.entities().size()).sum();
            // a group ("both countries") in an S or O slot distributes like a coordination
            if (slot.role() == Pattern.SlotRole.PAIR && entities < 2) continue;
            out.add(new SlotMatch(prefix, ends.get(size - 1)));
        }
        return out;
    }

    /** The most words a caption's place of a person holds between its brackets ("(2nd L)", "(second from left)"). */
    private static final int MAX_CAPTION_POSITION_WORDS = 4;
    private static final java.util.regex.Pattern ORDINAL_PART = java.util.regex.Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?|st|nd|rd|th");

    /** Past a photo caption's place of a person at k ("(L)", "(2nd R)", "(C, front)"), or k. */
    private int pastCaptionPosition(int k) {
        if (k >= sentence.size() || !sentence.token(k).text().equals("(")) return k;
        for (int j = k + 1; j < sentence.size() && j <= k + MAX_CAPTION_POSITION_WORDS + 1; j++) {
            String w = sentence.token(j).lower();
            if (w.equals(")")) return j > k + 1 ? j + 1 : k;
            // ("L)": the tokenizer may leave the bracket on the last word)
            if (w.length() > 1 && w.endsWith(")") && words.captionPositions().contains(w.substring(0, w.length() - 1))) return j + 1;
            // ("2nd", which the tokenizer may cut into "2" and "nd")
            if (!w.equals(",") && !words.captionPositions().contains(w) && !ORDINAL_PART.matcher(w).matches()) return k;
        }
        return k;
    }

    /** Whether a territory's mention starts at k or one word after it ("China's Taiwan region", "Japan's disputed Senkakus"). */
    private boolean territoryRightAfter(int k) {
        for (int j = k; j < Math.min(k + 2, sentence.size()); j++) {
            if (startingAt[j] != null) {
                // (Taiwan, a state that is also claimed, is a territory too)
                return startingAt[j].mention().type() == EntityType.TERRITORY
                        || startingAt[j].entities().stream().anyMatch(e -> e.types().contains(EntityType.TERRITORY));
            }
        }
        return false;
    }

    /** Past "of COUNTRY" at k after a person's name ("Alan Garcia of Peru"), or k. */
    private int pastStateOfPerson(int k) {
        if (k + 1 >= sentence.size() || !sentence.token(k).lower().equals("of")) return k;
        int c = k + 1;
        if (startingAt[c] == null && words.determiners().contains(sentence.token(c).lower())) c++;
        LinkedMention state = c < sentence.size() ? startingAt[c] : null;
        if (state == null || state.mention().type() != EntityType.COUNTRY || state.mention().kind() == MentionKind.ANAPHOR) return k;
        int after = state.mention().tokenEnd();
        return after < sentence.size() ? after : k;
    }

    /**
     * A state head at k, or after up to two modifiers ("Iran's foreign ministry", "China's coast guard", "India's
     * Border Security Force"), before any verb, preposition or punctuation.
     */
    private boolean stateHeadFrom(int k) {
        for (int j = k; j < Math.min(sentence.size(), k + MAX_HEAD_MODIFIERS + 1); j++) {
            if (words.stateHeads().contains(sentence.token(j).lower())) return true;
            String pos = sentence.token(j).pos();
            if (!(pos.startsWith("ADJ") || pos.startsWith("NOUN") || pos.startsWith("PROPN")) || covering[j] != null) return false;
        }
        return false;
    }

    /**
     * Past up to {@link #MAX_BODY_NAME_WORDS} capitalised words that name no entity, to a titled person
     * ("European Council President Charles Michel", "NATO Secretary-General Jens Stoltenberg"); t itself otherwise.
     */
    private int pastBodyName(int t, Pattern.Slot slot) {
        if (t >= sentence.size() || at(t, slot) != null) return t;
        int k = t;
        while (k < sentence.size() && k - t < MAX_BODY_NAME_WORDS && covering[k] == null && titledFrom[k] == null
                && Character.isUpperCase(sentence.token(k).text().charAt(0))) k++;
        return k > t && k < sentence.size() && titledFrom[k] != null && fits(titledFrom[k], slot) ? k : t;
    }

    private static boolean sameEntities(LinkedMention a, LinkedMention b) {
        return a != null && b != null && a.entities().equals(b.entities());
    }

    /** "the Nordic country", "the archipelago": a description of one place, which may be a conjunct; not "it" or "the two sides". */
    private static boolean isDescription(LinkedMention lm) {
        return lm.mention().kind() == MentionKind.ANAPHOR && lm.entities().size() == 1 && lm.mention().text().contains(" ")
                && lm.mention().type() != EntityType.PERSON;
    }

    /** The mention at token t that fits the slot: a person whose title phrase starts there first, else one that starts there. */
    private LinkedMention at(int t, Pattern.Slot slot) {
        if (t >= sentence.size()) return null;
        if (titledFrom[t] != null && fits(titledFrom[t], slot)) return titledFrom[t];
        return startingAt[t] != null && fits(startingAt[t], slot) ? startingAt[t] : null;
    }

    /**
     * A demonym that only qualifies ("with North Korean leader Kim") names no other argument, so a
     * gap may pass it; a hyphenated one ("Japanese-controlled") or one before a word of the state
     * ("Israeli jets") is an argument and may not be passed.
     */
    private boolean isModifier(LinkedMention c) {
        int after = c.mention().tokenEnd();
        if (c.mention().kind() != MentionKind.DEMONYM) return false;
        if (after >= sentence.size()) return true;
        if (sentence.token(after).text().equals("-")) return false;
        // "SIDON, Lebanon - Israeli jets bombed ...": before a word of the state it stands for the state
        // (unless a title starts there: "North Korean leader Kim")
        return !words.stateHeads().contains(sentence.token(after).lower()) || titledFrom[c.mention().tokenStart()] != null;
    }

    /** A literal matches its words; a possessive in it matches any possessive ("'s", "’s"). */
    private boolean literalAt(Pattern.Literal lit, int t) {
        String w = sentence.token(t).lower();
        // a hyphen or slash joins words only written close to one of them: "PUTRAJAYA - Laos" is a dateline's dash, no compound
        // (a literal of joiners only: "S -|/ O"; a dash among apposition marks, ",|—|-", may stand apart)
        if ((w.equals("-") || w.equals("/")) && lit.words().contains(w) && COMPOUND_JOINERS.containsAll(lit.words())) return attached(t);
        return lit.words().contains(w) || isPossessive(t) && lit.words().stream().anyMatch(words.possessives()::contains);
    }

    private static final java.util.Set<String> COMPOUND_JOINERS = java.util.Set.of("-", "/");

    /** Whether the token at t touches a token beside it (old wire copy breaks "Iran- Iraq war" after the hyphen). */
    private boolean attached(int t) {
        return t > 0 && t + 1 < sentence.size() && (sentence.token(t - 1).end() == sentence.token(t).begin()
                || sentence.token(t).end() == sentence.token(t + 1).begin());
    }

    /** At most this many tokens of a place or time adjunct after an object ("in Seoul on Monday"). */
    private static final int MAX_ADJUNCT_TOKENS = 6;
    private static final Set<String> ADJUNCT_TAGS = Set.of("ADP", "PROPN", "NOUN", "DET", "NUM", "ADJ");

    /**
     * Whether the person starting at {@code start} (or at its title) follows an object preposition or a
     * verb and is followed by "and" and a verb: the object of one clause, not the subject of the next
     * ("met President X of Senegal and visited Mali" is the other person's visit).
     */
    private boolean objectThenCoordinatedVerb(int start) {
        // (the person whose title phrase starts here, though a demonym opens it: "met South Korean Foreign Minister X")
        LinkedMention lm = startingAt[start] != null && startingAt[start].mention().type() == EntityType.PERSON
                ? startingAt[start] : titledFrom[start] != null ? titledFrom[start] : startingAt[start];
        if (lm == null || lm.mention().type() != EntityType.PERSON) return false;
        int before = tokenBeforePhrase(lm, start);
        // (the last of a coordination of persons: "with Prime Minister X and Foreign Minister Y, then flew")
        while (before > 0 && sentence.token(before).lower().equals("and") && covering[before - 1] != null
                && covering[before - 1].mention().type() == EntityType.PERSON) {
            LinkedMention previous = covering[before - 1];
            before = tokenBeforePhrase(previous, previous.mention().tokenStart());
        }
        if (before < 0) return false;
        boolean object = words.objectPrepositions().contains(sentence.token(before).lower())
                || sentence.token(before).pos().startsWith("VERB");
        if (!object) return false;
        int after = lm.mention().tokenEnd();
        // (past the state the title belongs to: "President X of Senegal and ...")
        if (after + 1 < sentence.size() && sentence.token(after).lower().equals("of") && covering[after + 1] != null) {
            after = covering[after + 1].mention().tokenEnd();
        }
        // (past the persons coordinated after it: "with Prime Minister X and Foreign Minister Y, then flew")
        while (after + 1 < sentence.size() && (sentence.token(after).lower().equals("and") || sentence.token(after).text().equals(","))) {
            LinkedMention next = startingAt[after + 1] != null ? startingAt[after + 1] : titledFrom[after + 1];
            if (next == null || next.mention().type() != EntityType.PERSON) break;
            after = next.mention().tokenEnd();
        }
        // (past an adjunct of place or time: "met Foreign Minister X in Seoul on Monday and then flew")
        int k = after;
        int adjunct = 0;
        while (k < sentence.size() && adjunct < MAX_ADJUNCT_TOKENS && ADJUNCT_TAGS.contains(sentence.token(k).pos())
                && !sentence.token(k).lower().equals("and") && !(covering[k] != null && covering[k].mention().type() == EntityType.PERSON)) {
            k++;
            adjunct++;
        }
        if (adjunct > 0 && !words.adjunctOpeners().contains(sentence.token(after).lower())) k = after;
        // "and visited", ", then flew", "and then flew": a verb coordinated after the object's clause
        boolean joined = false;
        if (k < sentence.size() && sentence.token(k).text().equals(",")) k++;
        if (k < sentence.size() && sentence.token(k).lower().equals("and")) { k++; joined = true; }
        if (k < sentence.size() && sentence.token(k).lower().equals("then")) { k++; joined = true; }
        return joined && k < sentence.size() && (sentence.token(k).pos().startsWith("VERB") || sentence.token(k).pos().startsWith("AUX"));
    }

    /** The token before a person's phrase that starts at {@code start} or at its title, past a determiner ("the"); -1 if none. */
    private int tokenBeforePhrase(LinkedMention lm, int start) {
        int before = start - 1;
        for (int k = Math.max(0, start - 6); k < start; k++) {
            if (titledFrom[k] == lm) { before = k - 1; break; }
        }
        if (before > 0 && words.determiners().contains(sentence.token(before).lower())) before--;
        return before;
    }

    /** Whether the token before t is a possessive pronoun ("its") that a mention covers. */
    private boolean possessivePronounBefore(int t) {
        return t > 0 && covering[t - 1] != null && words.possessivePronouns().contains(sentence.token(t - 1).lower());
    }

    private boolean isPossessive(int t) {
        return words.possessives().contains(sentence.token(t).lower());
    }

    /**
     * "Brown, meanwhile, is visiting Kenya", "Brown however flew on": a boundary adverb set off by commas,
     * or right after a name and before a verb, is a parenthesis inside one clause.
     */
    private boolean parentheticalAdverb(int k) {
        if (!sentence.token(k).pos().startsWith("ADV") || k == 0 || k + 1 >= sentence.size()) return false;
        boolean commas = sentence.token(k - 1).text().equals(",") && sentence.token(k + 1).text().equals(",");
        String next = sentence.token(k + 1).pos();
        return commas || covering[k - 1] != null && (next.startsWith("VERB") || next.startsWith("AUX"));
    }

    /** A quotation mark next to a comma closes or opens a quotation: a gap does not reach across it. */
    private boolean endsQuotation(int t) {
        if (!sentence.token(t).text().equals("\"")) return false;
        boolean commaBefore = t > 0 && sentence.token(t - 1).text().equals(",");
        boolean commaAfter = t + 1 < sentence.size() && sentence.token(t + 1).text().equals(",");
        return commaBefore || commaAfter;
    }

    /**
     * A country's adjective or capital that is part of another name does not stand for the state:
     * "British and German interests", "Canadian Actors' Equity", "the Paris Club". An adjective
     * counts only before a word of the state (government, troops, officials: matcher-words.tsv) or
     * when no noun follows it; a capital not before another capitalised name.
     */
    private boolean namesSomethingElse(LinkedMention lm) {
        int after = lm.mention().tokenEnd();
        if (after >= sentence.size() || titledFrom[lm.mention().tokenStart()] != null) return false;
        Token next = sentence.token(after);
        MentionKind kind = lm.mention().kind();
        if (kind == MentionKind.DEMONYM) {
            // "British and Dutch interests": the head noun follows the last adjective of a coordination
            while (after + 1 < sentence.size() && words.coordinators().contains(sentence.token(after).lower())
                    && covering[after + 1] != null && covering[after + 1].mention().kind() == MentionKind.DEMONYM) {
                after = covering[after + 1].mention().tokenEnd();
            }
            if (after >= sentence.size()) return false;
            next = sentence.token(after);
            if (next.text().equals("-")) return false;                       // "Japanese-controlled"
            int before = lm.mention().tokenStart() - 1;                     // "the U.S.-Japanese dispute"
            if (before >= 1 && sentence.token(before).text().equals("-") && covering[before - 1] != null) return false;
            if (covering[after] != null) return false;                       // "Chinese President Xi"
            boolean nounFollows = next.pos().equals("NOUN") || next.pos().equals("PROPN");
            if (!nounFollows || words.stateHeads().contains(next.lower())) return false;
            // "a Philippine supply boat", "Chinese fishing vessels": the head of a compound noun decides
            for (int k = after + 1; k < Math.min(sentence.size(), after + 3) && sentence.token(k).pos().equals("NOUN"); k++) {
                if (words.stateHeads().contains(sentence.token(k).lower())) return false;
            }
            return true;
        }
        // "the Paris Club", but not "Washington DC"
        if (kind == MentionKind.CAPITAL || kind == MentionKind.CITY) {
            return next.pos().equals("PROPN") && covering[after] == null && !next.text().equals(next.text().toUpperCase(java.util.Locale.ROOT));
        }
        return false;
    }

    /** "their" stands for two people only as a whole ("their meeting"), never as one argument. */
    private boolean fits(LinkedMention lm, Pattern.Slot slot) {
        if (slot.role() != Pattern.SlotRole.PAIR && lm.mention().kind() == MentionKind.ANAPHOR
                && words.wholeGroups().contains(lm.mention().text().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (namesSomethingElse(lm)) return false;
        // a place named by a name of two types fits a slot of either (Taiwan: a country, and a territory China claims)
        if (slot.types().contains(lm.mention().type())) return true;
        MentionKind kind = lm.mention().kind();
        // (a capital stands for its government, never for the land: "Beijing and Taipei claim the Pratas Islands")
        return kind != MentionKind.DEMONYM && kind != MentionKind.COMBINING_FORM && kind != MentionKind.CAPITAL
                && lm.entities().stream().anyMatch(e -> e.types().stream().anyMatch(slot.types()::contains));
    }

    /**
     * Entity types a gap may not cross: those of the slots on either side (looking past optional
     * words), and for a gap between a possessive and its noun ("S 's ..2 @noun") those of every
     * slot, so that "China's neighbour Vietnam claims" does not make China the claimant.
     */
    private Set<EntityType> neighbourTypes(List<Pattern.Element> elements, int gapIndex) {
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        boolean slotNeighbour = false;
        for (int step : new int[] {-1, 1}) {
            int i = gapIndex + step;
            while (i >= 0 && i < elements.size() && elements.get(i) instanceof Pattern.Literal l && l.optional()) i += step;
            if (i >= 0 && i < elements.size() && elements.get(i) instanceof Pattern.Slot s) {
                types.addAll(s.types());
                slotNeighbour = true;
            }
        }
        boolean afterPossessive = gapIndex > 0 && elements.get(gapIndex - 1) instanceof Pattern.Literal l
                && l.words().stream().anyMatch(words.possessives()::contains);
        if (!slotNeighbour && afterPossessive) {
            for (Pattern.Element e : elements) if (e instanceof Pattern.Slot s) types.addAll(s.types());
        }
        return types;
    }

    /** A blocker word at t; a modal of the auxiliary rows only where the tagger reads an auxiliary or verb. */
    private boolean isBlocker(int t) {
        return rules.isBlocker(sentence.token(t));
    }

    /**
     * Whether "and" or "but" at k joins a second predicate to a complete first one: a noun or pronoun
     * ends what stands before it (not a lone word after a verb or "to") and a verb (after adverbs only)
     * opens what follows, before limit ("does not recognise the independence and still considers";
     * not "did not sign and ratify", "threaten to mine and blockade").
     */
    static boolean opensCoordinatedPredicate(Sentence sentence, int k, int limit) {
        String w = sentence.token(k).lower();
        if (!(w.equals("and") || w.equals("but")) || k < 2) return false;
        String before = sentence.token(k - 1).pos();
        if (!(before.startsWith("NOUN") || before.startsWith("PROPN") || before.startsWith("PRON") || before.startsWith("NUM"))) return false;
        // a noun right after "to" or a verb may be a misread verb ("threaten to mine and blockade")
        Token second = sentence.token(k - 2);
        if (second.lower().equals("to") || second.pos().startsWith("VERB") || second.pos().startsWith("AUX")) return false;
        for (int j = k + 1; j <= limit && j < sentence.size(); j++) {
            String pos = sentence.token(j).pos();
            if (pos.startsWith("VERB")) return true;
            if (!pos.startsWith("ADV")) return false;
        }
        return false;
    }

    /** A noun at t with a possessive pronoun or "'s" up to two words before it ("their escalating dispute"). */
    private boolean possessedNoun(int t) {
        if (!sentence.token(t).pos().startsWith("NOUN")) return false;
        for (int k = Math.max(0, t - 2); k < t; k++) {
            String w = sentence.token(k).lower();
            if (words.personPossessives().contains(w) || words.possessivePronouns().contains(w) || words.possessives().contains(w)) return true;
        }
        return false;
    }

    /** Whether the word at t, or one of its cheap lemma candidates, is in the class. */
    private boolean inClass(Set<String> lemmas, int t) {
        return rules.inLemmas(sentence.token(t).lower(), lemmas);
    }

    /**
     * A plan, wish, hypothetical or negation just before a trigger ("would meet", "refused to
     * visit", "no talks", "is to visit"), or a plan word just after it ("talks planned for May").
     */
    private boolean blocked(Match m, boolean startsWithArgument) {
        // a pattern with no word class is blocked around its first literal ("refused to shake hands"),
        // and a verb the pattern names literally is a trigger too ("a treaty that could be signed by")
        List<Integer> triggers = new ArrayList<>(m.triggers());
        if (triggers.isEmpty() && !m.literals().isEmpty()) triggers.add(m.literals().get(0));
        for (int literal : m.literals()) {
            String pos = sentence.token(literal).pos();
            if ((pos.equals("VERB") || pos.equals("AUX")) && !triggers.contains(literal)) triggers.add(literal);
        }
        if (startsWithArgument) {
            // a phrase that governs the whole noun phrase the match opens: "ahead of [X's visit to Y]",
            // "in time for [X's visit]"
            int at = m.startToken();
            // the person's title phrase belongs to the noun phrase too ("[Prime Minister] Carney's visit")
            List<LinkedMention> first = !m.subjects().isEmpty() ? m.subjects() : m.objects();
            if (!first.isEmpty() && first.get(0).mention().hasTitle() && first.get(0).mention().tokenStart() == at) {
                int titleBegin = first.get(0).mention().titleBegin();
                while (at > 0 && sentence.token(at - 1).begin() >= titleBegin) at--;
            }
            if (at > 0 && words.determiners().contains(sentence.token(at - 1).lower())) at--;
            for (List<String> phrase : blockerPhrases) {
                if (phrase.size() >= 2 && at - phrase.size() >= 0 && phraseAt(phrase, at - phrase.size(), at)) return true;
            }
        }
        if (startsWithArgument && possessivePronounOpens(m) && plannedBefore(m.startToken())) return true;
        // "Koizumi will travel to Pyongyang next month for a summit with Kim": a plan on the verb of the
        // clause covers the noun it leads to; verbs of the gap after the subject are checked as triggers
        // are (not across a comma: "X, who will visit Y, met Z")
        // (not for a noun its possessor presupposes: "agreed not to use force in their escalating dispute" says the
        // dispute is there)
        if (startsWithArgument && !m.subjects().isEmpty() && !triggers.isEmpty() && !possessedNoun(triggers.get(0))) {
            int first = Math.min(triggers.get(0), m.endToken());
            int gapStart = m.subjects().get(m.subjects().size() - 1).mention().tokenEnd();
            // "does not recognise the independence ... and still considers": a predicate coordinated
            // after a complete one is not under that one's negation or plan
            int floor = m.startToken();
            for (int k = gapStart; k < first; k++) if (opensCoordinatedPredicate(sentence, k, first)) floor = k + 1;
            for (int k = Math.max(gapStart, floor); k < first; k++) {
                if (sentence.token(k).text().equals(",")) break;
                String pos = sentence.token(k).pos();
                if (!pos.startsWith("VERB") && !pos.startsWith("AUX")) continue;
                // (the gap's verb itself too: "the United States vetoed a resolution to impose sanctions against")
                for (int b = Math.max(floor, k - BLOCKER_WINDOW); b <= k; b++) {
                    if (isBlocker(b) && !m.literals().contains(b)) return true;
                }
            }
        }
        for (int trigger : triggers) {
            // words before the first argument belong to another clause ("India rejected China's claim"),
            // except an infinitive's governor ("invited Xi to visit Paris")
            boolean infinitive = trigger > 0 && sentence.token(trigger - 1).lower().equals("to");
            int from = startsWithArgument && !infinitive ? Math.max(m.startToken(), trigger - BLOCKER_WINDOW)
                    : Math.max(0, Math.min(m.startToken(), trigger) - BLOCKER_WINDOW);
            if (!startsWithArgument || infinitive) from = Math.max(0, Math.min(from, trigger - BLOCKER_WINDOW));
            for (int k = from; k < trigger; k++) {
                // a word the pattern itself asks for is part of the construction ("will remain part of",
                // "considers T part of its territory")
                if (isBlocker(k) && !m.literals().contains(k) && !m.triggers().contains(k)) return true;
            }
            // "the United States should, in some form, control": a parenthetical between the modal and its verb
            if (trigger >= 2 && sentence.token(trigger - 1).text().equals(",")) {
                for (int c = trigger - 2; c >= Math.max(1, trigger - PARENTHETICAL_TOKENS); c--) {
                    if (!sentence.token(c).text().equals(",")) continue;
                    for (int k = Math.max(0, c - BLOCKER_WINDOW); k < c; k++) {
                        if (isBlocker(k)) return true;
                    }
                    break;
                }
            }
            // a phrase counts when it ends inside the window ("was to have witnessed the signing")
            for (List<String> phrase : blockerPhrases) {
                int phraseFrom = Math.max(0, from - phrase.size() + 1);
                if (startsWithArgument && !infinitive) phraseFrom = Math.max(m.startToken(), phraseFrom);
                for (int k = phraseFrom; k < trigger; k++) if (phraseAt(phrase, k, trigger)) return true;
            }
            for (int k = trigger + 1; k < Math.min(sentence.size(), trigger + 1 + BLOCKER_AFTER_WINDOW); k++) {
                // (a word the pattern names is no blocker: "vowed to take back Crimea")
                if (!m.literals().contains(k) && blocksAfter(k)) return true;
            }
            if (futureTimeInClause(m, trigger)) return true;
            // a noun phrase's own predicate follows its arguments: "a visit to Moscow by X [was under consideration]"
            if (sentence.token(trigger).pos().startsWith("NOUN") && trigger < m.startToken() + 2) {
                for (int k = m.endToken(); k < Math.min(sentence.size(), m.endToken() + BLOCKER_AFTER_WINDOW); k++) {
                    if (blocksAfter(k)) return true;
                }
            }
        }
        // an adjective that opens the noun phrase of the first argument qualifies the whole phrase
        // ("a potential China-Taiwan conflict"); a verb before it does not ("India rejected China's claim")
        if (startsWithArgument) {
            for (int k = Math.max(0, m.startToken() - NOUN_PHRASE_WINDOW); k < m.startToken(); k++) {
                boolean opensPhrase = k == 0 || sentence.token(k - 1).pos().equals("DET");
                if (sentence.token(k).pos().equals("ADJ") && opensPhrase && inClass(blockers, k)) return true;
            }
        }
        return false;
    }

    /**
     * A word of blockers-after.tsv at {@code k}, unless it tells what the event is about ("talks with
     * Reagan expected to focus on arms control" are under way; "talks expected next week" are not).
     */
    private boolean blocksAfter(int k) {
        if (!blockersAfter.contains(sentence.token(k).lower())) return false;
        return !(k + 2 < sentence.size() && sentence.token(k + 1).lower().equals("to")
                && words.contentVerbs().contains(sentence.token(k + 2).lower()));
    }

    /** "his visit", "her first official visit": the match opens with a possessive pronoun before its noun. */
    private boolean possessivePronounOpens(Match m) {
        List<LinkedMention> first = !m.subjects().isEmpty() ? m.subjects() : m.objects();
        if (first.isEmpty()) return false;
        var pronoun = first.get(0).mention();
        if (!pronoun.rule().equals(Mention.PRONOUN) || pronoun.tokenStart() != m.startToken()
                || pronoun.tokenEnd() >= sentence.size()) return false;
        String next = sentence.token(pronoun.tokenEnd()).pos();
        return next.startsWith("NOUN") || next.startsWith("ADJ");
    }

    /**
     * "Wang, due here tomorrow for his first official visit to Fiji", "X will fly to Suva next week for
     * his visit": a plan in the clause before a possessive pronoun's noun phrase, back to the last comma,
     * covers it.
     */
    private boolean plannedBefore(int start) {
        int from = start;
        while (from > 0 && !sentence.token(from - 1).text().equals(",")) from--;
        for (int k = from; k < start; k++) {
            if (isBlocker(k) || blockersAfter.contains(sentence.token(k).lower())) return true;
            for (List<String> phrase : blockerPhrasesAfter) if (phraseAt(phrase, k, start)) return true;
        }
        return false;
    }

    /**
     * "Baker and Volcker held talks with Miyazawa": a pair whose trigger is followed by "with" acted
     * together towards someone else, not towards each other.
     */
    private boolean jointlyWithAnother(Match m) {
        if (m.triggers().isEmpty()) return false;
        int last = m.triggers().get(m.triggers().size() - 1);
        for (int k = last + 1; k <= last + 2 && k < sentence.size(); k++) {
            if (words.jointMarkers().contains(sentence.token(k).lower())) return true;
        }
        // "Funaro and Gros are meeting British Chancellor X": a verb's own object is the one they meet
        int next = last + 1;
        if (next < sentence.size() && words.determiners().contains(sentence.token(next).lower())) next++;
        // (a titled name starts at its title phrase: "British Chancellor X")
        LinkedMention object = next < sentence.size() ? (titledFrom[next] != null ? titledFrom[next] : startingAt[next]) : null;
        return object != null && object.mention().type() == EntityType.PERSON
                && !m.subjects().contains(object);
    }

    /**
     * A time still to come (blockers-after.tsv phrases) in the match's clause, from its first token to
     * just after its arguments, with no comma between it and the trigger: "for talks with Foreign
     * Minister Shevardnadze next month", "flies to Washington later this month for talks with Reagan".
     */
    private boolean futureTimeInClause(Match m, int trigger) {
        if (blockerPhrasesAfter.isEmpty()) return false;
        int until = Math.min(sentence.size(), Math.max(trigger, m.endToken()) + BLOCKER_AFTER_WINDOW);
        for (int k = trigger + 1; k < until && !sentence.token(k).text().equals(","); k++) {
            for (List<String> phrase : blockerPhrasesAfter) if (phraseAt(phrase, k, sentence.size())) return true;
        }
        for (int k = trigger - 1; k >= m.startToken() && !sentence.token(k).text().equals(","); k--) {
            for (List<String> phrase : blockerPhrasesAfter) if (phraseAt(phrase, k, trigger)) return true;
        }
        return false;
    }

    /** Whether the phrase's words stand at k and end before {@code limit}. */
    private boolean phraseAt(List<String> phrase, int k, int limit) {
        if (k + phrase.size() > limit) return false;
        for (int i = 0; i < phrase.size(); i++) {
            if (!sentence.token(k + i).lower().equals(phrase.get(i))) return false;
        }
        return true;
    }

    private static final class State {
        final int start;
        final List<Integer> triggers = new ArrayList<>();
        final List<Integer> literals = new ArrayList<>();
        List<LinkedMention> subjects = List.of();
        List<LinkedMention> objects = List.of();
        int end;

        State(int start) { this.start = start; }

        List<LinkedMention> bind(Pattern.SlotRole role, List<LinkedMention> members) {
            if (role == Pattern.SlotRole.X) return null;
            List<LinkedMention> saved = role == Pattern.SlotRole.O ? objects : subjects;
            if (role == Pattern.SlotRole.O) objects = members;
            else subjects = members;
            return saved;
        }

        void unbind(Pattern.SlotRole role, List<LinkedMention> saved) {
            if (role == Pattern.SlotRole.X) return;
            if (role == Pattern.SlotRole.O) objects = saved;
            else subjects = saved;
        }

        Match toMatch() { return new Match(subjects, objects, List.copyOf(triggers), List.copyOf(literals), start, end); }
    }
}
