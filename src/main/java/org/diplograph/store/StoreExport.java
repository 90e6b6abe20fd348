package org.diplograph.store;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.vocab.DG;

/**
 * Writes the whole store to a stream as RDF or as a CSV table of facts. Every format is written
 * while the store is read, graph by graph or row by row, so memory does not grow with the store:
 * Turtle, TriG and N-Quads through RIOT's streaming writers, JSON-LD one named graph at a time
 * (each compacted with {@code ontology/context.jsonld}), CSV from a SPARQL query without ORDER BY.
 */
public final class StoreExport {
    /** What {@code export --format} accepts. */
    public enum Format {
        TTL, TRIG, NQ, JSONLD, CSV;

        public static Format parse(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name)) return f;
            }
            return null;
        }

        public String id() { return name().toLowerCase(Locale.ROOT); }
    }

    /** The columns of the CSV export, in order. */
    public static final String CSV_QUERY = """
            SELECT ?subject ?subject_label ?subject_wikidata ?relation ?object ?object_label ?object_wikidata
                   ?article ?article_iri ?date ?sentence ?sentence_start ?sentence_end
                   ?subject_start ?subject_end ?object_start ?object_end ?confidence ?rule
            WHERE {
              GRAPH ?article_iri {
                ?article_iri a schema:NewsArticle ; schema:identifier ?article .
                OPTIONAL { ?article_iri schema:datePublished ?date }
                ?st a dg:Statement ; rdf:subject ?subject ; rdf:predicate ?p ; rdf:object ?object ;
                    dg:confidence ?confidence ; dg:evidence ?ev .
                ?ev oa:hasSelector ?position , ?quote .
                ?position oa:start ?sentence_start ; oa:end ?sentence_end .
                ?quote oa:exact ?sentence .
                OPTIONAL { ?ev dg:rule ?rule }
                OPTIONAL { ?ev dg:subjectStart ?subject_start ; dg:subjectEnd ?subject_end }
                OPTIONAL { ?ev dg:objectStart ?object_start ; dg:objectEnd ?object_end }
                OPTIONAL { ?subject rdfs:label ?subject_label }
                OPTIONAL { ?object rdfs:label ?object_label }
              }
              OPTIONAL { GRAPH <%s> { ?subject owl:sameAs ?swd } }
              OPTIONAL { GRAPH <%s> { ?object owl:sameAs ?owd } }
              BIND(STRAFTER(STR(?p), "#") AS ?relation)
              BIND(STRAFTER(STR(?swd), STR(wd:)) AS ?subject_wikidata)
              BIND(STRAFTER(STR(?owd), STR(wd:)) AS ?object_wikidata)
            }
            """.formatted(DG.REFERENCE_GRAPH, DG.REFERENCE_GRAPH);

    private StoreExport() {}

    /** Writes the store in the format; returns the number of triples, quads or rows written. */
    public static long write(GraphStore store, Format format, OutputStream out) {
        return store.read(() -> switch (format) {
            case TTL -> rdf(store.datasetGraph(), RDFFormat.TURTLE_BLOCKS, out, true);
            case TRIG -> rdf(store.datasetGraph(), RDFFormat.TRIG_BLOCKS, out, false);
            case NQ -> rdf(store.datasetGraph(), RDFFormat.NQUADS, out, false);
            case JSONLD -> jsonLd(store.datasetGraph(), out);
            case CSV -> csv(store, out);
        });
    }

    private static long rdf(DatasetGraph dsg, RDFFormat format, OutputStream out, boolean union) {
        StreamRDF sink = StreamRDFWriter.getWriterStream(out, format, null);
        sink.start();
        Prefixes.STANDARD.forEach(sink::prefix);
        long n = 0;
        if (union) {
            // TDB2's union graph yields each triple once (duplicates across graphs are adjacent).
            Iterator<Triple> it = dsg.getUnionGraph().find();
            while (it.hasNext()) {
                sink.triple(it.next());
                n++;
            }
        } else {
            Iterator<Quad> it = dsg.find();
            while (it.hasNext()) {
                sink.quad(it.next());
                n++;
            }
        }
        sink.finish();
        return n;
    }

    /** The JSON-LD context bundled from {@code ontology/context.jsonld}. */
    public static JsonObject context() {
        try (InputStream in = StoreExport.class.getResourceAsStream("/ontology/context.jsonld")) {
            if (in == null) throw new IllegalStateException("ontology/context.jsonld is missing from the jar");
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One JSON-LD document: the context, then a {@code @graph} array with one named-graph object
     * per line, each produced and compacted alone so that only one graph is ever held in memory.
     */
    private static long jsonLd(DatasetGraph dsg, OutputStream out) {
        JsonObject context = context();
        JsonDocument contextDoc = JsonDocument.of(context);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        long n = 0;
        try {
            w.write("{\n\"@context\": " + context.get("@context") + ",\n\"@graph\": [");
            Iterator<Node> graphs = dsg.listGraphNodes();
            boolean first = true;
            while (graphs.hasNext()) {
                Node g = graphs.next();
                QuadsToJsonld consumer = JsonLd.fromRdf();
                consumer.mode(JsonLdVersion.V1_1);
                Iterator<Quad> quads = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
                while (quads.hasNext()) {
                    addQuad(consumer, quads.next());
                    n++;
                }
                JsonArray expanded = consumer.toJsonLd();
                JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), contextDoc).get();
                JsonObjectBuilder withoutContext = Json.createObjectBuilder(compacted).remove("@context");
                w.write(first ? "\n" : ",\n");
                w.write(withoutContext.build().toString());
                first = false;
            }
            w.write("\n]\n}\n");
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonLdError | RdfConsumerException e) {
            throw new IllegalStateException("cannot write JSON-LD: " + e.getMessage(), e);
        }
        return n;
    }

    private static void addQuad(QuadsToJsonld consumer, Quad q) throws RdfConsumerException {
        String s = resource(q.getSubject());
        String p = resource(q.getPredicate());
        String g = resource(q.getGraph());
        Node o = q.getObject();
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage().isEmpty() ? null : o.getLiteralLanguage();
            consumer.quad(s, p, o.getLiteralLexicalForm(), o.getLiteralDatatypeURI(), lang, null, g);
        } else {
            consumer.quad(s, p, resource(o), null, null, null, g);
        }
    }

    private static String resource(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }

    private static long csv(GraphStore store, OutputStream out) {
        Query q = QueryFactory.create(Prefixes.withStandardPrefixes(CSV_QUERY));
        try (QueryExecution qe = QueryExecution.create(q, store.dataset())) {
            RowSet rows = RowSet.adapt(qe.execSelect());
            ResultsWriter.create().lang(ResultSetLang.RS_CSV).write(out, rows);
            return rows.getRowNumber();
        }
    }
}
