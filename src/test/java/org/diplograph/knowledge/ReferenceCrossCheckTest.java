package org.diplograph.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.diplograph.TestKnowledge;
import org.diplograph.vocab.DG;
import org.junit.jupiter.api.Test;

/**
 * Checks the project's reference knowledge against the public tables in ../shared/reference:
 * where both name the same entity, Wikidata ids and ISO codes must agree. Skipped (not failed)
 * where ../shared is absent, as in a user's fresh clone.
 */
class ReferenceCrossCheckTest {
    private static final Path SHARED = Path.of("..", "shared", "reference");

    private final Model reference = TestKnowledge.get().reference();

    private static void requireShared() {
        assumeTrue(Files.isDirectory(SHARED), "../shared/reference is absent: reference cross-check skipped");
    }

    @Test
    void countryCodesAndWikidataIdsAgree() throws IOException {
        requireShared();
        Map<String, Map<String, String>> byIso2 = new HashMap<>();
        for (Map<String, String> row : csv(SHARED.resolve("countries.csv"))) byIso2.put(row.get("iso_alpha2"), row);
        int compared = 0;
        List<String> errors = new ArrayList<>();
        for (Resource c : reference.listSubjectsWithProperty(reference.createProperty(DG.iso2)).toList()) {
            String iso2 = value(c, DG.iso2);
            Map<String, String> row = byIso2.get(iso2);
            if (row == null) continue;
            compared++;
            if (!row.get("iso_alpha3").equals(value(c, DG.iso3))) errors.add(iso2 + ": iso3 " + value(c, DG.iso3) + " vs " + row.get("iso_alpha3"));
            String qid = qid(c);
            String expected = row.get("wikidata_qid");
            if (qid != null && !qid.equals(expected) && !acceptable(row, qid)) errors.add(iso2 + ": " + qid + " vs " + expected);
        }
        assertEquals(List.of(), errors);
        assertTrue(compared >= 197, "compared " + compared);
    }

    /** Where the public sources disagree among themselves, any of their ids is accepted. */
    private static boolean acceptable(Map<String, String> row, String qid) {
        return row.get("qid_datasets_country_codes").equals(qid) || row.get("qid_dr5hn").equals(qid)
                || row.get("qid_owid_2022").equals(qid) || row.get("qid_wikidata_sovereign_state_query").equals(qid);
    }

    @Test
    void territoryWikidataIdsAgree() throws IOException {
        requireShared();
        Map<String, String> qidByName = new HashMap<>();
        for (Map<String, String> row : csv(SHARED.resolve("disputed-territories.csv"))) {
            if (!row.get("wikidata_qid").isEmpty()) qidByName.put(norm(row.get("territory")), row.get("wikidata_qid"));
        }
        for (Map<String, String> row : csv(SHARED.resolve("natural-earth-disputed-areas.csv"))) {
            if (!row.get("wikidata_qid").isEmpty()) qidByName.putIfAbsent(norm(row.get("name")), row.get("wikidata_qid"));
        }
        assertAgreement(DG.DisputedTerritory, qidByName, 15);
    }

    /**
     * Rows whose name is not one of ours, with the entity that covers them: a state part of which
     * another claims, a misspelling, a description rather than a name.
     */
    private static final Map<String, String> COVERED_BY = Map.of(
            "Belize", DG.TERRITORY_NS + "belizean-guatemalan-territorial-dispute",
            "Ilemi Triange", DG.TERRITORY_NS + "ilemi-triangle",
            "West of Essequibo River", DG.TERRITORY_NS + "guayana-esequiba",
            "Near Om Parvat", DG.TERRITORY_NS + "om-parvat",
            "Mainland China", DG.COUNTRY_NS + "CHN");

