package org.diplograph.relation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.Gazetteer;
import org.diplograph.knowledge.MentionKind;
import org.diplograph.knowledge.ReferenceEntity;
import org.diplograph.link.Entity;
import org.diplograph.link.LinkedArticle;
import org.diplograph.link.LinkedMention;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.relation.ReferenceCues.CueWords;
import org.diplograph.relation.ReferenceCues.Reading;

/**
 * Claims and control stated in words no frame lists: a state and a territory named in one sentence
 * with a cue word of {@code ontology/rules/reference-cues.tsv} between them or next to them ("New Delhi
 * considers Aksai Chin part of its own territory", "Turkish troops in northern Cyprus"). The sentence
 * says the state stands in some relation of sovereignty to the territory; the reference territories
 * say which: their controller controls it, a claimant that does not control it claims it, and a
 * controller that says the territory is its own claims it too. A state the reference does not list
 * gives nothing. A conflict named by its territory alone ("the dispute over the islands") is between
 * the two listed states the article names. Its facts are the least certain of the ensemble.
 */
public final class ReferenceCueExtractor implements RelationExtractor {
    static final double CONFIDENCE = 0.5;
    /** How many words beyond the two names a cue word may stand. */
    static final int CUE_WINDOW = 3;
    /** How many words may stand between the two names: further apart, they belong to different clauses. */
    static final int MAX_GAP = 16;
    /** How many words before a cue a plan, wish or negation cancels it (as for triggers). */
    private static final int BLOCKER_WINDOW = 4;
    /** "the long-running, oil-rich Essequibo region": words between "over" and the territory. */
    private static final int MAX_CONFLICT_MODIFIERS = 4;

    private final RelationRules rules;
    private final Gazetteer gazetteer;

