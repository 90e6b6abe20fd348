package org.diplograph.relation;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.knowledge.KnowledgeSource;
import org.diplograph.knowledge.Tables;

/**
 * The words of {@code ontology/rules/reference-cues.tsv}, read once.
 *
 * @param byReading          the cue words of each reading: a claimant's claim, a controller's control, a
 *                           controller's assertion that the territory is its own
 * @param placePrepositions  prepositions that make a cue noun after them a place ("near Vietnamese territory")
 * @param conflictNouns      nouns of a conflict that may be named by its territory alone ("the dispute over Abu Musa")
 * @param conflictPrepositions  the prepositions that join such a noun to the territory ("over")
 * @param aspirations        lemmas of a vow or threat that make a control cue after them a goal, not a fact ("vowed to
 *                           restore control over the territory")
 */
public record ReferenceCues(Map<Reading, CueWords> byReading, Set<String> placePrepositions, Set<String> conflictNouns,
                            Set<String> conflictPrepositions, Set<String> aspirations) {
    private static final String PLACE_PREPOSITION = "place-preposition";
    private static final String CONFLICT_OVER = "conflict-over";
    private static final String ASPIRATION = "aspiration";

    /** What a cue says of a state the reference lists as a claimant or a controller of the territory. */
    public enum Reading {
        /** a claimant that does not control the territory claims it */
        CLAIMS("claims"),
        /** the controller controls it */
        CONTROLS("controls"),
        /** the controller claims it too when it says the territory is its own ("Dokdo is Korean territory") */
        CONTROLLER_CLAIMS("controller-claims");

        private final String row;

        Reading(String row) { this.row = row; }

        /** Its row in reference-cues.tsv, which is also the last part of its rule id ("reference-cue.controller-claims"). */
        public String row() { return row; }

        /** The relation the reading gives. */
        public Relation relation() { return this == CONTROLS ? Relation.controls : Relation.claims; }
    }

    /**
     * The cue lemmas of one reading.
     *
     * @param anywhere     lemmas that count anywhere in the window
     * @param beforeState  lemmas that count only with the state right after them ("part of Azerbaijan")
     * @param afterState   lemmas that count only with the state right before them ("Korean territory", "its territory")
     * @param all          the three together
     */
    public record CueWords(Set<String> anywhere, Set<String> beforeState, Set<String> afterState, Set<String> all) {
        static final CueWords NONE = of(Set.of(), Set.of(), Set.of());

        static CueWords of(Set<String> anywhere, Set<String> beforeState, Set<String> afterState) {
            Set<String> all = new HashSet<>(anywhere);
            all.addAll(beforeState);
            all.addAll(afterState);
            return new CueWords(anywhere, beforeState, afterState, Set.copyOf(all));
        }
    }

    static ReferenceCues load(KnowledgeSource source) throws IOException {
        Map<Reading, CueWords> byReading = new HashMap<>();
        Set<String> placePrepositions = new HashSet<>();
        Set<String> conflictNouns = new HashSet<>();
        Set<String> conflictPrepositions = new HashSet<>();
        Set<String> aspirations = new HashSet<>();
        for (Tables.Row row : Tables.read(source, "rules/reference-cues.tsv")) {
            if (row.cell(0).equals(PLACE_PREPOSITION)) {
                placePrepositions.addAll(words(row.cell(1)));
                continue;
            }
            if (row.cell(0).equals(ASPIRATION)) {
                aspirations.addAll(words(row.cell(1)));
                continue;
            }
            if (row.cell(0).equals(CONFLICT_OVER)) {
                conflictNouns.addAll(words(row.cell(1)));
                conflictPrepositions.addAll(words(row.cell(2)));
                continue;
            }
            Reading reading = null;
            for (Reading r : Reading.values()) if (r.row.equals(row.cell(0))) reading = r;
            if (reading == null) throw row.error("unknown row '" + row.cell(0) + "': expected claims, controls, controller-claims, " + PLACE_PREPOSITION + ", " + CONFLICT_OVER + " or " + ASPIRATION);
            if (byReading.containsKey(reading)) throw row.error(reading.row + " is listed twice");
            byReading.put(reading, CueWords.of(words(row.cell(1)), words(row.cell(2)), words(row.cell(3))));
        }
        return new ReferenceCues(Map.copyOf(byReading), Set.copyOf(placePrepositions), Set.copyOf(conflictNouns),
                Set.copyOf(conflictPrepositions), Set.copyOf(aspirations));
    }

    /** The cue words of a reading (none when the file has no row for it). */
    CueWords of(Reading r) { return byReading.getOrDefault(r, CueWords.NONE); }

    private static Set<String> words(String cell) {
        return cell.isBlank() ? Set.of() : Set.copyOf(List.of(cell.trim().split("\\s+")));
    }
}
