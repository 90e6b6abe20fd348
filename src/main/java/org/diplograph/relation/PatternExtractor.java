package org.diplograph.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.Gazetteer;
import org.diplograph.knowledge.ReferenceEntity;
import org.diplograph.link.Entity;
import org.diplograph.mention.Mention;
import org.diplograph.link.LinkedArticle;
import org.diplograph.link.LinkedMention;
import org.diplograph.knowledge.MentionKind;
import org.diplograph.nlp.Sentence;

/**
 * Reads relations with the patterns of {@code ontology/rules/relations.tsv} and the frames of
 * {@code ontology/rules/frames.tsv} (every trigger of {@code ontology/rules/triggers.tsv} in
 * every frame of its relation), matched sentence by sentence. For relations between states, a
 * person argument stands for the country they lead or serve, as an earlier extractor found it
 * (titles), or failing that as the reference knowledge says.
 */
public final class PatternExtractor implements RelationExtractor {
    /** Relations that sport and entertainment sentences state in other senses (a match, a transfer deal). */
    private static final Set<Relation> OFF_TOPIC_RELATIONS = Set.of(Relation.metWith, Relation.cooperatesWith, Relation.inConflictWith);
    /** Relations that a person does: their subject is who acts. */
    private static final Set<Relation> ACTS = Set.of(Relation.visited, Relation.metWith);

    /** A party left implicit is less certain than one the sentence names. */
    private static final double MAIN_STATE_DISCOUNT = 0.85;

    private final RelationRules rules;
    private final Gazetteer gazetteer;

