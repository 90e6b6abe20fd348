package org.diplograph.relation;

import java.util.List;
import java.util.Set;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.Gazetteer;
import org.diplograph.link.LinkedArticle;
import org.diplograph.link.LinkedMention;
import org.diplograph.mention.Datelines;
import org.diplograph.mention.Mention;
import org.diplograph.nlp.Sentence;

/**
 * Visits told by a word before a person's title ("talks with visiting U.S. Trade Representative Clayton Yeutter",
 * "Modi hosted visiting Japanese Prime Minister Shinzo Abe"): the word (class {@code visitor_adj} of
 * rules/word-classes.tsv) says the person is where the story is, and no verb says where that is. The place is the
 * dateline's state ("TOKYO, April 27 - ... visiting U.S. ..."), or else the state of the host: the one state that the
 * other persons of the sentence act for, if the article names it; where a host of another state than the dateline's
 * stands in the sentence, the place is not told. A traveller who arrives with no place named ("CARACAS - ... Uribe, who flew
 * in on Saturday, met Chavez": word classes {@code arrival_verb}, {@code arrival_in_verb}) visited the dateline's state.
 * A traveller must act for a state, and a state is not visited by its own people.
 * A place the sentence names ("met visiting X in Moscow") is the patterns' to read.
 */
public final class VisitorExtractor implements RelationExtractor {
    private static final String VISITOR_ADJ = "visitor_adj";
    private static final String DATELINE_RULE = "visitor.dateline";
    private static final String HOST_RULE = "visitor.host";
    private static final double CONFIDENCE = 0.7;

    private final RelationRules rules;
    private final Gazetteer gazetteer;

