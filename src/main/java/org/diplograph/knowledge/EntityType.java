package org.diplograph.knowledge;

import org.diplograph.vocab.DG;

/** The three kinds of entity the graph is about. */
public enum EntityType {
    PERSON("Person"), COUNTRY("Country"), TERRITORY("DisputedTerritory");

    private final String localName;

    EntityType(String localName) { this.localName = localName; }

    /** The ontology class, e.g. {@code dg:Person}. */
    public String classIri() { return DG.NS + localName; }

    public String localName() { return localName; }
}
