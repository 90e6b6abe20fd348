package org.diplograph.mention;

import java.util.List;
import org.diplograph.nlp.AnnotatedText;

/**
 * A mention stage: finds mentions in an annotated article. It sees the mentions earlier finders
 * produced and returns the full list (its own added, earlier ones kept or refined), sorted by position.
 */
public interface MentionFinder {
    List<Mention> find(AnnotatedText text, List<Mention> earlier);
}
