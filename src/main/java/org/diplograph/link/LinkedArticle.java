package org.diplograph.link;

import java.util.List;
import java.util.Map;
import org.diplograph.article.Article;
import org.diplograph.mention.Mention;
import org.diplograph.nlp.AnnotatedText;

/** An article after linking: its text, its linked mentions in text order and its entities by IRI. */
public record LinkedArticle(Article article, AnnotatedText text, List<LinkedMention> mentions,
                            Map<String, Entity> entities) {
    public LinkedArticle {
        mentions = List.copyOf(mentions);
        entities = Map.copyOf(entities);
    }

    public List<LinkedMention> inSentence(int sentence) {
        return mentions.stream().filter(m -> m.mention().sentence() == sentence).toList();
    }

    /** The IRI the mention was linked to (the first, for a group), or null if it was linked to none. */
    public String entityIri(Mention m) {
        for (LinkedMention lm : mentions) {
            if (lm.mention().equals(m) && !lm.entities().isEmpty()) return lm.entity().iri();
        }
        return null;
    }

    /** Whether a mention that is no group names the entity (a state named only inside "both countries" is not). */
    public boolean names(String iri) {
        for (LinkedMention lm : mentions) {
            if (!lm.isGroup() && !lm.entities().isEmpty() && lm.entity().iri().equals(iri)) return true;
        }
        return false;
    }
}
