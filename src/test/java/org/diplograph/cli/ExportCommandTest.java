package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.ExampleStore;
import org.diplograph.vocab.DG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports the example store in every format and reads the files back. */
class ExportCommandTest {
    @TempDir static Path dir;
    static DatasetGraph reference;

    private static final Node KISHIDA = NodeFactory.createURI(DG.PERSON_NS + "fumio-kishida");
    private static final Node MET_WITH = NodeFactory.createURI(DG.metWith);
    private static final Node LAVROV = NodeFactory.createURI(DG.PERSON_NS + "sergei-lavrov");

    @BeforeAll
    static void exportNQuads() throws IOException {
        reference = RDFDataMgr.loadDatasetGraph(export("nq").toString());
    }

    private static Path export(String format) {
        Path file = dir.resolve("graph." + format);
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "export", "--store",
                ExampleStore.path().toString(), "--format", format, "--output", file.toString());
        assertEquals(0, code, err.toString());
        assertTrue(err.toString().startsWith("Exported "), err.toString());
        return file;
    }

    @Test
    void nQuadsHoldEveryArticleGraphAndTheReferenceGraph() {
        List<Node> graphs = new ArrayList<>();
        reference.listGraphNodes().forEachRemaining(graphs::add);
        assertEquals(5, graphs.size(), graphs.toString());
        assertTrue(graphs.contains(NodeFactory.createURI(DG.REFERENCE_GRAPH)));
        assertTrue(reference.contains(Node.ANY, KISHIDA, MET_WITH, LAVROV));
    }

    @Test
    void trigAndJsonLdCarryTheSameQuads() {
        for (String format : List.of("trig", "jsonld")) {
            DatasetGraph read = RDFDataMgr.loadDatasetGraph(export(format).toString());
            assertEquals(size(reference), size(read), format);
            Iterator<Node> graphs = reference.listGraphNodes();
            while (graphs.hasNext()) {
                Node g = graphs.next();
                assertTrue(read.getGraph(g).isIsomorphicWith(reference.getGraph(g)), format + ": graph " + g + " differs");
            }
        }
    }

    @Test
    void jsonLdUsesTheOntologyContext() throws IOException {
        String json = Files.readString(export("jsonld"));
        assertTrue(json.contains("\"metWith\":\"dgp:sergei-lavrov\""), json.substring(0, 2000));
        assertTrue(json.contains("\"label\":\"Fumio Kishida\""));
    }

    @Test
    void turtleIsTheUnionOfAllGraphsWithoutRepeats() {
        Graph union = RDFDataMgr.loadGraph(export("ttl").toString());
        assertTrue(union.contains(KISHIDA, MET_WITH, LAVROV));
        long distinct = reference.stream().map(Quad::asTriple).distinct().count();
        assertEquals(distinct, union.size());
        assertTrue(union.contains(Triple.create(KISHIDA, NodeFactory.createURI(DG.RDFS_LABEL), Node.ANY)));
    }

    @Test
    void csvHasOneRowPerFactAndEvidenceSentence() throws IOException {
        List<Map<String, String>> rows = Csv.read(Files.readString(export("csv")));
        long evidence = reference.stream().filter(q -> q.getPredicate().getURI().equals(DG.evidence)).count();
        assertEquals(evidence, rows.size());
        Map<String, String> met = rows.stream().filter(r -> r.get("relation").equals("metWith")
                && r.get("subject_label").equals("Fumio Kishida")).findFirst().orElseThrow();
        assertEquals("Sergei Lavrov", met.get("object_label"));
        assertEquals("Q359480", met.get("subject_wikidata"), met.toString());
        assertEquals("kuril-talks-tokyo", met.get("article"));
        assertEquals("2024-03-12", met.get("date"));
        assertTrue(met.get("sentence").contains("met Russian Foreign Minister Sergei Lavrov"), met.toString());
        int start = Integer.parseInt(met.get("sentence_start"));
        int end = Integer.parseInt(met.get("sentence_end"));
        assertEquals(met.get("sentence").codePointCount(0, met.get("sentence").length()), end - start);
        assertFalse(met.get("confidence").isEmpty());
        assertTrue(rows.stream().filter(r -> r.get("relation").equals("inConflictWith")
                && r.get("article").equals("kashmir-summit")).count() == 3, "one row per evidence sentence");
    }

    @Test
    void unknownFormatAndMissingStoreAreOneLineErrors() {
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.USAGE, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "export",
                "--store", ExampleStore.path().toString(), "--format", "xml"));
        assertTrue(err.toString().contains("--format must be one of ttl, trig, nq, jsonld, csv"), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(ExitCodes.STORE, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err2), "export",
                "--store", dir.resolve("none").toString(), "--format", "nq", "--output", dir.resolve("x.nq").toString()));
        assertFalse(Files.exists(dir.resolve("x.nq")));
    }

    private static long size(DatasetGraph dsg) {
        return dsg.stream().count();
    }

    /** A small RFC 4180 reader: quoted fields may hold commas, quotes and line breaks. */
    static final class Csv {
        static List<Map<String, String>> read(String text) throws IOException {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            StringReader in = new StringReader(text);
            for (int c = in.read(); c != -1; c = in.read()) {
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int next = in.read();
                        if (next == '"') field.append('"');
                        else { quoted = false; if (next != -1) in.reset(); }
                    } else field.append((char) c);
                } else if (c == '"') quoted = true;
                else if (c == ',') { record.add(field.toString()); field.setLength(0); }
                else if (c == '\r') { /* part of CRLF */ }
                else if (c == '\n') { record.add(field.toString()); field.setLength(0); records.add(record); record = new ArrayList<>(); }
                else field.append((char) c);
            }
            if (field.length() > 0 || !record.isEmpty()) { record.add(field.toString()); records.add(record); }
            List<String> header = records.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (List<String> r : records.subList(1, records.size())) {
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) row.put(header.get(i), i < r.size() ? r.get(i) : "");
                rows.add(row);
            }
            return rows;
        }
    }
}