    public PatternExtractor(RelationRules rules, Gazetteer gazetteer) {
        this.rules = rules;
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() { return "patterns"; }

    @Override
    public List<Fact> extract(LinkedArticle article, List<Fact> earlier) {
        FactCollector facts = new FactCollector();
        StatesOfPersons states = StatesOfPersons.of(article, gazetteer, earlier);
        String mainState = MainState.of(article);
        Set<String> namedStates = namedStates(article);
        for (Sentence s : article.text().sentences()) {
            List<LinkedMention> mentions = article.inSentence(s.index());
            // one mention can still state a fact with the main state ("amid a bitter row with Beijing")
            boolean oneParty = mentions.size() < 2 && mentions.stream().noneMatch(LinkedMention::isGroup);
            if (oneParty && !(otherStateThanMain(mentions, mainState) && namesState(article.inSentence(s.index() - 1), mainState))) continue;
            // "If the talks go well, X will meet Y": a conditional sentence states no fact
            if (s.size() > 0 && rules.matcherWords().conditionalOpeners().contains(s.token(0).lower())) continue;
            PatternMatcher matcher = new PatternMatcher(s, mentions, rules);
            boolean offTopic = s.tokens().stream().anyMatch(t -> rules.offTopicWords().contains(t.lower()));
            for (RelationRule rule : rules.rules()) {
                if (offTopic && OFF_TOPIC_RELATIONS.contains(rule.relation())) continue;
                if (oneParty && !rule.pattern().implicitSubject()) continue;
                for (PatternMatcher.Match m : matcher.matches(rule.pattern())) {
                    if (blockedFor(rule.relation(), s, m) || cityOutOfPlace(rule.relation(), m, namedStates)) continue;
                    // an act (a trip, a meeting) is the clause subject's, not that of a person after a preposition
                    if (ACTS.contains(rule.relation()) && matcher.prepositionalPersonNotActor(rule.pattern(), m)) continue;
                    if (rule.pattern().implicitSubject()) {
                        emitForMainState(rule, s, m, mentions, mainState, facts, states);
                    } else {
                        emit(rule, s, m, mentions, facts, states);
                    }
                }
            }
        }
        return facts.facts();
    }

    /** Whether the previous sentence names the main state: the party left implicit must be the one in view. */
    private static boolean namesState(List<LinkedMention> mentions, String state) {
        for (LinkedMention lm : mentions) {
            for (Entity e : lm.entities()) if (e.iri().equals(state)) return true;
        }
        return false;
    }

    private static boolean otherStateThanMain(List<LinkedMention> mentions, String mainState) {
        if (mainState == null || mentions.isEmpty()) return false;
        LinkedMention only = mentions.get(0);
        return only.mention().type() == EntityType.COUNTRY && only.mention().kind() != MentionKind.DEMONYM
                && !only.entity().iri().equals(mainState);
    }

    /** A word of rules/relation-blockers.tsv for this relation up to four tokens before a trigger ("vowed to recapture"). */
    private boolean blockedFor(Relation relation, Sentence s, PatternMatcher.Match m) {
        Set<String> words = rules.relationBlockers().get(relation);
        if (words == null) return false;
        // a hand-written rule may have no trigger class: its literal words stand in ("wants Gibraltar returned to Spain")
        for (int trigger : m.triggers().isEmpty() ? m.literals() : m.triggers()) {
            for (int k = Math.max(0, trigger - RELATION_BLOCKER_WINDOW); k < trigger; k++) {
                if (rules.lemmatizer().candidates(s.token(k).lower()).stream().anyMatch(words::contains)) return true;
            }
        }
        return false;
    }

    private static final int RELATION_BLOCKER_WINDOW = 4;

    /**
     * A city other than the capital names its country only as the place of a visit ("in Sochi"), never
     * as an actor; and only a country the article names otherwise ("Russia's southern city of Sochi"):
     * a venue alone ("the forum in Davos") makes no visit to a state the article is not about.
     */
    private static boolean cityOutOfPlace(Relation relation, PatternMatcher.Match m, Set<String> namedStates) {
        if (m.subjects().stream().anyMatch(lm -> lm.mention().kind() == MentionKind.CITY)) return true;
        for (LinkedMention lm : m.objects()) {
            if (lm.mention().kind() != MentionKind.CITY) continue;
            if (relation != Relation.visited || lm.entities().stream().noneMatch(e -> namedStates.contains(e.iri()))) return true;
        }
        return false;
    }

    /** The countries the article names by name, capital or adjective. */
    private static Set<String> namedStates(LinkedArticle article) {
        Set<String> out = new java.util.HashSet<>();
        for (LinkedMention lm : article.mentions()) {
            MentionKind kind = lm.mention().kind();
            if (kind == MentionKind.NAME || kind == MentionKind.CAPITAL || kind == MentionKind.DEMONYM) {
                lm.entities().forEach(e -> out.add(e.iri()));
            }
        }
        return out;
    }

    /** The frame that reads a pair of states before a relation's noun ("Armenia and Azerbaijan ... war"). */
    private static final String PAIR_NOUN_FRAME = ".pair-noun";

    /** How far after a conflict noun the territory it is over may be named ("dispute over the Ilemi Triangle"). */
    private static final int TERRITORY_REACH = 4;

    /** A territory named within a few words after the match's trigger ("a dispute over the Ilemi Triangle"). */
    private static boolean territoryAfterTrigger(PatternMatcher.Match m, List<LinkedMention> inSentence) {
        if (m.triggers().isEmpty()) return false;
        int trigger = m.triggers().get(m.triggers().size() - 1);
        for (LinkedMention lm : inSentence) {
            int start = lm.mention().tokenStart();
            if (lm.mention().type() == EntityType.TERRITORY && start > trigger && start <= trigger + TERRITORY_REACH) return true;
        }
        return false;
    }

    /** A verb that ends a conflict up to three words before the trigger ("a deal to end the military conflict"). */
    private boolean endedBeforeTrigger(Sentence s, PatternMatcher.Match m) {
        Set<String> ending = rules.classes().get("end_conflict");
        if (ending == null || m.triggers().isEmpty()) return false;
        int trigger = m.triggers().get(m.triggers().size() - 1);
        for (int k = Math.max(0, trigger - 3); k < trigger; k++) {
            for (String lemma : rules.lemmatizer().candidates(s.token(k).lower())) if (ending.contains(lemma)) return true;
        }
        return false;
    }

    private void emit(RelationRule rule, Sentence s, PatternMatcher.Match m, List<LinkedMention> inSentence, FactCollector facts,
                      StatesOfPersons states) {
        List<Arg> subjects = args(m.subjects(), rule.relation(), states);
        if (m.objects().isEmpty()) { // a PAIR slot: the relation holds between each two members
            // (a conflict noun after three or more states sets each against each only where it is over a territory:
            // "Armenia, Azerbaijan and Russia sign deal to end war" names a mediator among the foes, "France, Denmark
            // and Belgium showed marked hostility to it" three against an idea)
            if (rule.relation() == Relation.inConflictWith && rule.id().endsWith(PAIR_NOUN_FRAME)
                    && subjects.stream().map(Arg::iri).distinct().count() > 2
                    && (!territoryAfterTrigger(m, inSentence) || endedBeforeTrigger(s, m))) return;
            for (int i = 0; i < subjects.size(); i++) {
                for (int j = i + 1; j < subjects.size(); j++) add(rule, s, subjects.get(i), subjects.get(j), states, facts);
            }
            return;
        }
        List<Arg> objects = args(m.objects(), rule.relation(), states);
        for (Arg subject : subjects) for (Arg object : objects) add(rule, s, subject, object, states, facts);
    }

    /**
     * A word of the class {@code state_ground_noun} right after the mention ("U.S. soil", "Syrian territory"),
     * not followed by "of" ("the Danish territory of Greenland" is Greenland).
     */
    private boolean ownGroundAfter(Sentence s, Mention m) {
        Set<String> ground = rules.classes().get("state_ground_noun");
        int k = m.tokenEnd();
        return ground != null && k < s.size() && ground.contains(s.token(k).lower())
                && !(k + 1 < s.size() && s.token(k + 1).lower().equals("of"));
    }

    /**
     * "amid a bitter row with Beijing": the other party is the article's main state, but only when
     * the sentence names no other state that could be the party instead.
     */
    private void emitForMainState(RelationRule rule, Sentence s, PatternMatcher.Match m, List<LinkedMention> inSentence,
                                  String mainState, FactCollector facts, StatesOfPersons states) {
        if (mainState == null || !rule.relation().betweenStates()) return;
        List<Arg> objects = args(m.objects(), rule.relation(), states);
        Set<String> objectIris = new HashSet<>();
        for (Arg object : objects) objectIris.add(object.iri());
        for (LinkedMention lm : inSentence) {
            if (m.objects().contains(lm)) continue;
            for (Entity e : lm.entities()) {
                String state = e.type() == EntityType.PERSON ? states.of(e.iri()) : e.type() == EntityType.COUNTRY ? e.iri() : null;
                // the object named again is not another party ("tension with the U.S. ... to persuade the U.S.")
                if (state != null && !state.equals(mainState) && !objectIris.contains(state)) return;
            }
        }
        for (Arg object : objects) {
            if (object.iri().equals(mainState)) continue;
            // "the dispute with the Russian authorities": a demonym may be what a firm, not a state, is at odds with
            if (object.mention().kind() == MentionKind.DEMONYM) continue;
            facts.add(mainState, rule.relation(), object.iri(), new Evidence(s.begin(), s.end(), m.objects().get(0).mention().begin(),
                    m.objects().get(0).mention().begin(), object.mention().begin(), object.mention().end(), rule.id(),
                    rule.confidence() * MAIN_STATE_DISCOUNT));
        }
    }

    private void add(RelationRule rule, Sentence s, Arg subject, Arg object, StatesOfPersons states, FactCollector facts) {
        Relation r = rule.relation();
        if (subject.types().stream().noneMatch(r.domain()::contains) || object.types().stream().noneMatch(r.range()::contains)) return;
        // a demonym qualifies people and things ("a Japanese leader"); it is never a destination
        // (unless it qualifies the state's own ground: "landed on U.S. soil", "in the Eritrean capital")
        if (r == Relation.visited && object.mention().kind() == MentionKind.DEMONYM && !ownGroundAfter(s, object.mention())) return;
        // the graph is about international politics: a meeting counts when one of the people acts for a
        // state or is a reference leader ("the striker meets Agassi", "the band met in their teens" do not)
        if (r == Relation.metWith && !states.actsForState(subject.iri()) && !states.actsForState(object.iri())) return;
        // a trip counts when the traveller acts for a state ("a banker arrived at the court in Madrid" does not),
        // or travels as the spouse of one ("Vice President X and his wife visited ...")
        boolean spouse = subject.mention().rule().equals(Mention.SPOUSE);
        // "X, his wife and other US officials": a spouse named by relation holds no office by it
        if (spouse && (r == Relation.officialOf || r == Relation.leaderOf)) return;
        boolean travels = states.actsForState(subject.iri()) || spouse;
        if (r == Relation.visited && !travels) return;
        if (rule.statePersonsOnly() && (subject.types().contains(EntityType.PERSON) && !travels
                || object.types().contains(EntityType.PERSON) && !states.actsForState(object.iri()))) {
            return;
        }
        // a leader's own state: "Biden and other US officials" makes no second office of his presidency
        if (r == Relation.officialOf && states.leads(subject.iri(), object.iri())) return;
        // a leader at home is not visiting
        if (r == Relation.visited && object.iri().equals(states.of(subject.iri()))) return;
        // the weakest cues of presence ("told reporters in Brussels") count only for a traveller from a known state
        if (r == Relation.visited && rule.foreignPersonsOnly() && !spouse && states.of(subject.iri()) == null) return;
        if (rule.asReference() && !referenceAgrees(r, subject.iri(), object.iri())) return;
        facts.add(subject.iri(), r, object.iri(), new Evidence(s.begin(), s.end(), subject.mention().begin(),
                subject.mention().end(), object.mention().begin(), object.mention().end(), rule.id(), rule.confidence()));
    }

    /** Whether the reference supports the reading ({@link ReferenceCueExtractor#referenceRelation}). */
    private boolean referenceAgrees(Relation r, String state, String territory) {
        ReferenceEntity t = gazetteer.entity(territory);
        return t != null && ReferenceCueExtractor.referenceRelation(t, state) == r;
    }

    /** An argument with every type its entity has (Taiwan: a country and a territory). */
    private record Arg(String iri, Set<EntityType> types, Mention mention) {}

    private List<Arg> args(List<LinkedMention> members, Relation relation, StatesOfPersons states) {
        List<Arg> out = new ArrayList<>();
        for (LinkedMention lm : members) {
            for (Entity e : lm.entities()) {
                if (relation.betweenStates() && e.type() == EntityType.PERSON) {
                    String country = states.of(e.iri());
                    if (country != null) out.add(new Arg(country, Set.of(EntityType.COUNTRY), lm.mention()));
                } else {
                    out.add(new Arg(e.iri(), e.types(), lm.mention()));
                }
            }
        }
        return out;
    }
}