    public ReferenceCueExtractor(RelationRules rules, Gazetteer gazetteer) {
        this.rules = rules;
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() { return "reference-cues"; }

    @Override
    public List<Fact> extract(LinkedArticle article, List<Fact> earlier) {
        FactCollector facts = new FactCollector();
        for (Sentence s : article.text().sentences()) {
            List<LinkedMention> mentions = article.inSentence(s.index());
            // most sentences name no territory the reference lists: nothing more is read of them
            if (mentions.stream().noneMatch(this::listedTerritory)) continue;
            // "If the talks fail, X could seize T": a conditional sentence states no fact
            if (rules.matcherWords().conditionalOpeners().contains(s.token(0).lower())) continue;
            // "won the tournament held in Western Sahara": sport, not sovereignty
            if (s.tokens().stream().anyMatch(t -> rules.offTopicWords().contains(t.lower()))) continue;
            conflictsOver(article, s, mentions, facts);
            if (mentions.size() < 2) continue;
            for (LinkedMention state : mentions) {
                if (state.mention().type() != EntityType.COUNTRY) continue;
                // a city names its state only as the place of a visit, never as the one that holds or claims
                if (state.mention().kind() == MentionKind.CITY) continue;
                for (LinkedMention place : mentions) {
                    if (place == state || !namesPlaceItself(place, mentions)) continue;
                    // "claimed by China and Taiwan": a claimed state named as a state in one coordination with the
                    // state is its fellow party, not its object
                    if (place.mention().type() == EntityType.COUNTRY && coordinated(s, state, place)) continue;
                    for (Entity territory : place.entities()) {
                        ReferenceEntity ref = gazetteer.entity(territory.iri());
                        if (ref == null) continue;
                        for (Entity st : state.entities()) {
                            if (st.iri().equals(territory.iri())) continue;
                            for (Reading reading : readings(ref, st.iri())) {
                                // "vowed to restore control over the territory" is a goal: no control, though a claim
                                Set<String> goals = reading == Reading.CONTROLS ? rules.referenceCues().aspirations() : Set.of();
                                if (!cued(s, mentions, state, place, rules.referenceCues().of(reading), goals)) continue;
                                // "Chile says the Falklands are British territory" is Chile's saying, not Britain's claim
                                if (reading == Reading.CONTROLLER_CLAIMS && otherStateBefore(s, mentions, state, place)) continue;
                                Relation r = reading.relation();
                                facts.add(st.iri(), r, territory.iri(), new Evidence(s.begin(), s.end(),
                                        state.mention().begin(), state.mention().end(), place.mention().begin(),
                                        place.mention().end(), "reference-cue." + reading.row(), CONFIDENCE));
                            }
                        }
                    }
                }
            }
        }
        return facts.facts();
    }

    /**
     * "Despite the dispute over the islands", "their long-running dispute over the Essequibo region": a conflict
     * named by its territory is between the states the reference lists as its claimants or controllers, when the
     * article names exactly two of them (a third makes the parties unclear); not under a plan or negation.
     */
    private void conflictsOver(LinkedArticle article, Sentence s, List<LinkedMention> mentions, FactCollector facts) {
        ReferenceCues cues = rules.referenceCues();
        for (int t = 0; t + 2 < s.size(); t++) {
            if (!rules.inLemmas(s.token(t).lower(), cues.conflictNouns()) || !cues.conflictPrepositions().contains(s.token(t + 1).lower())) continue;
            LinkedMention place = placeAfter(s, mentions, t + 2);
            if (place == null || blocked(s, t - BLOCKER_WINDOW, t, cues.conflictNouns())) continue;
            for (Entity territory : place.entities()) {
                ReferenceEntity ref = gazetteer.entity(territory.iri());
                if (ref == null) continue;
                Set<String> parties = new TreeSet<>(ref.claimedBy());
                parties.addAll(ref.controlledBy());
                parties.remove(territory.iri());
                List<String> named = parties.stream().filter(article.entities()::containsKey).toList();
                if (named.size() != 2) continue;
                LinkedMention a = nearestMention(article, named.get(0), s), b = nearestMention(article, named.get(1), s);
                facts.add(named.get(0), Relation.inConflictWith, named.get(1), new Evidence(s.begin(), s.end(),
                        a.mention().begin(), a.mention().end(), b.mention().begin(), b.mention().end(), "reference-cue.conflict-over", CONFIDENCE));
            }
        }
    }

    /** The territory named from token k on, past determiners and adjectives that name nothing ("the oil-rich Essequibo region"). */
    private LinkedMention placeAfter(Sentence s, List<LinkedMention> mentions, int k) {
        for (int j = k; j < Math.min(s.size(), k + MAX_CONFLICT_MODIFIERS + 1); j++) {
            LinkedMention m = startingAt(mentions, j);
            if (m != null) {
                return m.mention().type() == EntityType.TERRITORY && namesPlaceItself(m, mentions) && listedTerritory(m) ? m : null;
            }
            if (covering(mentions, j) != null) return null;
            // only determiners and modifiers between: "the row over fishing near the Essequibo region" is about fishing
            String pos = s.token(j).pos();
            if (!(pos.startsWith("DET") || pos.startsWith("ADJ") || pos.startsWith("NUM") || s.token(j).text().equals("-"))) return null;
        }
        return null;
    }

    /** The mention of the entity nearest the sentence: the last one before its end, else the first after. */
    private static LinkedMention nearestMention(LinkedArticle article, String iri, Sentence s) {
        LinkedMention before = null, after = null;
        for (LinkedMention m : article.mentions()) {
            if (m.entities().stream().noneMatch(e -> e.iri().equals(iri))) continue;
            if (m.mention().begin() < s.end()) before = m;
            else if (after == null) after = m;
        }
        return before != null ? before : after;
    }

    /**
     * The readings a cue may give the state: a controller's control and its assertion that the territory is its
     * own ("Dokdo is clearly Korean territory"), a claimant's claim; none for a state the reference does not list.
     */
    static List<Reading> readings(ReferenceEntity territory, String state) {
        if (territory.controlledBy().contains(state)) {
            return territory.claimedBy().contains(state) ? List.of(Reading.CONTROLS, Reading.CONTROLLER_CLAIMS) : List.of(Reading.CONTROLS);
        }
        return territory.claimedBy().contains(state) ? List.of(Reading.CLAIMS) : List.of();
    }

    /**
     * How the reference says the state stands to the territory: controls when it lists the state as its
     * controller, claims when it lists it as a claimant that does not control it, else null.
     */
    static Relation referenceRelation(ReferenceEntity territory, String state) {
        List<Reading> readings = readings(territory, state);
        return readings.isEmpty() ? null : readings.get(0).relation();
    }

    private boolean listedTerritory(LinkedMention m) {
        for (Entity e : m.entities()) {
            ReferenceEntity ref = gazetteer.entity(e.iri());
            if (ref != null && !(ref.claimedBy().isEmpty() && ref.controlledBy().isEmpty())) return true;
        }
        return false;
    }

    /**
     * The territory itself is named or referred to: "Taipei said" and "Taiwanese" stand for a government,
     * and a description that holds another name ("the strip of Heglig") is that name's.
     */
    private static boolean namesPlaceItself(LinkedMention place, List<LinkedMention> mentions) {
        MentionKind kind = place.mention().kind();
        if (kind == MentionKind.CAPITAL || kind == MentionKind.CITY || kind == MentionKind.DEMONYM
                || kind == MentionKind.COMBINING_FORM) return false;
        if (kind != MentionKind.ANAPHOR) return true;
        for (LinkedMention other : mentions) {
            if (other != place && other.mention().tokenStart() >= place.mention().tokenStart()
                    && other.mention().tokenEnd() <= place.mention().tokenEnd()) return false;
        }
        return true;
    }

    /**
     * A cue word between the two mentions, or up to {@link #CUE_WINDOW} words beyond them, that is the
     * state's: in the same clause, not nearer another state ("Thailand argued that Cambodia's claim"),
     * after the state when it is a verb (or with the state as its agent, "claimed by S"), right after a
     * demonym ("Turkish troops", not "a Philippine fisherman's claims"), with no plan, wish or negation
     * before it.
     */
    private boolean cued(Sentence s, List<LinkedMention> mentions, LinkedMention state, LinkedMention place, CueWords cues,
                         Set<String> goals) {
        Set<String> lemmas = cues.all();
        int stateStart = state.mention().tokenStart(), stateEnd = state.mention().tokenEnd();
        int first = Math.min(stateStart, place.mention().tokenStart());
        int last = Math.max(stateEnd, place.mention().tokenEnd());
        int gap = Math.max(stateStart, place.mention().tokenStart()) - Math.min(stateEnd, place.mention().tokenEnd());
        if (gap > MAX_GAP) return false;
        if (rules.clauseBoundaryBetween(s, Math.min(stateEnd, place.mention().tokenEnd()), Math.max(stateStart, place.mention().tokenStart()))) return false;
        // "a Philippine fisherman's claims": a demonym before another noun is that noun's, not the state's
        if (state.mention().kind() == MentionKind.DEMONYM && modifiesOtherNoun(s, mentions, state, lemmas)) return false;
        int from = Math.max(0, first - CUE_WINDOW);
        int to = Math.min(s.size(), last + CUE_WINDOW);
        for (int t = from; t < to; t++) {
            if (inside(t, state) || inside(t, place) || !isCue(s.token(t), lemmas)) continue;
            // "part of Azerbaijan": a cue of the second column holds only with the state right after it
            if (isCue(s.token(t), cues.beforeState()) && !(stateStart > t && stateStart <= t + 2)) continue;
            // "Korean territory", "its own territory": a cue of the third column holds only with the state right before it
            if (isCue(s.token(t), cues.afterState()) && !(stateEnd <= t && stateEnd >= t - 1)) continue;
            boolean stateFirst = stateEnd <= t;
            // "its" is the possessor of what follows it ("its troops"), never of a cue before it
            if (!stateFirst && possessivePronoun(s, state)) continue;
            if (stateFirst ? rules.clauseBoundaryBetween(s, stateEnd, t) : rules.clauseBoundaryBetween(s, t + 1, stateStart)) continue;
            if (otherStateBetween(s, mentions, state, t) || otherAgent(s, mentions, state, t)) continue;
            // a verb before its state names the state as its agent ("claimed by S") or its object ("belongs to S")
            if (!stateFirst && s.token(t).pos().startsWith("VERB") && !agentOf(s, state) && !isCue(s.token(t), cues.beforeState())) continue;
            if (!plainBetween(s, mentions, place, t, lemmas)) continue;
            // the plan or negation of the state's own clause: from its first naming in the sentence before the cue
            // ("Japan may consider the Kuril Islands part of its territory"), not from words before a possessor
            // ("rejected China's claim")
            int named = firstNaming(mentions, state);
            int blockFrom = named < t ? Math.min(named, t - BLOCKER_WINDOW) : t - BLOCKER_WINDOW;
            if (!blocked(s, blockFrom, t, lemmas) && !goalBefore(s, blockFrom, t, goals)) return true;
        }
        return false;
    }

    /**
     * Whether the demonym (after any coordinated demonyms: "Egyptian and Sudanese troops") stands before a
     * noun that is not a cue: then it qualifies that noun ("a Philippine fisherman"), while "Turkish troops"
     * and a predicate ("claims the waterway as Iraqi") are the state's.
     */
    private boolean modifiesOtherNoun(Sentence s, List<LinkedMention> mentions, LinkedMention state, Set<String> lemmas) {
        int k = state.mention().tokenEnd();
        while (k < s.size()) {
            String w = s.token(k).lower();
            if (rules.matcherWords().coordinators().contains(w) || w.equals("or")) { k++; continue; }
            LinkedMention next = startingAt(mentions, k);
            if (next != null && next.mention().kind() == MentionKind.DEMONYM) { k = next.mention().tokenEnd(); continue; }
            break;
        }
        if (k >= s.size()) return false;
        Token next = s.token(k);
        return (next.pos().startsWith("NOUN") || next.pos().startsWith("PROPN")) && !isCue(next, lemmas);
    }

    /** The first token of the first mention of the state's entity in the sentence. */
    private static int firstNaming(List<LinkedMention> mentions, LinkedMention state) {
        int first = state.mention().tokenStart();
        for (LinkedMention m : mentions) {
            if (m.entities().equals(state.entities())) first = Math.min(first, m.mention().tokenStart());
        }
        return first;
    }

    private static LinkedMention startingAt(List<LinkedMention> mentions, int token) {
        for (LinkedMention m : mentions) if (m.mention().tokenStart() == token) return m;
        return null;
    }

    /**
     * Between the cue and the territory stands no other place ("claim the Pratas Islands, which are held
     * by Taiwan"), and a cue noun's "of" does not open another noun ("the claim by Pakistan of a ceasefire
     * violation in Kashmir", "the fishing rights of its islanders in the Aegean"); a cue noun after a
     * preposition of place is a place ("fishing grounds near Vietnamese territory"); a verb cue's territory
     * after a preposition of place is where its object is ("two Britons held at Guantanamo Bay").
     */
    private boolean plainBetween(Sentence s, List<LinkedMention> mentions, LinkedMention place, int cue, Set<String> lemmas) {
        boolean cueFirst = cue < place.mention().tokenStart();
        int from = cueFirst ? cue + 1 : place.mention().tokenEnd();
        int to = cueFirst ? place.mention().tokenStart() : cue;
        for (int k = from; k < to; k++) {
            LinkedMention m = covering(mentions, k);
            if (m != null && !m.entities().equals(place.entities()) && !coordinated(s, m, place)
                    && m.entities().stream().anyMatch(e -> e.types().contains(EntityType.TERRITORY))) return false;
        }
        // a verb cue whose territory follows a preposition of place has another object there ("two Britons
        // held at Guantanamo Bay", "a reef that both countries claim in the South China Sea")
        if (s.token(cue).pos().startsWith("VERB")) {
            int at = place.mention().tokenStart() - 1;
            while (at > cue && rules.matcherWords().determiners().contains(s.token(at).lower())) at--;
            return !(cueFirst && at > cue && rules.matcherWords().locativePrepositions().contains(s.token(at).lower()));
        }
        if (!s.token(cue).pos().startsWith("NOUN")) return true;
        if (cueFirst) {
            for (int k = cue + 1; k + 1 < to; k++) {
                if (!s.token(k).lower().equals("of")) continue;
                int j = k + 1;
                // past determiners, adjectives and possessors that name a state ("of its islanders")
                while (j < to && (covering(mentions, j) != null && covering(mentions, j).mention().type() != EntityType.TERRITORY
                        || covering(mentions, j) == null && !s.token(j).pos().startsWith("NOUN"))) j++;
                if (j < to && covering(mentions, j) == null && !isCue(s.token(j), lemmas)) return false;
                break;
            }
        }
        int before = cue - 1;
        while (before >= 0) {
            LinkedMention m = covering(mentions, before);
            if (m != null && m.mention().kind() == MentionKind.DEMONYM) { before = m.mention().tokenStart() - 1; continue; }
            if (rules.matcherWords().determiners().contains(s.token(before).lower())) { before--; continue; }
            break;
        }
        return before < 0 || !rules.referenceCues().placePrepositions().contains(s.token(before).lower());
    }

    private static LinkedMention covering(List<LinkedMention> mentions, int token) {
        for (LinkedMention m : mentions) if (m.mention().tokenStart() <= token && token < m.mention().tokenEnd()) return m;
        return null;
    }

    /**
     * Another state's mention between the state and the cue makes the cue that state's, unless the two
     * are coordinated ("both Sudan and South Sudan claim").
     */
    private boolean otherStateBetween(Sentence s, List<LinkedMention> mentions, LinkedMention state, int cue) {
        int lo = Math.min(state.mention().tokenEnd(), cue + 1), hi = Math.max(state.mention().tokenStart(), cue);
        for (LinkedMention other : mentions) {
            if (other == state || other.mention().type() != EntityType.COUNTRY) continue;
            if (other.mention().tokenStart() < lo || other.mention().tokenEnd() > hi) continue;
            if (other.entities().equals(state.entities())) continue;
            if (!coordinated(s, state, other)) return true;
        }
        return false;
    }

    /** Another state, not coordinated with the state, is named before the later of the state and the territory. */
    private boolean otherStateBefore(Sentence s, List<LinkedMention> mentions, LinkedMention state, LinkedMention place) {
        int end = Math.max(state.mention().tokenStart(), place.mention().tokenStart());
        for (LinkedMention other : mentions) {
            if (other == state || other.mention().type() != EntityType.COUNTRY || other.mention().tokenStart() >= end) continue;
            if (!other.entities().equals(state.entities()) && !coordinated(s, state, other)) return true;
        }
        return false;
    }

    private boolean possessivePronoun(Sentence s, LinkedMention state) {
        return state.mention().kind() == MentionKind.ANAPHOR
                && rules.matcherWords().possessivePronouns().contains(s.token(state.mention().tokenStart()).lower());
    }

    /** The state follows an agent marker, past determiners ("held by the US"). */
    private boolean agentOf(Sentence s, LinkedMention state) {
        int k = state.mention().tokenStart() - 1;
        while (k >= 0 && rules.matcherWords().determiners().contains(s.token(k).lower())) k--;
        return k >= 0 && rules.matcherWords().agentMarkers().contains(s.token(k).lower());
    }

    /** A passive cue's agent is another state: the cue is that state's ("Juba says T is claimed by Sudan"). */
    private boolean otherAgent(Sentence s, List<LinkedMention> mentions, LinkedMention state, int cue) {
        if (cue + 2 >= s.size() || !rules.matcherWords().agentMarkers().contains(s.token(cue + 1).lower())) return false;
        LinkedMention agent = startingAt(mentions, cue + 2);
        return agent != null && agent != state && agent.mention().type() == EntityType.COUNTRY
                && !agent.entities().equals(state.entities());
    }

    /**
     * A coordinator, with only quantifiers, determiners and conjunct fillers besides, stands between the
     * two mentions ("Sudan and South Sudan", "Ren'ai Jiao and the rest of the Nansha Islands"; not "the
     * strip of Heglig").
     */
    private boolean coordinated(Sentence s, LinkedMention a, LinkedMention b) {
        int from = Math.min(a.mention().tokenEnd(), b.mention().tokenEnd());
        int to = Math.max(a.mention().tokenStart(), b.mention().tokenStart());
        if (to <= from) return false;
        MatcherWords words = rules.matcherWords();
        boolean coordinator = false;
        for (int k = from; k < to; k++) {
            String w = s.token(k).lower();
            if (words.coordinators().contains(w) || w.equals("or")) coordinator = true;
            else if (!words.floatingQuantifiers().contains(w) && !words.determiners().contains(w) && !words.conjunctFillers().contains(w)) return false;
        }
        return coordinator;
    }

    private static boolean inside(int t, LinkedMention m) {
        return t >= m.mention().tokenStart() && t < m.mention().tokenEnd();
    }

    private boolean isCue(Token tok, Set<String> lemmas) {
        return rules.inLemmas(tok.lower(), lemmas);
    }

    /** A word of a vow or threat from {@code from} up to the cue ("vowed to restore control over"). */
    private boolean goalBefore(Sentence s, int from, int cue, Set<String> goals) {
        for (int k = Math.max(0, from); k < cue; k++) if (rules.inLemmas(s.token(k).lower(), goals)) return true;
        return false;
    }

    /**
     * A plan, wish or negation from {@code from} up to the cue ("Japan may consider", "could claim", "never
     * held"); a predicate coordinated after it is outside it ("does not recognise the independence ... and
     * still considers Kosovo part of Serbia").
     */
    private boolean blocked(Sentence s, int from, int cue, Set<String> lemmas) {
        for (int k = Math.max(0, from); k < cue; k++) if (PatternMatcher.opensCoordinatedPredicate(s, k, cue)) from = k + 1;
        for (int k = Math.max(0, from); k < cue; k++) {
            Token tok = s.token(k);
            // a cue is no plan word here ("still considers Kosovo part of Serbia", though "considering a visit")
            if (rules.isBlocker(tok) && !isCue(tok, lemmas)) return true;
        }
        return false;
    }
}
