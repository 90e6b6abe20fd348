package org.diplograph.link;

import java.util.Set;
import java.util.TreeSet;
import org.diplograph.knowledge.EntityType;

/**
 * One real-world entity as one article names it.
 *
 * @param iri        stable across articles: the reference IRI, or for people not in the reference
 *                   knowledge an IRI made from their name
 * @param label      the canonical name
 * @param altLabels  the other names the article uses for it
 */
public record Entity(String iri, EntityType type, String label, Set<String> altLabels) {
    public Entity {
        altLabels = Set.copyOf(new TreeSet<>(altLabels));
    }
}
