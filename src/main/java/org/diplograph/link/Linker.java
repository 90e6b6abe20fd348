package org.diplograph.link;

import java.util.List;
import org.diplograph.article.Article;
import org.diplograph.mention.Mention;
import org.diplograph.nlp.AnnotatedText;

/** The linking stage: decides which entity each mention refers to. */
public interface Linker {
    LinkedArticle link(Article article, AnnotatedText text, List<Mention> mentions);
}
