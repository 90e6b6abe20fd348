package org.diplograph.knowledge;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words of {@code ontology/lexicon/territory-cues.tsv}: dispute cues ("disputed", "annexed"),
 * head nouns of place names ("islands", "enclave") and capitalised words that are no place name.
 */
public final class TerritoryCues {
    /** A head noun: the territory kind it suggests, and whether it stays in the name. */
    public record Head(String word, String kind, boolean keep) {}

    public static final TerritoryCues NONE = new TerritoryCues(Set.of(), Map.of(), Set.of());

    private final Set<String> cues;
    private final Map<String, Head> heads;
    private final Set<String> notNames;

    TerritoryCues(Set<String> cues, Map<String, Head> heads, Set<String> notNames) {
        this.cues = Set.copyOf(cues);
        this.heads = Map.copyOf(heads);
        this.notNames = Set.copyOf(notNames);
    }

    public static TerritoryCues load(KnowledgeSource source) throws IOException {
        Set<String> cues = new HashSet<>();
        Map<String, Head> heads = new HashMap<>();
        Set<String> notNames = new HashSet<>();
        for (Tables.Row row : Tables.read(source, "lexicon/territory-cues.tsv")) {
            switch (row.cell(0)) {
                case "cue" -> cues.add(row.cell(1));
                case "head" -> {
                    if (!row.cell(3).equals("keep") && !row.cell(3).equals("drop")) throw row.error("fourth column must be keep or drop");
                    heads.put(row.cell(1), new Head(row.cell(1), row.cell(2), row.cell(3).equals("keep")));
                }
                case "notname" -> notNames.add(row.cell(1));
                default -> throw row.error("kind must be cue, head or notname, not '" + row.cell(0) + "'");
            }
        }
        return new TerritoryCues(cues, heads, notNames);
    }

    /** True for a lower-case word form that signals a sovereignty dispute. */
    public boolean isCue(String lowerWord) { return cues.contains(lowerWord); }

    /** The head noun for a lower-case word, or null. */
    public Head head(String lowerWord) { return heads.get(lowerWord); }

    /** True for a capitalised word that names no place by itself ("Pacific", "Northern"). */
    public boolean isNotName(String word) { return notNames.contains(word); }
}
