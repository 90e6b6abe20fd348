package org.diplograph.relation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.knowledge.KnowledgeSource;
import org.diplograph.knowledge.Tables;
import org.diplograph.nlp.CheapLemmatizer;

/** The relation rules, their word classes, the cue words of the reference-cues extractor, the words that cancel a trigger (modality, negation) and clause boundaries. */
public record RelationRules(List<RelationRule> rules, Set<String> blockers, List<List<String>> blockerPhrases,
                            Set<String> blockersAfter, List<List<String>> blockerPhrasesAfter,
                            Set<String> clauseBoundaries, MatcherWords matcherWords,
                            Map<String, Set<String>> classes, CheapLemmatizer lemmatizer,
                            Map<String, Set<String>> classesOfLemma, Set<String> offTopicWords,
                            Map<Relation, Set<String>> relationBlockers, Set<String> auxiliaryBlockers,
                            ReferenceCues referenceCues) {

    public static RelationRules load(KnowledgeSource source) throws IOException {
        Map<String, Set<String>> classes = new HashMap<>();
        for (Tables.Row row : Tables.read(source, "rules/word-classes.tsv")) {
            String name = row.cell(0);
            if (!name.matches("[a-z_]+")) throw row.error("word class names are lower-case letters and _: " + name);
            if (classes.containsKey(name)) throw row.error("word class " + name + " is defined twice");
            List<String> words = List.of(row.cell(1).trim().split("\\s+"));
            if (new HashSet<>(words).size() != words.size()) throw row.error("word class " + name + " lists a word twice");
            classes.put(name, Set.copyOf(words));
        }
        try {
            FrameExpansion.triggerClasses(source, classes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rules/triggers.tsv: " + e.getMessage(), e);
        }
        Set<String> blockers = new HashSet<>();
        Set<String> auxiliaryBlockers = new HashSet<>();
        List<List<String>> blockerPhrases = new ArrayList<>();
        for (Tables.Row row : Tables.read(source, "rules/blockers.tsv")) {
            String[] words = row.cell(0).trim().split("\\s+");
            if (words.length == 1) blockers.add(words[0]);
            else blockerPhrases.add(List.of(words));
            if (row.cell(1).trim().equals("auxiliary")) auxiliaryBlockers.add(words[0]);
            else if (!row.cell(1).isBlank()) throw row.error("the second column may only say auxiliary");
        }
        // blockers of one relation only: "vowed to recapture Crimea" is no control yet, though "vowed to cooperate" is cooperation
        Map<Relation, Set<String>> relationBlockers = new java.util.EnumMap<>(Relation.class);
        for (Tables.Row row : Tables.read(source, "rules/relation-blockers.tsv")) {
            try {
                relationBlockers.computeIfAbsent(Relation.parse(row.cell(0)), r -> new HashSet<>())
                        .addAll(List.of(row.cell(1).trim().split("\\s+")));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        Set<String> blockersAfter = new HashSet<>();
        List<List<String>> blockerPhrasesAfter = new ArrayList<>();
        for (Tables.Row row : Tables.read(source, "rules/blockers-after.tsv")) {
            String[] words = row.cell(0).trim().split("\\s+");
            if (words.length == 1) blockersAfter.add(words[0]);
            else blockerPhrasesAfter.add(List.of(words));
        }
        Set<String> boundaries = new HashSet<>();
        for (Tables.Row row : Tables.read(source, "rules/clause-boundaries.tsv")) boundaries.add(row.cell(0));
        Map<String, Set<String>> words = new HashMap<>();
        for (Tables.Row row : Tables.read(source, "rules/matcher-words.tsv")) {
            words.put(row.cell(0), Set.of(row.cell(1).trim().split("\\s+")));
        }
        MatcherWords matcherWords;
        try {
            matcherWords = MatcherWords.of(words);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rules/matcher-words.tsv: " + e.getMessage(), e);
        }
        Set<String> offTopic = new HashSet<>();
        for (Tables.Row row : Tables.read(source, "rules/off-topic-words.tsv")) offTopic.add(row.cell(0));
        Map<String, String> irregular = new HashMap<>();
        for (Tables.Row row : Tables.read(source, "lexicon/irregular-forms.tsv")) irregular.put(row.cell(0), row.cell(1));
        List<RelationRule> rules = new ArrayList<>(FrameExpansion.rules(source, classes));
        Set<String> ids = new HashSet<>();
        for (RelationRule r : rules) ids.add(r.id());
        for (Tables.Row row : Tables.read(source, "rules/relations.tsv")) {
            String id = row.cell(0);
            if (!ids.add(id)) throw row.error("rule id " + id + " is used twice");
            try {
                rules.add(new RelationRule(id, Relation.parse(row.cell(1)), Double.parseDouble(row.cell(2)),
                        Pattern.parse(row.cell(3), classes), row.file() + ":" + row.line(), condition(row)));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        return new RelationRules(List.copyOf(rules), Set.copyOf(blockers), List.copyOf(blockerPhrases),
                Set.copyOf(blockersAfter), List.copyOf(blockerPhrasesAfter), Set.copyOf(boundaries), matcherWords, Map.copyOf(classes),
                new CheapLemmatizer(irregular), invert(classes), Set.copyOf(offTopic), Map.copyOf(relationBlockers),
                Set.copyOf(auxiliaryBlockers), ReferenceCues.load(source));
    }

    /** Whether the lower-cased word, or one of its cheap lemma candidates, is in the set. */
    boolean inLemmas(String lowerWord, Set<String> lemmas) {
        for (String candidate : lemmatizer.candidates(lowerWord)) if (lemmas.contains(candidate)) return true;
        return false;
    }

    /** Whether a word of rules/clause-boundaries.tsv stands in the sentence from token {@code from} up to {@code to}, exclusive. */
    boolean clauseBoundaryBetween(org.diplograph.nlp.Sentence s, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, s.size()); k++) {
            if (clauseBoundaries.contains(s.token(k).lower())) return true;
        }
        return false;
    }

    /** A word of rules/blockers.tsv; a modal of the auxiliary rows only where the tagger reads an auxiliary or verb. */
    boolean isBlocker(org.diplograph.nlp.Token tok) {
        if (!inLemmas(tok.lower(), blockers)) return false;
        return !auxiliaryBlockers.contains(tok.lower()) || tok.pos().startsWith("AUX") || tok.pos().startsWith("VERB");
    }

    /** lemma → the word classes that hold it, so that a sentence's classes are found in one pass. */
    private static Map<String, Set<String>> invert(Map<String, Set<String>> classes) {
        Map<String, Set<String>> out = new HashMap<>();
        classes.forEach((name, lemmas) -> lemmas.forEach(l -> out.computeIfAbsent(l, k -> new HashSet<>()).add(name)));
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }

    private static RelationRule.Condition condition(Tables.Row row) {
        RelationRule.Condition condition = RelationRule.Condition.named(row.cell(4).trim());
        if (condition != null) return condition;
        throw row.error("unknown condition '" + row.cell(4).trim() + "'; the fifth column may only say "
                + RelationRule.Condition.names());
    }

    /** The same knowledge with only the given rules: to see what one rule reads alone (tests, explain). */
    public RelationRules withRules(List<RelationRule> only) {
        return new RelationRules(List.copyOf(only), blockers, blockerPhrases, blockersAfter, blockerPhrasesAfter, clauseBoundaries, matcherWords, classes, lemmatizer,
                classesOfLemma, offTopicWords, relationBlockers, auxiliaryBlockers, referenceCues);
    }
}
