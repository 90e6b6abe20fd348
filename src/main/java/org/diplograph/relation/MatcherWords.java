package org.diplograph.relation;

import java.util.Map;
import java.util.Set;

/** The words the pattern matcher treats implicitly, from {@code ontology/rules/matcher-words.tsv}. */
public record MatcherWords(Set<String> determiners, Set<String> coordinators, Set<String> possessives,
                           Set<String> wholeGroups, Set<String> stateHeads,
                           Set<String> objectPrepositions, Set<String> jointMarkers,
                           Set<String> floatingQuantifiers, Set<String> conjunctFillers, Set<String> titleDeterminers,
                           Set<String> appositionOpeners, Set<String> agentMarkers, Set<String> possessivePronouns,
                           Set<String> locativePrepositions, Set<String> conditionalOpeners, Set<String> partitives,
                           Set<String> speechVerbs, Set<String> contentVerbs, Set<String> personPossessives,
                           Set<String> relativePronouns, Set<String> actingBodies,
                           Set<String> elaborationMarkers, Set<String> adjunctOpeners,
                           Set<String> captionPositions, Set<String> correlatives) {

    static MatcherWords of(Map<String, Set<String>> byKind) {
        for (String kind : byKind.keySet()) {
            if (!Set.of("determiner", "coordinator", "possessive", "whole-group", "state-head", "object-preposition", "joint-marker",
                    "floating-quantifier", "conjunct-filler", "title-determiner", "apposition-opener", "agent-marker", "possessive-pronoun",
                    "locative-preposition", "conditional-opener", "partitive", "speech-verb", "content-verb", "person-possessive", "relative-pronoun", "acting-body", "elaboration-marker", "adjunct-opener", "caption-position", "correlative").contains(kind)) {
                throw new IllegalArgumentException("unknown kind " + kind);
            }
        }
        return new MatcherWords(byKind.getOrDefault("determiner", Set.of()), byKind.getOrDefault("coordinator", Set.of()),
                byKind.getOrDefault("possessive", Set.of()), byKind.getOrDefault("whole-group", Set.of()),
                byKind.getOrDefault("state-head", Set.of()), byKind.getOrDefault("object-preposition", Set.of()),
                byKind.getOrDefault("joint-marker", Set.of()),
                byKind.getOrDefault("floating-quantifier", Set.of()), byKind.getOrDefault("conjunct-filler", Set.of()),
                byKind.getOrDefault("title-determiner", Set.of()), byKind.getOrDefault("apposition-opener", Set.of()),
                byKind.getOrDefault("agent-marker", Set.of()), byKind.getOrDefault("possessive-pronoun", Set.of()),
                byKind.getOrDefault("locative-preposition", Set.of()), byKind.getOrDefault("conditional-opener", Set.of()),
                byKind.getOrDefault("partitive", Set.of()), byKind.getOrDefault("speech-verb", Set.of()),
                byKind.getOrDefault("content-verb", Set.of()), byKind.getOrDefault("person-possessive", Set.of()),
                byKind.getOrDefault("relative-pronoun", Set.of()), byKind.getOrDefault("acting-body", Set.of()),
                byKind.getOrDefault("elaboration-marker", Set.of()), byKind.getOrDefault("adjunct-opener", Set.of()),
                byKind.getOrDefault("caption-position", Set.of()), byKind.getOrDefault("correlative", Set.of()));
    }
}