    /** Natural Earth's abbreviations, spelt out. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("Is.", "Islands", "I.", "Island", "S.", "South",
            "N.", "Northern", "W.", "Western", "Br.", "British", "Ter.", "Territory");

    @Test
    void everyTerritoryOfTheSharedTablesIsListed() throws IOException {
        requireShared();
        Set<String> names = new HashSet<>();
        for (ReferenceEntity e : ReferenceLoader.entities(reference)) {
            if (e.is(EntityType.TERRITORY)) for (String n : e.names()) names.add(norm(n));
        }
        List<String> rows = new ArrayList<>();
        for (Map<String, String> row : csv(SHARED.resolve("disputed-territories.csv"))) rows.add(row.get("territory"));
        for (Map<String, String> row : csv(SHARED.resolve("natural-earth-disputed-areas.csv"))) {
            StringBuilder all = new StringBuilder();
            for (String column : List.of("name", "name_en_ne5", "name_alt", "name_long")) {
                for (String n : row.get(column).split(",\\s*")) if (!n.isBlank()) all.append(all.length() > 0 ? "|" : "").append(n);
            }
            rows.add(all.toString());
        }
        List<String> missing = new ArrayList<>();
        for (String row : rows) {
            List<String> forms = List.of(row.split("\\|"));
            String target = forms.stream().map(COVERED_BY::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (target != null) {
                assertTrue(reference.containsResource(reference.createResource(target)), row + ": " + target + " is missing");
                continue;
            }
            boolean covered = false;
            for (String form : forms) for (String v : variants(form)) covered |= names.contains(norm(v));
            if (!covered) missing.add(row);
        }
        assertEquals(List.of(), missing, "territories of ../shared/reference missing from territories.ttl");
        assertTrue(rows.size() >= 330, "read only " + rows.size() + " rows");
    }

    /** "Dokdo/Takeshima" → both; "Bajo Nuevo Bank (Petrel Is.)" → "Bajo Nuevo Bank", "Petrel Islands"; "X dispute" → "X". */
    static List<String> variants(String name) {
        List<String> out = new ArrayList<>();
        for (String part : (name + "/" + name.replace("/", " ")).split("/")) {
            String p = part.strip().replaceAll(" dispute$", "");
            StringBuilder spelt = new StringBuilder();
            for (String w : p.split(" ")) spelt.append(spelt.length() > 0 ? " " : "").append(ABBREVIATIONS.getOrDefault(w, w));
            p = spelt.toString();
            out.add(p);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?)\\s*\\((.*)\\)$").matcher(p);
            if (m.matches()) {
                out.add(m.group(1));
                out.add(m.group(2));
                out.add(m.group(1) + " " + m.group(2));
            }
        }
        return out;
    }

    @Test
    void leaderWikidataIdsAgree() throws IOException {
        requireShared();
        Map<String, String> qidByName = new HashMap<>();
        for (Map<String, String> row : csv(SHARED.resolve("leaders-wikidata-2021-2024.csv"))) {
            qidByName.put(norm(row.get("officeholder_label")), row.get("officeholder_qid"));
        }
        assertAgreement(DG.Person, qidByName, 100);
    }

    private void assertAgreement(String classIri, Map<String, String> qidByName, int minCompared) {
        int compared = 0;
        List<String> errors = new ArrayList<>();
        for (Resource r : reference.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                reference.createResource(classIri)).toList()) {
            String qid = qid(r);
            if (qid == null) continue;
            String label = value(r, DG.RDFS_LABEL);
            String expected = qidByName.get(norm(label));
            if (expected == null) continue;
            compared++;
            if (!expected.equals(qid)) errors.add(label + ": " + qid + " vs " + expected);
        }
        assertEquals(List.of(), errors);
        assertTrue(compared >= minCompared, "compared only " + compared);
    }

    private String value(Resource r, String property) {
        var s = r.getProperty(reference.createProperty(property));
        return s == null ? null : s.getObject().asLiteral().getLexicalForm();
    }

    private String qid(Resource r) {
        for (RDFNode n : reference.listObjectsOfProperty(r, reference.createProperty(DG.OWL_SAME_AS)).toList()) {
            String uri = n.asResource().getURI();
            if (uri.startsWith("http://www.wikidata.org/entity/")) return uri.substring(uri.lastIndexOf('/') + 1);
        }
        return null;
    }

    static String norm(String s) {
        String a = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return a.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    /** A small RFC 4180 reader: header row, quoted cells with doubled quotes. */
    static List<Map<String, String>> csv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        String text = Files.readString(file);
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { cell.append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) { row.add(cell.toString()); rows.add(row); }
        List<String> header = rows.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.size(); i++) m.put(header.get(i), i < r.size() ? r.get(i) : "");
            out.add(m);
        }
        return out;
    }
}
