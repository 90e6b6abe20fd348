package org.diplograph.relation;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.TitleRole;
import org.diplograph.link.LinkedArticle;
import org.diplograph.link.LinkedMention;
import org.diplograph.nlp.Sentence;

/**
 * Visits shared by companions: a person who accompanies a traveller ("Sánchez arrived in Rabat accompanied by
 * Foreign Minister José Manuel Albares", "Albares, who accompanied Sánchez, ...", "Lee was accompanied by two
 * ministers") visited what the traveller visited, as the facts of the extractors before this one state it in the
 * same sentence, the three before or the one after. The companion must act for a state (a title or a reference office),
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

    public CompanionExtractor(RelationRules rules) {
        this.rules = rules;
    }

    @Override
    public String name() { return "companions"; }

    @Override
    public List<Fact> extract(LinkedArticle article, List<Fact> earlier) {
        FactCollector facts = new FactCollector();
        List<Sentence> sentences = article.text().sentences();
        for (Sentence s : sentences) {
            for (int t = 0; t < s.size(); t++) {
                if (!rules.inLemmas(s.token(t).lower(), rules.classes().getOrDefault(ACCOMPANY, java.util.Set.of())) || blocked(s, t)) continue;
                List<LinkedMention> persons = persons(article, s.index());
                List<LinkedMention> companions = new ArrayList<>();
                LinkedMention traveller;
                boolean passive = t + 1 < s.size() && rules.matcherWords().agentMarkers().contains(s.token(t + 1).lower());
                if (passive) {
                    // "Lee was accompanied by X and Y", "arrived ..., accompanied by X": the persons after "by", in its clause
                    traveller = lastBefore(persons, t);
                    for (LinkedMention p : persons) {
                        if (p.mention().tokenStart() > t && !boundaryBetween(s, t, p.mention().tokenStart())) companions.add(p);
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
                for (LinkedMention companion : companions) share(article, earlier, s, traveller, companion, facts);
            }
        }
        return facts.facts();
    }

    /** The traveller's visits stated near the sentence become the companion's too. */
    private void share(LinkedArticle article, List<Fact> earlier, Sentence s, LinkedMention traveller,
                       LinkedMention companion, FactCollector facts) {
        String who = companion.entity().iri();
        if (who.equals(traveller.entity().iri()) || !actsForState(who, article, earlier)) return;
        for (Fact f : earlier) {
            if (f.relation() != Relation.visited || !f.subject().equals(traveller.entity().iri())) continue;
            if (holdsOfficeIn(who, f.object(), earlier)) continue; // a companion at home is not visiting
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

    private boolean boundaryBetween(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) if (rules.clauseBoundaries().contains(s.token(k).lower())) return true;
        return false;
    }

    private boolean blocked(Sentence s, int cue) {
        for (int k = Math.max(0, cue - BLOCKER_WINDOW); k < cue; k++) if (rules.isBlocker(s.token(k))) return true;
        return false;
    }

    /** An office the facts give the person, or a state office's title the article gives it ("Foreign Minister X"). */
    private static boolean actsForState(String person, LinkedArticle article, List<Fact> earlier) {
        for (LinkedMention m : article.mentions()) {
            TitleRole role = m.mention().role();
            if (!m.isGroup() && m.entity().iri().equals(person) && (role == TitleRole.LEADER || role == TitleRole.OFFICIAL)) return true;
        }
        for (Fact f : earlier) {
            if (f.subject().equals(person) && (f.relation() == Relation.leaderOf || f.relation() == Relation.officialOf)) return true;
        }
        return false;
    }

    private static boolean holdsOfficeIn(String person, String place, List<Fact> earlier) {
        for (Fact f : earlier) {
            if (f.subject().equals(person) && f.object().equals(place)
                    && (f.relation() == Relation.leaderOf || f.relation() == Relation.officialOf)) return true;
        }
        return false;
    }

    private static int sentenceAt(LinkedArticle article, int begin) {
        for (Sentence s : article.text().sentences()) if (s.begin() == begin) return s.index();
        return -1;
    }
}
