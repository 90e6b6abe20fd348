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
 * @param byRelation         cue lemmas of claims and of controls, both columns
 * @param beforeState        cue lemmas that hold only with the state right after them ("part of Azerbaijan")
 * @param placePrepositions  prepositions that make a cue noun after them a place ("near Vietnamese territory")
 */
public record ReferenceCues(Map<Relation, Set<String>> byRelation, Set<String> beforeState, Set<String> placePrepositions) {
    private static final String PLACE_PREPOSITION = "place-preposition";

    static ReferenceCues load(KnowledgeSource source) throws IOException {
        Map<Relation, Set<String>> byRelation = new HashMap<>();
        Set<String> beforeState = new HashSet<>();
        Set<String> placePrepositions = new HashSet<>();
        for (Tables.Row row : Tables.read(source, "rules/reference-cues.tsv")) {
            if (row.cell(0).equals(PLACE_PREPOSITION)) {
                placePrepositions.addAll(words(row.cell(1)));
                continue;
            }
            Relation r;
            try {
                r = Relation.parse(row.cell(0));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            if (r != Relation.claims && r != Relation.controls) throw row.error("only claims and controls take reference cues: " + r);
            if (byRelation.containsKey(r)) throw row.error(r + " is listed twice");
            Set<String> lemmas = new HashSet<>(words(row.cell(1)));
            if (!row.cell(2).isBlank()) {
                lemmas.addAll(words(row.cell(2)));
                beforeState.addAll(words(row.cell(2)));
            }
            byRelation.put(r, Set.copyOf(lemmas));
        }
        return new ReferenceCues(Map.copyOf(byRelation), Set.copyOf(beforeState), Set.copyOf(placePrepositions));
    }

    /** The cue lemmas of a relation (none for relations other than claims and controls). */
    Set<String> of(Relation r) { return byRelation.getOrDefault(r, Set.of()); }

    private static List<String> words(String cell) { return List.of(cell.trim().split("\\s+")); }
}
