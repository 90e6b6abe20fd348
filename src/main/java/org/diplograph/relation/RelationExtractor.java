package org.diplograph.relation;

import java.util.List;
import org.diplograph.link.LinkedArticle;

/** The relation stage: reads facts from a linked article. */
public interface RelationExtractor {
    List<Fact> extract(LinkedArticle article);
}
