package org.diplograph.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.Gazetteer;
import org.diplograph.knowledge.ReferenceEntity;
import org.diplograph.knowledge.Tenure;
import org.diplograph.link.Entity;
import org.diplograph.link.LinkedArticle;
import org.diplograph.link.LinkedMention;
import org.diplograph.mention.Mention;
import org.diplograph.mention.MentionKind;
import org.diplograph.mention.TitleRole;
import org.diplograph.nlp.Sentence;

/**
 * Reads the eight relations with two rule families:
 * <ol>
 *   <li>titles: "Chinese President Xi Jinping" gives leaderOf, "Putin's spokesman Dmitry Peskov"
 *       officialOf (the country of the title, or of the person whose title it is);</li>
 *   <li>the patterns of {@code ontology/rules/relations.tsv}, matched per sentence.</li>
 * </ol>
 * For relations between states, a person argument stands for the country they lead or serve,
 * as the article says by a title, or failing that as the reference knowledge says.
 */
public final class RuleBasedExtractor implements RelationExtractor {
    private static final double TITLE_CONFIDENCE = 0.95;
    private static final double TITLE_FROM_REFERENCE_CONFIDENCE = 0.7;

    private final RelationRules rules;
    private final Gazetteer gazetteer;

    public RuleBasedExtractor(RelationRules rules, Gazetteer gazetteer) {
        this.rules = rules;
        this.gazetteer = gazetteer;
    }

    @Override
    public List<Fact> extract(LinkedArticle article) {
        FactCollector facts = new FactCollector();
        Map<String, String> countryOfPerson = new HashMap<>();
        titles(article, facts, countryOfPerson);
        int year = article.article().dateIfKnown().map(d -> d.getYear()).orElse(-1);
        for (Sentence s : article.text().sentences()) {
            List<LinkedMention> mentions = article.inSentence(s.index());
            if (mentions.size() < 2 && mentions.stream().noneMatch(LinkedMention::isGroup)) continue;
            PatternMatcher matcher = new PatternMatcher(s, mentions, rules);
            for (RelationRule rule : rules.rules()) {
                for (PatternMatcher.Match m : matcher.matches(rule.pattern())) {
                    emit(rule, s, m, facts, countryOfPerson, year);
                }
            }
        }
        return facts.facts();
    }

    private void titles(LinkedArticle article, FactCollector facts, Map<String, String> countryOfPerson) {
        int year = article.article().dateIfKnown().map(d -> d.getYear()).orElse(-1);
        // first pass: titles naming a country; second: titles whose country is another person's
        for (int pass = 0; pass < 2; pass++) {
            for (LinkedMention lm : article.mentions()) {
                Mention m = lm.mention();
                if (m.type() != EntityType.PERSON || m.role() == TitleRole.NONE || lm.isGroup()) continue;
                Relation relation = m.role() == TitleRole.LEADER ? Relation.leaderOf : Relation.officialOf;
                Sentence s = article.text().sentences().get(m.sentence());
                String person = lm.entity().iri();
                Mention qualifier = m.titleCountry();
                String country = null;
                double confidence = TITLE_CONFIDENCE;
                if (qualifier != null && qualifier.type() == EntityType.COUNTRY) {
                    if (pass == 1) continue;
                    country = qualifier.referenceIri();
                } else if (qualifier != null && qualifier.type() == EntityType.PERSON) {
                    if (pass == 0) continue;
                    country = countryOfPerson.get(entityAt(article, qualifier));
                } else if (qualifier == null && pass == 0 && m.titleDefaultCountry() != null) {
                    country = m.titleDefaultCountry();
                } else if (qualifier == null && pass == 1 && relation == Relation.leaderOf) {
                    country = referenceCountry(person, year);
                    confidence = TITLE_FROM_REFERENCE_CONFIDENCE;
                }
                if (country == null) continue;
                int qb = qualifier != null ? qualifier.begin() : m.titleBegin();
                int qe = qualifier != null ? qualifier.end() : m.titleBegin();
                facts.add(person, relation, country, new Evidence(s.begin(), s.end(), m.begin(), m.end(), qb, qe,
                        "title:" + relation.name(), confidence));
                countryOfPerson.putIfAbsent(person, country);
            }
        }
    }

    private static String entityAt(LinkedArticle article, Mention m) {
        for (LinkedMention lm : article.mentions()) if (lm.mention().equals(m)) return lm.entity().iri();
        return null;
    }

    /** The country a reference leader led in the article's year (or in any year when it has none). */
    private String referenceCountry(String personIri, int year) {
        ReferenceEntity ref = gazetteer.entity(personIri);
        if (ref == null) return null;
        String found = null;
        for (Tenure t : ref.tenures()) {
            if (year < 0 || t.covers(year)) {
                if (found != null && !found.equals(t.countryIri())) return null;
                found = t.countryIri();
            }
        }
        return found;
    }

    private void emit(RelationRule rule, Sentence s, PatternMatcher.Match m, FactCollector facts,
                      Map<String, String> countryOfPerson, int year) {
        List<Arg> subjects = args(m.subjects(), rule.relation(), countryOfPerson, year);
        Function<String, String> home = person -> countryOfPerson.containsKey(person)
                ? countryOfPerson.get(person) : referenceCountry(person, year);
        if (m.objects().isEmpty()) { // a PAIR slot: the relation holds between each two members
            for (int i = 0; i < subjects.size(); i++) {
                for (int j = i + 1; j < subjects.size(); j++) add(rule, s, subjects.get(i), subjects.get(j), home, facts);
            }
            return;
        }
        List<Arg> objects = args(m.objects(), rule.relation(), countryOfPerson, year);
        for (Arg subject : subjects) for (Arg object : objects) add(rule, s, subject, object, home, facts);
    }

    private void add(RelationRule rule, Sentence s, Arg subject, Arg object, Function<String, String> homeCountry,
                     FactCollector facts) {
        Relation r = rule.relation();
        if (!r.domain().contains(subject.type()) || !r.range().contains(object.type())) return;
        // a demonym qualifies people and things ("a Japanese leader"); it is never a destination
        if (r == Relation.visited && object.mention().kind() == MentionKind.DEMONYM) return;
        // a leader at home is not visiting
        if (r == Relation.visited && object.iri().equals(homeCountry.apply(subject.iri()))) return;
        facts.add(subject.iri(), r, object.iri(), new Evidence(s.begin(), s.end(), subject.mention().begin(),
                subject.mention().end(), object.mention().begin(), object.mention().end(), rule.id(), rule.confidence()));
    }

    private record Arg(String iri, EntityType type, Mention mention) {}

    private List<Arg> args(List<LinkedMention> members, Relation relation, Map<String, String> countryOfPerson, int year) {
        List<Arg> out = new ArrayList<>();
        for (LinkedMention lm : members) {
            for (Entity e : lm.entities()) {
                if (relation.betweenStates() && e.type() == EntityType.PERSON) {
                    String country = countryOfPerson.get(e.iri());
                    if (country == null) country = referenceCountry(e.iri(), year);
                    if (country != null) out.add(new Arg(country, EntityType.COUNTRY, lm.mention()));
                } else {
                    out.add(new Arg(e.iri(), e.type(), lm.mention()));
                }
            }
        }
        return out;
    }
}
