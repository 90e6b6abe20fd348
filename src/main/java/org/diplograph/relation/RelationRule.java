package org.diplograph.relation;

/** One line of {@code ontology/rules/relations.tsv}: when {@code pattern} matches, {@code relation} holds. */
public record RelationRule(String id, Relation relation, double confidence, Pattern pattern, String source) {
}
