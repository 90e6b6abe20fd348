package org.diplograph.relation;

/**
 * One relation rule (a line of {@code ontology/rules/relations.tsv}, or a frame instantiated for a
 * relation): when {@code pattern} matches, {@code relation} holds.
 *
 * @param statePersonsOnly every person argument must act for a state (a title or a reference
 *                         tenure): for weak cues such as the place of a meeting, which in sport or
 *                         business news names no visit
 * @param asReference      the text ties a state to a territory without saying how ("the French
 *                         island of Mayotte"): the fact holds only when the reference lists the state
 *                         as a claimant (claims) or controller (controls) of the territory; the
 *                         reference picks the relation, the article still has to state the tie
 */
public record RelationRule(String id, Relation relation, double confidence, Pattern pattern, String source,
                           boolean statePersonsOnly, boolean asReference) {

    public RelationRule(String id, Relation relation, double confidence, Pattern pattern, String source,
                        boolean statePersonsOnly) {
        this(id, relation, confidence, pattern, source, statePersonsOnly, false);
    }
}