    public VisitorExtractor(RelationRules rules, Gazetteer gazetteer) {
        this.rules = rules;
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() { return "visitors"; }

    @Override
    public List<Fact> extract(LinkedArticle article, List<Fact> earlier) {
        FactCollector facts = new FactCollector();
        Set<String> visitorWords = rules.classes().getOrDefault(VISITOR_ADJ, Set.of());
        if (visitorWords.isEmpty()) return facts.facts();
        StatesOfPersons states = null;
        List<Mention> allMentions = null;
        for (Sentence s : article.text().sentences()) {
            if (states == null && hasArrival(s)) {
                states = StatesOfPersons.of(article, gazetteer, earlier);
                allMentions = article.mentions().stream().map(LinkedMention::mention).toList();
            }
            if (states != null) arrivals(article, s, states, allMentions, facts);
            for (LinkedMention visitor : article.inSentence(s.index())) {
                if (visitor.mention().type() != EntityType.PERSON || visitor.isGroup() || visitor.entities().isEmpty()) continue;
                if (!visitorBefore(s, visitor.mention(), visitorWords)) continue;
                if (states == null) {
                    states = StatesOfPersons.of(article, gazetteer, earlier);
                    allMentions = article.mentions().stream().map(LinkedMention::mention).toList();
                }
                String who = visitor.entity().iri();
                if (!states.actsForState(who)) continue;
                String own = states.of(who);
                Mention dateline = Datelines.nearest(article.text(), allMentions, s.index());
                String place = dateline == null ? null : stateOf(article, dateline);
                String rule = DATELINE_RULE;
                Mention at = dateline;
                LinkedMention host = host(article, s, visitor, own, states);
                String hostState = host == null ? null : states.of(host.entity().iri());
                // a host of another state than the dateline's leaves the place untold
                if (place != null && hostState != null && !hostState.equals(place)) continue;
                if (place == null) {
                    if (host == null) continue;
                    place = hostState;
                    // the host's state must be one the article names: a reference tenure alone puts no place in the text
                    if (!named(article, place)) continue;
                    rule = HOST_RULE;
                    at = host.mention();
                }
                if (place.equals(own)) continue; // a visitor is not at home
                Mention v = visitor.mention();
                facts.add(who, Relation.visited, place,
                        new Evidence(s.begin(), s.end(), v.begin(), v.end(), at.begin(), at.end(), rule, CONFIDENCE));
            }
        }
        return facts.facts();
    }

    private static final String ARRIVAL_VERB = "arrival_verb";
    private static final String ARRIVAL_IN_VERB = "arrival_in_verb";
    private static final String ARRIVAL_RULE = "visitor.arrived-dateline";
    /** Words that may stand between the traveller's name and the verb ("X, who flew in", "X had arrived"). */
    private static final String ARRIVAL_LINK = "arrival_link";
    /** How many such words. */
    private static final int MAX_BETWEEN = 3;
    /** "will arrive", "is expected to arrive": a blocker this many words before the verb cancels it. */
    private static final int BLOCKER_WINDOW = 4;

    private boolean hasArrival(Sentence s) {
        for (int t = 0; t < s.size(); t++) if (arrivalAt(s, t) > 0) return true;
        return false;
    }

    /**
     * Where a verb of arriving that names no place ends at t ("arrived on Sunday", "flew in on Saturday"), the token
     * after it; else -1. A place named after it ("arrived in Tokyo", "arrived here") is the patterns' to read.
     */
    private int arrivalAt(Sentence s, int t) {
        String w = s.token(t).lower();
        int after;
        // (the classes list past forms only: "who arrives on a four-day tour on Friday" tells a schedule as often as a
        // trip under way)
        if (rules.classes().getOrDefault(ARRIVAL_VERB, Set.of()).contains(w)) {
            after = t + 1;
        } else if (t + 1 < s.size() && s.token(t + 1).lower().equals("in")
                && rules.classes().getOrDefault(ARRIVAL_IN_VERB, Set.of()).contains(w)) {
            after = t + 2;
        } else {
            return -1;
        }
        if (!s.token(t).pos().startsWith("VERB")) return -1;
        if (after < s.size()) {
            String next = s.token(after).lower();
            // "arrived in Tokyo", "landed at Narita", "arrived here", "arrived back", "flew in from Paris"
            if (rules.matcherWords().locativePrepositions().contains(next) || next.equals("here") || next.equals("there")
                    || next.equals("back") || next.equals("from") || next.equals("home")) return -1;
        }
        return after;
    }

    /**
     * "CARACAS, Nov 2 - Colombian President Alvaro Uribe, who flew in on Saturday, met ...": a traveller who arrives
     * with no place named arrived where the story is datelined, if that is not the traveller's own state.
     */
    private void arrivals(LinkedArticle article, Sentence s, StatesOfPersons states, List<Mention> allMentions,
                          FactCollector facts) {
        Mention dateline = Datelines.nearest(article.text(), allMentions, s.index());
        String place = dateline == null ? null : stateOf(article, dateline);
        if (place == null) return;
        List<LinkedMention> inSentence = article.inSentence(s.index());
        for (int t = 0; t < s.size(); t++) {
            if (arrivalAt(s, t) < 0 || blocked(s, t)) continue;
            LinkedMention traveller = subjectBefore(s, inSentence, t);
            if (traveller == null) continue;
            String who = traveller.entity().iri();
            String own = states.of(who);
            if (own == null || own.equals(place) || !states.actsForState(who)) continue;
            Mention v = traveller.mention();
            facts.add(who, Relation.visited, place, new Evidence(s.begin(), s.end(), v.begin(), v.end(), dateline.begin(),
                    dateline.end(), ARRIVAL_RULE, CONFIDENCE));
        }
    }

    /** The person named right before the verb at t, past a few words ("X, who", "X had"), or null. */
    private LinkedMention subjectBefore(Sentence s, List<LinkedMention> inSentence, int t) {
        Set<String> links = rules.classes().getOrDefault(ARRIVAL_LINK, Set.of());
        for (LinkedMention lm : inSentence) {
            if (lm.mention().type() != EntityType.PERSON || lm.isGroup() || lm.entities().isEmpty()) continue;
            int end = lm.mention().tokenEnd();
            if (end > t || t - end > MAX_BETWEEN) continue;
            boolean onlyLinkWords = true;
            for (int k = end; k < t; k++) if (!links.contains(s.token(k).lower())) onlyLinkWords = false;
            if (onlyLinkWords) return lm;
        }
        return null;
    }

    private boolean blocked(Sentence s, int t) {
        for (int k = Math.max(0, t - BLOCKER_WINDOW); k < t; k++) if (rules.isBlocker(s.token(k))) return true;
        return false;
    }

    /** Capitalised words the title phrase may not hold, between the visitor word and it ("visiting West German President"). */
    private static final int CAPITALISED_REACH = 2;

    /** Whether a visitor word stands right before the person's title phrase (or name, when untitled). */
    private static boolean visitorBefore(Sentence s, Mention m, Set<String> visitorWords) {
        int k = -1;
        for (int t = 0; t < s.size() && s.token(t).end() <= m.titleBegin(); t++) k = t;
        for (int skipped = 0; k >= 0 && skipped <= CAPITALISED_REACH; k--, skipped++) {
            if (visitorWords.contains(s.token(k).lower())) return true;
            if (!Character.isUpperCase(s.token(k).text().charAt(0))) return false;
        }
        return false;
    }

    /**
     * The host: the one person of the sentence, besides the visitor, who acts for a state other than the visitor's;
     * null when there is none or several states could be the host's.
     */
    private static LinkedMention host(LinkedArticle article, Sentence s, LinkedMention visitor, String own,
                                      StatesOfPersons states) {
        LinkedMention found = null;
        for (LinkedMention lm : article.inSentence(s.index())) {
            if (lm == visitor || lm.mention().type() != EntityType.PERSON || lm.isGroup() || lm.entities().isEmpty()) continue;
            String iri = lm.entity().iri();
            if (iri.equals(visitor.entity().iri())) continue;
            String state = states.of(iri);
            if (state == null || state.equals(own)) continue;
            if (found != null && !state.equals(states.of(found.entity().iri()))) return null;
            if (found == null) found = lm;
        }
        return found;
    }

    private static boolean named(LinkedArticle article, String state) {
        for (LinkedMention lm : article.mentions()) {
            if (lm.mention().type() == EntityType.COUNTRY && lm.entities().stream().anyMatch(e -> e.iri().equals(state))) return true;
        }
        return false;
    }

    private static String stateOf(LinkedArticle article, Mention m) {
        for (LinkedMention lm : article.mentions()) {
            if (lm.mention().equals(m) && !lm.entities().isEmpty()) return lm.entity().iri();
        }
        return null;
    }
}
