package org.diplograph.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.Gazetteer;
import org.diplograph.link.LinkedArticle;
import org.diplograph.link.LinkedMention;
import org.diplograph.nlp.Sentence;

/**
 * Visits shared by companions: a person who accompanies a traveller ("Sánchez arrived in Rabat accompanied by
 * Foreign Minister José Manuel Albares", "Albares, who accompanied Sánchez, ...", "Lee was accompanied by two
 * ministers") visited what the traveller visited, as the facts of the extractors before this one state it in the
 * same sentence, the three before or the one after. The companion must act for a state ({@link StatesOfPersons#actsForState}),
 * as every traveller must; the words of accompanying are the word class {@code accompany} of
 * rules/word-classes.tsv.
 */
public final class CompanionExtractor implements RelationExtractor {
    private static final String RULE = "companion.visited";
    private static final String ACCOMPANY = "accompany";
    private static final double CONFIDENCE = 0.6;
    /** How far, in sentences, the traveller's visit may be stated before the words of accompanying, and after them. */
    private static final int VISIT_REACH_BEFORE = 3;
    private static final int VISIT_REACH_AFTER = 1;
    /** "will be accompanied by": a plan or negation this many words before the cue cancels it. */
    private static final int BLOCKER_WINDOW = 4;
    /** "X, who accompanied Y": the traveller right after the verb, past a title. */
    private static final int OBJECT_REACH = 5;

    private final RelationRules rules;
    private final Gazetteer gazetteer;

    public CompanionExtractor(RelationRules rules, Gazetteer gazetteer) {
        this.rules = rules;
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() { return "companions"; }

    @Override
    public List<Fact> extract(LinkedArticle article, List<Fact> earlier) {
        FactCollector facts = new FactCollector();
        StatesOfPersons states = StatesOfPersons.of(article, gazetteer, earlier);
        Set<String> accompany = rules.classes().getOrDefault(ACCOMPANY, Set.of());
        for (Sentence s : article.text().sentences()) {
            // a companion and a traveller are two persons of the sentence: most sentences have fewer, and no word is read
            List<LinkedMention> persons = persons(article, s.index());
            if (persons.size() < 2) continue;
            for (int t = 0; t < s.size(); t++) {
                if (!rules.inLemmas(s.token(t).lower(), accompany) || blocked(s, t)) continue;
                List<LinkedMention> companions = new ArrayList<>();
                LinkedMention traveller;
                boolean passive = t + 1 < s.size() && rules.matcherWords().agentMarkers().contains(s.token(t + 1).lower());
                if (passive) {
                    // "Lee was accompanied by X and Y", "arrived ..., accompanied by X": the persons after "by", in its clause
                    traveller = lastBefore(persons, t);
                    for (LinkedMention p : persons) {
                        if (p.mention().tokenStart() > t && !rules.clauseBoundaryBetween(s, t + 1, p.mention().tokenStart())) companions.add(p);
                    }
                } else {
                    // "X, who accompanied Y", "X accompanied Y to Z": the person before is the companion
                    LinkedMention companion = lastBefore(persons, t);
                    if (companion != null) companions.add(companion);
                    traveller = null;
                    for (LinkedMention p : persons) {
                        int start = p.mention().tokenStart();
                        if (start > t && start <= t + OBJECT_REACH) { traveller = p; break; }
                    }
                }
                if (traveller == null) continue;
                for (LinkedMention companion : companions) share(article, earlier, states, s, traveller, companion, facts);
            }
        }
        return facts.facts();
    }

    /** The traveller's visits stated near the sentence become the companion's too. */
    private void share(LinkedArticle article, List<Fact> earlier, StatesOfPersons states, Sentence s, LinkedMention traveller,
                       LinkedMention companion, FactCollector facts) {
        String who = companion.entity().iri();
        if (who.equals(traveller.entity().iri()) || !states.actsForState(who)) return;
        for (Fact f : earlier) {
            if (f.relation() != Relation.visited || !f.subject().equals(traveller.entity().iri())) continue;
            if (f.object().equals(states.of(who))) continue; // a companion at home is not visiting
            for (Evidence e : f.evidence()) {
                int at = sentenceAt(article, e.sentenceBegin());
                if (at < s.index() - VISIT_REACH_BEFORE || at > s.index() + VISIT_REACH_AFTER) continue;
                facts.add(who, Relation.visited, f.object(), new Evidence(s.begin(), s.end(), companion.mention().begin(),
                        companion.mention().end(), e.objectBegin(), e.objectEnd(), RULE, CONFIDENCE));
                break;
            }
        }
    }

    private static List<LinkedMention> persons(LinkedArticle article, int sentence) {
        List<LinkedMention> out = new ArrayList<>();
        for (LinkedMention m : article.inSentence(sentence)) {
            if (m.mention().type() == EntityType.PERSON && !m.isGroup() && !m.entities().isEmpty()) out.add(m);
        }
        return out;
    }

    private static LinkedMention lastBefore(List<LinkedMention> persons, int token) {
        LinkedMention last = null;
        for (LinkedMention p : persons) if (p.mention().tokenEnd() <= token) last = p;
        return last;
    }

    private boolean blocked(Sentence s, int cue) {
        for (int k = Math.max(0, cue - BLOCKER_WINDOW); k < cue; k++) if (rules.isBlocker(s.token(k))) return true;
        return false;
    }

    private static int sentenceAt(LinkedArticle article, int begin) {
        for (Sentence s : article.text().sentences()) if (s.begin() == begin) return s.index();
        return -1;
    }
}
