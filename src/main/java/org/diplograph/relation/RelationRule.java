package org.diplograph.relation;

/**
 * One relation rule (a line of {@code ontology/rules/relations.tsv}, or a frame instantiated for a
 * relation): when {@code pattern} matches, {@code relation} holds, under the rule's {@code condition}.
 */
public record RelationRule(String id, Relation relation, double confidence, Pattern pattern, String source,
                           Condition condition) {

    /** What the fifth column of relations.tsv may ask of a match before it becomes a fact. */
    public enum Condition {
        /** Nothing more. */
        NONE(""),
        /**
         * Every person argument must act for a state (a title or a reference tenure): for weak cues such
         * as the place of a meeting, which in sport or business news names no visit.
         */
        STATE_PERSONS("state-persons"),
        /**
         * As {@link #STATE_PERSONS}, and the traveller's own state must be known (and is then not the
         * place): for the weakest cues of presence ("told reporters in Brussels", "laid a wreath in Kyiv"),
         * which a person at home states as often as a visitor.
         */
        FOREIGN_PERSONS("foreign-persons"),
        /**
         * The text ties a state to a territory without saying how ("the French island of Mayotte"): the
         * fact holds only when the reference lists the state as a claimant (claims) or controller
         * (controls) of the territory; the reference picks the relation, the article still states the tie.
         */
        AS_REFERENCE("as-reference");

        private final String column;

        Condition(String column) { this.column = column; }

        /** The condition a fifth-column value names, or null if none does. */
        static Condition named(String value) {
            for (Condition c : values()) if (c.column.equals(value)) return c;
            return null;
        }

        static String names() {
            StringBuilder out = new StringBuilder();
            for (Condition c : values()) if (c != NONE) out.append(out.length() == 0 ? "" : ", ").append(c.column);
            return out.toString();
        }
    }

    public RelationRule(String id, Relation relation, double confidence, Pattern pattern, String source) {
        this(id, relation, confidence, pattern, source, Condition.NONE);
    }

    public boolean statePersonsOnly() { return condition == Condition.STATE_PERSONS || condition == Condition.FOREIGN_PERSONS; }

    public boolean foreignPersonsOnly() { return condition == Condition.FOREIGN_PERSONS; }

    public boolean asReference() { return condition == Condition.AS_REFERENCE; }
}
