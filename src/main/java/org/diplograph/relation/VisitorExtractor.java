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
 * Visits told without a verb that names the place, read from the words of rules/word-classes.tsv:
 * <ul>
 * <li>a word before a person's title ({@code visitor_adj}: "talks with visiting U.S. Trade Representative Clayton
 * Yeutter", "Modi hosted visiting Japanese Prime Minister Shinzo Abe") says the person is where the story is: the
 * dateline's state ("TOKYO, April 27 - ... visiting U.S. ..."), or else the state of the host, the one state that the
 * other persons of the sentence act for, if the article names it; where a host of another state than the dateline's
 * stands in the sentence, the place is not told;</li>
 * <li>a traveller who arrived with no place named ({@code arrival_verb}, {@code arrival_in_verb}: "CARACAS - ... Uribe,
 * who flew in on Saturday, met Chavez") visited the dateline's state.</li>
 * </ul>
 * A traveller must act for a state, and a state is not visited by its own people. A place the sentence names ("met
 * visiting X in Moscow", "arrived in Tokyo", "arrived here") is the patterns' to read.
 */
public final class VisitorExtractor implements RelationExtractor {
    private static final String VISITOR_ADJ = "visitor_adj";
    private static final String ARRIVAL_VERB = "arrival_verb";
    private static final String ARRIVAL_IN_VERB = "arrival_in_verb";
    /** Words that may stand between the traveller's name and the verb ("X, who flew in", "X had arrived"). */
    private static final String ARRIVAL_LINK = "arrival_link";
    /** Words right after a verb of arriving that tell or point to its place ("arrived here", "flew in from Paris"). */
    private static final String ARRIVAL_PLACE_WORD = "arrival_place_word";
    private static final String DATELINE_RULE = "visitor.dateline";
    private static final String HOST_RULE = "visitor.host";
    private static final String ARRIVAL_RULE = "visitor.arrived-dateline";
    private static final double CONFIDENCE = 0.7;
    /** How many link words may stand between the traveller's name and the verb. */
    private static final int MAX_LINK_WORDS = 3;
    /** "will arrive", "is expected to arrive": a blocker this many words before the verb cancels it. */
    private static final int BLOCKER_WINDOW = 4;
    /** Capitalised words the title phrase may not hold, between the visitor word and it ("visiting West German President"). */
    private static final int CAPITALISED_REACH = 2;

    private final RelationRules rules;
    private final Gazetteer gazetteer;
    private final Set<String> visitorWords;
    private final Set<String> arrivalVerbs;
    private final Set<String> arrivalInVerbs;
    private final Set<String> arrivalLinks;
    private final Set<String> arrivalPlaceWords;

    public VisitorExtractor(RelationRules rules, Gazetteer gazetteer) {
        this.rules = rules;
        this.gazetteer = gazetteer;
        this.visitorWords = rules.classes().getOrDefault(VISITOR_ADJ, Set.of());
        // (the arrival classes list past forms only: "who arrives on a four-day tour on Friday" tells a schedule as
        // often as a trip under way)
        this.arrivalVerbs = rules.classes().getOrDefault(ARRIVAL_VERB, Set.of());
        this.arrivalInVerbs = rules.classes().getOrDefault(ARRIVAL_IN_VERB, Set.of());
        this.arrivalLinks = rules.classes().getOrDefault(ARRIVAL_LINK, Set.of());
        this.arrivalPlaceWords = rules.classes().getOrDefault(ARRIVAL_PLACE_WORD, Set.of());
    }

    @Override
    public String name() { return "visitors"; }

    @Override
    public List<Fact> extract(LinkedArticle article, List<Fact> earlier) {
        return new ArticleVisits(article, earlier).read();
    }

    /** One article's reading: the states of its persons and its mentions are gathered only once a cue is seen. */
    private final class ArticleVisits {
        private final LinkedArticle article;
        private final List<Fact> earlier;
        private final FactCollector facts = new FactCollector();
        private StatesOfPersons states;
        private List<Mention> allMentions;

        ArticleVisits(LinkedArticle article, List<Fact> earlier) {
            this.article = article;
            this.earlier = earlier;
        }

        List<Fact> read() {
            for (Sentence s : article.text().sentences()) {
                List<LinkedMention> inSentence = article.inSentence(s.index());
                for (int t = 0; t < s.size(); t++) {
                    if (arrivalAt(s, t) > 0) arrival(s, inSentence, t);
                }
                for (LinkedMention visitor : inSentence) {
                    if (isPerson(visitor) && visitorBefore(s, visitor.mention())) visiting(s, inSentence, visitor);
                }
            }
            return facts.facts();
        }

        private StatesOfPersons states() {
            if (states == null) states = StatesOfPersons.of(article, gazetteer, earlier);
            return states;
        }

        /** The dateline nearest before the sentence (or the one that moved the story), or null. */
        private Mention dateline(Sentence s) {
            if (allMentions == null) allMentions = article.mentions().stream().map(LinkedMention::mention).toList();
            return Datelines.nearest(article.text(), allMentions, s.index());
        }

        /** "talks with visiting U.S. Trade Representative X": the dateline's state, or the host's. */
        private void visiting(Sentence s, List<LinkedMention> inSentence, LinkedMention visitor) {
            String who = visitor.entity().iri();
            if (!states().actsForState(who)) return;
            String own = states().of(who);
            Mention at = dateline(s);
            String place = at == null ? null : article.entityIri(at);
            String rule = DATELINE_RULE;
            LinkedMention host = host(inSentence, visitor, own);
            String hostState = host == null ? null : states().of(host.entity().iri());
            // a host of another state than the dateline's leaves the place untold
            if (place != null && hostState != null && !hostState.equals(place)) return;
            if (place == null) {
                // the host's state must be one the article names: a reference tenure alone puts no place in the text
                if (host == null || !article.names(hostState)) return;
                place = hostState;
                rule = HOST_RULE;
                at = host.mention();
            }
            if (place.equals(own)) return; // a visitor is not at home
            add(s, visitor, place, at, rule);
        }

        /** "CARACAS - ... Uribe, who flew in on Saturday": a traveller from another state arrived in the dateline's. */
        private void arrival(Sentence s, List<LinkedMention> inSentence, int verb) {
            if (blocked(s, verb)) return;
            LinkedMention traveller = subjectBefore(s, inSentence, verb);
            if (traveller == null) return;
            Mention at = dateline(s);
            String place = at == null ? null : article.entityIri(at);
            String who = traveller.entity().iri();
            String own = states().of(who);
            if (place == null || own == null || own.equals(place) || !states().actsForState(who)) return;
            add(s, traveller, place, at, ARRIVAL_RULE);
        }

        private void add(Sentence s, LinkedMention traveller, String place, Mention at, String rule) {
            Mention v = traveller.mention();
            facts.add(traveller.entity().iri(), Relation.visited, place,
                    new Evidence(s.begin(), s.end(), v.begin(), v.end(), at.begin(), at.end(), rule, CONFIDENCE));
        }

        /**
         * The host: the one person of the sentence, besides the visitor, who acts for a state other than the visitor's;
         * null when there is none or several states could be the host's.
         */
        private LinkedMention host(List<LinkedMention> inSentence, LinkedMention visitor, String own) {
            LinkedMention found = null;
            for (LinkedMention lm : inSentence) {
                if (lm == visitor || !isPerson(lm) || lm.entity().iri().equals(visitor.entity().iri())) continue;
                String state = states().of(lm.entity().iri());
                if (state == null || state.equals(own)) continue;
                if (found != null && !state.equals(states().of(found.entity().iri()))) return null;
                if (found == null) found = lm;
            }
            return found;
        }
    }

    private static boolean isPerson(LinkedMention lm) {
        return lm.mention().type() == EntityType.PERSON && !lm.isGroup() && !lm.entities().isEmpty();
    }

    /** Whether a visitor word stands right before the person's title phrase (or name, when untitled). */
    private boolean visitorBefore(Sentence s, Mention m) {
        int k = -1;
        for (int t = 0; t < s.size() && s.token(t).end() <= m.titleBegin(); t++) k = t;
        for (int skipped = 0; k >= 0 && skipped <= CAPITALISED_REACH; k--, skipped++) {
            if (visitorWords.contains(s.token(k).lower())) return true;
            if (!Character.isUpperCase(s.token(k).text().charAt(0))) return false;
        }
        return false;
    }

    /**
     * Where a verb of arriving that names no place ends at t ("arrived on Sunday", "flew in on Saturday"), the token
     * after it; else -1.
     */
    private int arrivalAt(Sentence s, int t) {
        String w = s.token(t).lower();
        int after;
        if (arrivalVerbs.contains(w)) {
            after = t + 1;
        } else if (arrivalInVerbs.contains(w) && t + 1 < s.size() && s.token(t + 1).lower().equals("in")) {
            after = t + 2;
        } else {
            return -1;
        }
        if (!s.token(t).pos().startsWith("VERB")) return -1;
        // "arrived in Tokyo", "landed at Narita", "arrived here", "flew in from Paris"
        if (after < s.size() && (rules.matcherWords().locativePrepositions().contains(s.token(after).lower())
                || arrivalPlaceWords.contains(s.token(after).lower()))) return -1;
        return after;
    }

    /** The person named right before the verb at t, past a few link words ("X, who", "X had"), or null. */
    private LinkedMention subjectBefore(Sentence s, List<LinkedMention> inSentence, int t) {
        for (LinkedMention lm : inSentence) {
            if (!isPerson(lm)) continue;
            int end = lm.mention().tokenEnd();
            if (end > t || t - end > MAX_LINK_WORDS) continue;
            boolean onlyLinkWords = true;
            for (int k = end; k < t; k++) if (!arrivalLinks.contains(s.token(k).lower())) onlyLinkWords = false;
            if (onlyLinkWords) return lm;
        }
        return null;
    }

    private boolean blocked(Sentence s, int t) {
        for (int k = Math.max(0, t - BLOCKER_WINDOW); k < t; k++) if (rules.isBlocker(s.token(k))) return true;
        return false;
    }
}
