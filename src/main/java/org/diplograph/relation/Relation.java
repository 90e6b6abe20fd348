package org.diplograph.relation;

import java.util.Set;
import org.diplograph.vocab.DG;
import org.diplograph.knowledge.EntityType;

/** The eight relations of the annotation guidelines (vocabulary v1), with their argument types. */
public enum Relation {
    leaderOf(false, Set.of(EntityType.PERSON), Set.of(EntityType.COUNTRY)),
    officialOf(false, Set.of(EntityType.PERSON), Set.of(EntityType.COUNTRY)),
    metWith(true, Set.of(EntityType.PERSON), Set.of(EntityType.PERSON)),
    visited(false, Set.of(EntityType.PERSON), Set.of(EntityType.COUNTRY, EntityType.TERRITORY)),
    claims(false, Set.of(EntityType.COUNTRY), Set.of(EntityType.TERRITORY)),
    controls(false, Set.of(EntityType.COUNTRY), Set.of(EntityType.TERRITORY)),
    cooperatesWith(true, Set.of(EntityType.COUNTRY), Set.of(EntityType.COUNTRY)),
    inConflictWith(true, Set.of(EntityType.COUNTRY), Set.of(EntityType.COUNTRY));

    private final boolean symmetric;
    private final Set<EntityType> domain;
    private final Set<EntityType> range;

    Relation(boolean symmetric, Set<EntityType> domain, Set<EntityType> range) {
        this.symmetric = symmetric;
        this.domain = domain;
        this.range = range;
    }

    public String iri() { return DG.NS + name(); }

    public boolean symmetric() { return symmetric; }

    public Set<EntityType> domain() { return domain; }

    public Set<EntityType> range() { return range; }

    /** True when the relation is between states, so a leader acting for a state stands for it. */
    public boolean betweenStates() { return domain.equals(Set.of(EntityType.COUNTRY)); }

    public static Relation parse(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown relation '" + name + "'; expected one of "
                    + java.util.Arrays.toString(values()));
        }
    }
}
