package org.diplograph.link;

import java.util.List;
import java.util.Map;
import org.diplograph.article.Article;
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
}
