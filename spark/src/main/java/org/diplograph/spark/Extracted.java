package org.diplograph.spark;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.diplograph.article.Article;
import org.diplograph.graph.ExtractionWriter;
import org.diplograph.graph.OutputFormat;
import org.diplograph.link.Entity;
import org.diplograph.pipeline.Extraction;
import org.diplograph.relation.Evidence;
import org.diplograph.relation.Fact;

/**
 * What the job keeps of one input: the article's N-Quads (exactly the bytes of
 * {@code diplograph extract --format nq}, written by the same code) and its facts as table rows;
 * or the input's refusal.
 */
record Extracted(String input, String articleId, String nquads, List<Row> facts, String refusal) implements Serializable {

    /** The Parquet table of facts: one row per fact and sentence stating it, offsets in code points as in the graph. */
    static final StructType FACTS = new StructType(new StructField[] {
        field("article_id", DataTypes.StringType, false),
        field("article_iri", DataTypes.StringType, false),
        field("date", DataTypes.DateType, true),
        field("subject", DataTypes.StringType, false),
        field("subject_label", DataTypes.StringType, true),
        field("subject_wikidata", DataTypes.StringType, true),
        field("relation", DataTypes.StringType, false),
        field("object", DataTypes.StringType, false),
        field("object_label", DataTypes.StringType, true),
        field("object_wikidata", DataTypes.StringType, true),
        field("confidence", DataTypes.DoubleType, false),
        field("evidence_confidence", DataTypes.DoubleType, false),
        field("rule", DataTypes.StringType, false),
        field("sentence", DataTypes.StringType, false),
        field("sentence_start", DataTypes.IntegerType, false),
        field("sentence_end", DataTypes.IntegerType, false),
        field("subject_start", DataTypes.IntegerType, false),
        field("subject_end", DataTypes.IntegerType, false),
        field("object_start", DataTypes.IntegerType, false),
        field("object_end", DataTypes.IntegerType, false),
    });

    /** The rejects table: the input (file, or file:line of a corpus) and why it was refused. */
    static final StructType REJECTS = new StructType(new StructField[] {
        field("input", DataTypes.StringType, false),
        field("reason", DataTypes.StringType, false),
    });

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    boolean ok() { return refusal == null; }

    static Extracted refused(String input, String reason) { return new Extracted(input, null, null, List.of(), reason); }

    /** Extracts one article with the calling thread's extractor. */
    static Extracted of(ArticleRecord r, ExtractionWriter writer) {
        if (r.isRefused()) return refused(r.input(), r.refusal());
        Article a = r.article();
        Extraction x;
        try {
            x = Extractors.get().extract(a);
        } catch (RuntimeException e) {
            return refused(r.input(), r.input() + ": extraction failed: " + e);
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        OutputFormat.nq.write(x, writer, buffer);
        String nq = buffer.toString(StandardCharsets.UTF_8);
        // the text output adds the line end after each record
        if (nq.endsWith("\n")) nq = nq.substring(0, nq.length() - 1);
        return new Extracted(r.input(), a.id(), nq, factRows(x), null);
    }

    private static List<Row> factRows(Extraction x) {
        Article a = x.article();
        String text = a.text();
        Map<String, String> labels = new HashMap<>();
        for (Entity e : x.entities()) labels.put(e.iri(), e.label());
        Map<String, String> wikidata = Extractors.wikidata();
        java.sql.Date date = a.date() == null ? null : java.sql.Date.valueOf(a.date());
        String iri = ExtractionWriter.articleIri(a);
        List<Row> rows = new ArrayList<>();
        for (Fact f : x.facts()) {
            String relation = f.relation().iri().substring(f.relation().iri().indexOf('#') + 1);
            for (Evidence ev : f.evidence()) {
                rows.add(RowFactory.create(a.id(), iri, date,
                        f.subject(), label(labels, f.subject()), wikidata.get(f.subject()),
                        relation,
                        f.object(), label(labels, f.object()), wikidata.get(f.object()),
                        twoDecimals(f.confidence()), twoDecimals(ev.confidence()), ev.rule(),
                        text.substring(ev.sentenceBegin(), ev.sentenceEnd()),
                        cp(text, ev.sentenceBegin()), cp(text, ev.sentenceEnd()),
                        cp(text, ev.subjectBegin()), cp(text, ev.subjectEnd()),
                        cp(text, ev.objectBegin()), cp(text, ev.objectEnd())));
            }
        }
        return rows;
    }

    private static String label(Map<String, String> labels, String iri) {
        String l = labels.get(iri);
        if (l != null) return l;
        var ref = Extractors.knowledge().gazetteer().entity(iri);
        return ref == null ? null : ref.label();
    }

    /** Code points, as the graph, SPARQL and Python count them (not Java's UTF-16 units). */
    private static int cp(String text, int utf16) { return text.codePointCount(0, utf16); }

    /** Rounded as the graph writes confidences (xsd:decimal with two places). */
    private static double twoDecimals(double d) { return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).doubleValue(); }
}
