package org.diplograph.relation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.diplograph.Fixtures;
import org.diplograph.TestKnowledge;
import org.diplograph.link.Entity;
import org.diplograph.link.LinkedArticle;
import org.diplograph.pipeline.Extractor;
import org.diplograph.pipeline.Knowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every relation rule (each frame of each relation, each hand-written pattern) is exercised by the
 * relation cases: it alone finds an expected fact in at least two sentences written for the tests,
 * and at least one case names it as a target while listing a fact it must not find (a negative).
 */
class RuleCoverageTest {
    static final int MIN_POSITIVES = 2;

    private static final Map<String, List<String>> positives = new TreeMap<>();
    private static final Map<String, List<String>> negatives = new TreeMap<>();
    private static final Map<String, List<String>> wrongTargets = new TreeMap<>();

    @BeforeAll
    static void runEveryRuleAloneOnEveryCase() {
        Knowledge k = TestKnowledge.get();
        Extractor extractor = TestKnowledge.extractor();
        TitleExtractor titles = new TitleExtractor(k.gazetteer(), k.rules().blockers(), k.lexicon(), k.rules().classes().getOrDefault("regime_noun", java.util.Set.of()), k.rules().matcherWords().elaborationMarkers());
        for (RelationRule r : k.rules().rules()) {
            positives.put(r.id(), new ArrayList<>());
            negatives.put(r.id(), new ArrayList<>());
        }
        for (RelationCases c : RelationCases.all()) {
            Extractor.Trace trace = extractor.trace(Fixtures.article(c.text()));
            LinkedArticle linked = trace.linked();
            Map<String, String> labels = new HashMap<>();
            for (Entity e : linked.entities().values()) labels.put(e.iri(), e.label());
            List<Fact> titleFacts = titles.extract(linked, List.of());
            for (RelationRule r : k.rules().rules()) {
                PatternExtractor alone = new PatternExtractor(k.rules().withRules(List.of(r)), k.gazetteer());
                Set<String> found = alone.extract(linked, titleFacts).stream().map(f -> readable(f, labels)).collect(Collectors.toSet());
                boolean fired = c.expected().stream().anyMatch(found::contains);
                if (fired) positives.get(r.id()).add(c.toString());
                if (c.targets().contains(r.id())) {
                    if (!c.forbidden().isEmpty()) negatives.get(r.id()).add(c.toString());
                    if (!c.expected().isEmpty() && !fired) wrongTargets.computeIfAbsent(r.id(), x -> new ArrayList<>()).add(c.toString());
                }
            }
            for (String t : c.targets()) {
                assertTrue(positives.containsKey(t), c + ": unknown target rule " + t);
            }
        }
    }

    private static String readable(Fact f, Map<String, String> labels) {
        String s = labels.getOrDefault(f.subject(), f.subject());
        String o = labels.getOrDefault(f.object(), f.object());
        if (f.relation().symmetric() && s.compareTo(o) > 0) {
            String t = s;
            s = o;
            o = t;
        }
        return f.relation().name() + "(" + s + ", " + o + ")";
    }

    @Test
    void everyRuleFiresOnAtLeastTwoCases() {
        List<String> weak = positives.entrySet().stream().filter(e -> e.getValue().size() < MIN_POSITIVES)
                .map(e -> e.getKey() + " (" + e.getValue().size() + ")").toList();
        assertTrue(weak.isEmpty(), weak.size() + " of " + positives.size() + " rules fire on fewer than "
                + MIN_POSITIVES + " cases: " + weak);
    }

    @Test
    void everyRuleHasANegativeCase() {
        List<String> none = negatives.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        assertTrue(none.isEmpty(), none.size() + " of " + negatives.size() + " rules have no negative case: " + none);
    }

    @Test
    void aCaseWrittenForARuleMakesItFire() {
        assertTrue(wrongTargets.isEmpty(), "cases whose target rule does not find an expected fact: " + wrongTargets);
    }
}
