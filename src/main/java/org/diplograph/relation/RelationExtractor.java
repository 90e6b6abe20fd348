package org.diplograph.relation;

import java.util.List;
import org.diplograph.link.LinkedArticle;

/**
 * One relation extractor of the ensemble: reads facts from a linked article. Extractors run in
 * the ensemble's order; each sees the facts of those before it ({@code earlier}), so that a
 * leader named by a title can stand for their state in a later extractor's relations between
 * states.
 */
public interface RelationExtractor {
    /** The name by which users switch the extractor on or off ({@code --extractors}). */
    String name();

    List<Fact> extract(LinkedArticle article, List<Fact> earlier);
}
