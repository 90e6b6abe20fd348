package org.diplograph.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.Gazetteer;
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
        int year = article.article().dateIfKnown().map(d -> d.getYear()).orElse(-1);
        StatesOfPersons states = new StatesOfPersons(gazetteer, year, earlier);
        for (Sentence s : article.text().sentences()) {
            List<LinkedMention> mentions = article.inSentence(s.index());
            if (mentions.size() < 2 && mentions.stream().noneMatch(LinkedMention::isGroup)) continue;
            PatternMatcher matcher = new PatternMatcher(s, mentions, rules);
            for (RelationRule rule : rules.rules()) {
                for (PatternMatcher.Match m : matcher.matches(rule.pattern())) {
                    emit(rule, s, m, facts, states);
                }
            }
        }
        return facts.facts();
    }

    private void emit(RelationRule rule, Sentence s, PatternMatcher.Match m, FactCollector facts, StatesOfPersons states) {
        List<Arg> subjects = args(m.subjects(), rule.relation(), states);
        Function<String, String> home = states::of;
        if (m.objects().isEmpty()) { // a PAIR slot: the relation holds between each two members
            for (int i = 0; i < subjects.size(); i++) {
                for (int j = i + 1; j < subjects.size(); j++) add(rule, s, subjects.get(i), subjects.get(j), home, facts);
            }
            return;
        }
        List<Arg> objects = args(m.objects(), rule.relation(), states);
        for (Arg subject : subjects) for (Arg object : objects) add(rule, s, subject, object, home, facts);
    }

    private void add(RelationRule rule, Sentence s, Arg subject, Arg object, Function<String, String> homeCountry,
                     FactCollector facts) {
        Relation r = rule.relation();
        if (subject.types().stream().noneMatch(r.domain()::contains) || object.types().stream().noneMatch(r.range()::contains)) return;
        // a demonym qualifies people and things ("a Japanese leader"); it is never a destination
        if (r == Relation.visited && object.mention().kind() == MentionKind.DEMONYM) return;
        // a leader at home is not visiting
        if (r == Relation.visited && object.iri().equals(homeCountry.apply(subject.iri()))) return;
        facts.add(subject.iri(), r, object.iri(), new Evidence(s.begin(), s.end(), subject.mention().begin(),
                subject.mention().end(), object.mention().begin(), object.mention().end(), rule.id(), rule.confidence()));
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
