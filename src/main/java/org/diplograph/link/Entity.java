package org.diplograph.link;

import java.util.Collections;
import java.util.LinkedHashSet;
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
 * @param types      every type it has: {@code type} first, then any other the reference gives it
 *                   (Taiwan is a country and also a territory that China claims)
 */
public record Entity(String iri, EntityType type, String label, Set<String> altLabels, Set<EntityType> types) {
    public Entity {
        altLabels = Set.copyOf(new TreeSet<>(altLabels));
        Set<EntityType> all = new LinkedHashSet<>();
        all.add(type);
        if (types != null) all.addAll(types);
        types = Collections.unmodifiableSet(all);
    }

    /** An entity of one type only. */
    public Entity(String iri, EntityType type, String label, Set<String> altLabels) {
        this(iri, type, label, altLabels, Set.of(type));
    }

    /** True if the entity has this type, as its main type or as another. */
    public boolean is(EntityType t) { return types.contains(t); }
}
