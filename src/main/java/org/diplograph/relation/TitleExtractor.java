package org.diplograph.relation;

import java.util.List;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.Gazetteer;
import org.diplograph.knowledge.TitleRole;
import org.diplograph.link.LinkedArticle;
import org.diplograph.link.LinkedMention;
import org.diplograph.mention.Mention;
import org.diplograph.nlp.Sentence;

/**
 * Offices read from titles ({@code ontology/lexicon/titles.tsv}) that the mention stage attached
 * to a person: "Chinese President Xi Jinping" gives leaderOf, "Putin's spokesman Dmitry Peskov"
 * officialOf (the country of the title, or of the person whose title it is). A leader's title
 * with no country gives the country the reference tenures name for the article's year, with a
 * lower confidence.
 */
public final class TitleExtractor implements RelationExtractor {
    static final double TITLE_CONFIDENCE = 0.95;
    static final double TITLE_FROM_REFERENCE_CONFIDENCE = 0.7;

    private final Gazetteer gazetteer;

    public TitleExtractor(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    @Override
    public String name() { return "titles"; }

    @Override
    public List<Fact> extract(LinkedArticle article, List<Fact> earlier) {
        FactCollector facts = new FactCollector();
        int year = article.article().dateIfKnown().map(d -> d.getYear()).orElse(-1);
        StatesOfPersons states = new StatesOfPersons(gazetteer, year, earlier);
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
                if (qualifier != null && isCountry(qualifier)) {
                    if (pass == 1) continue;
                    country = qualifier.referenceIri();
                } else if (qualifier != null && qualifier.type() == EntityType.PERSON) {
                    if (pass == 0) continue;
                    country = states.statedFor(entityAt(article, qualifier));
                } else if (qualifier == null && pass == 0 && m.titleDefaultCountry() != null) {
                    country = m.titleDefaultCountry();
                } else if (qualifier == null && pass == 1 && relation == Relation.leaderOf) {
                    country = StatesOfPersons.referenceCountry(gazetteer, person, year);
                    confidence = TITLE_FROM_REFERENCE_CONFIDENCE;
                }
                if (country == null) continue;
                int qb = qualifier != null ? qualifier.begin() : m.titleBegin();
                int qe = qualifier != null ? qualifier.end() : m.titleBegin();
                facts.add(person, relation, country, new Evidence(s.begin(), s.end(), m.begin(), m.end(), qb, qe,
                        "title:" + relation.name(), confidence));
                states.state(person, country);
            }
        }
        return facts.facts();
    }

    /** A country mention, or a territory that is also a state ("Northern Cyprus leader Ersin Tatar"). */
    private boolean isCountry(Mention m) {
        if (m.type() == EntityType.COUNTRY) return true;
        var ref = m.referenceIri() == null ? null : gazetteer.entity(m.referenceIri());
        return ref != null && ref.is(EntityType.COUNTRY);
    }

    private static String entityAt(LinkedArticle article, Mention m) {
        for (LinkedMention lm : article.mentions()) if (lm.mention().equals(m)) return lm.entity().iri();
        return null;
    }
}
