package org.diplograph.relation;

/**
 * One relation rule (a line of {@code ontology/rules/relations.tsv}, or a frame instantiated for a
 * relation): when {@code pattern} matches, {@code relation} holds.
 *
 * @param statePersonsOnly every person argument must act for a state (a title or a reference
 *                         tenure): for weak cues such as the place of a meeting, which in sport or
 *                         business news names no visit
 */
public record RelationRule(String id, Relation relation, double confidence, Pattern pattern, String source,
                           boolean statePersonsOnly) {
}
