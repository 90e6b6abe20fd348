package org.diplograph.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.TestKnowledge;
import org.diplograph.link.Slugs;
import org.diplograph.pipeline.Knowledge;
import org.junit.jupiter.api.Test;

/** Lints the knowledge files a researcher edits: they parse, keys are unique, ids are well formed. */
class KnowledgeFilesTest {
    private final Knowledge k = TestKnowledge.get();
    private final List<ReferenceEntity> entities = ReferenceLoader.entities(k.reference());

    @Test
    void referenceCoversTheStatesTerritoriesAndLeadersItPromises() {
        long countries = entities.stream().filter(e -> e.type() == EntityType.COUNTRY).count();
        long territories = entities.stream().filter(e -> e.type() == EntityType.TERRITORY).count();
        long persons = entities.stream().filter(e -> e.type() == EntityType.PERSON).count();
        assertTrue(countries >= 201, "193 UN members + 2 observers + Taiwan, Kosovo + 4 historical: " + countries);
        assertTrue(territories >= 100, "territories: " + territories);
        assertTrue(persons >= 300, "leaders: " + persons);
    }

    @Test
    void namesPointAtOneEntityOnly() {
        Map<String, String> owner = new HashMap<>();
        for (ReferenceEntity e : entities) {
            if (e.type() == EntityType.PERSON) continue;
            for (String n : e.names()) {
                String before = owner.put(n, e.iri());
                assertTrue(before == null || before.equals(e.iri()), n + " names both " + before + " and " + e.iri());
            }
        }
    }

    @Test
    void iriesFollowTheSlugRule() {
        for (ReferenceEntity e : entities) {
            if (e.type() == EntityType.COUNTRY) {
                assertTrue(e.iri().matches(".*/country/[A-Z]{3}"), e.iri());
            } else {
                String local = e.iri().substring(e.iri().lastIndexOf('/') + 1);
                assertEquals(Slugs.slug(e.label()), local, "IRI of " + e.label());
            }
        }
    }

    @Test
    void territoryClaimantsAndLeaderCountriesAreKnownCountries() {
        Set<String> countries = new HashSet<>();
        for (ReferenceEntity e : entities) if (e.type() == EntityType.COUNTRY) countries.add(e.iri());
        for (ReferenceEntity e : entities) {
            for (String c : e.claimedBy()) assertTrue(countries.contains(c), e.label() + " claimed by unknown " + c);
            for (String c : e.controlledBy()) assertTrue(countries.contains(c), e.label() + " controlled by unknown " + c);
            for (Tenure t : e.tenures()) assertTrue(countries.contains(t.countryIri()), e.label() + " led unknown " + t);
        }
    }

    @Test
    void rulesAndWordListsLoadAndAreNotEmpty() throws Exception {
        assertFalse(k.rules().rules().isEmpty());
        Set<String> relations = new HashSet<>();
        for (var r : k.rules().rules()) relations.add(r.relation().name());
        // leaderOf and officialOf also come from titles; every other relation needs patterns
        for (String r : List.of("metWith", "visited", "claims", "controls", "cooperatesWith", "inConflictWith")) {
            assertTrue(relations.contains(r), "no pattern for " + r);
        }
        for (String f : List.of("titles.tsv", "not-names.tsv", "given-names.tsv", "name-particles.tsv", "anaphors.tsv",
                "state-bodies.tsv", "office-verbs.tsv", "institution-words.tsv", "title-modifiers.tsv")) {
            List<String> lines = Files.readAllLines(Path.of("ontology/lexicon", f));
            Set<String> seen = new HashSet<>();
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String key = line.split("\t")[0].toLowerCase(java.util.Locale.ROOT);
                if (!f.equals("not-names.tsv") && !f.equals("given-names.tsv")) {
                    assertTrue(seen.add(key), f + ": '" + key + "' twice");
                }
            }
        }
    }

    @Test
    void brokenRuleFilesFailWithFileAndLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        copy(Path.of("ontology"), dir);
        Files.writeString(dir.resolve("rules/relations.tsv"), "bad.rule\tmetWith\t0.9\tS:PER @nosuchclass O:PER\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> org.diplograph.relation.RelationRules.load(KnowledgeSource.folder(dir)));
        assertTrue(e.getMessage().contains("rules/relations.tsv:1") && e.getMessage().contains("nosuchclass"), e.getMessage());
    }

    static void copy(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
