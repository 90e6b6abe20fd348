package org.diplograph.graph;

import org.diplograph.vocab.DG;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.article.Article;
import org.diplograph.link.Entity;
import org.diplograph.pipeline.Extraction;
import org.diplograph.relation.Evidence;
import org.diplograph.relation.Fact;

/**
 * Turns one article's extraction into RDF quads in the article's named graph:
 * the article node, the entities with their labels, each fact as a direct triple, and for each
 * fact a statement node carrying its evidence (W3C Web Annotation selectors) and provenance (PROV-O).
 */
public final class ExtractionWriter {
    private final String toolVersion;

    public ExtractionWriter(String toolVersion) { this.toolVersion = toolVersion; }

    /** The IRI of the article and of its named graph: derived from the text's hash. */
    public static String articleIri(Article a) { return DG.ARTICLE_NS + a.shortHash(); }

    public String runIri() { return DG.RUN_NS + "diplograph-" + toolVersion; }

    public void write(Extraction x, StreamRDF out) {
        Article a = x.article();
        Node g = iri(articleIri(a));
        Node article = g;
        out.start();
        out.prefix("dg", DG.NS);
        out.prefix("schema", DG.SCHEMA);
        out.prefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        out.prefix("skos", "http://www.w3.org/2004/02/skos/core#");
        out.prefix("prov", DG.PROV);
        out.prefix("oa", DG.OA);
        Emitter e = new Emitter(out, g);

        e.add(article, DG.RDF_TYPE, iri(DG.SCHEMA_NEWS_ARTICLE));
        e.add(article, DG.SCHEMA_IDENTIFIER, lit(a.id()));
        a.titleIfKnown().ifPresent(t -> e.add(article, DG.SCHEMA_HEADLINE, lit(t)));
        a.dateIfKnown().ifPresent(d -> e.add(article, DG.SCHEMA_DATE_PUBLISHED,
                NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        e.add(article, DG.NS + "source", lit(a.source()));
        e.add(article, DG.sha256, lit(a.sha256()));
        e.add(article, DG.SCHEMA_TEXT, lit(a.text()));

        Node run = iri(runIri());
        e.add(run, DG.RDF_TYPE, iri(DG.ExtractionRun));
        e.add(run, DG.RDF_TYPE, iri(DG.PROV_ACTIVITY));
        e.add(run, DG.toolVersion, lit(toolVersion));

        List<Entity> entities = new ArrayList<>(x.entities());
        entities.sort(Comparator.comparing(Entity::iri));
        for (Entity en : entities) {
            Node n = iri(en.iri());
            for (var t : en.types()) e.add(n, DG.RDF_TYPE, iri(t.classIri()));
            // language-tagged like the reference labels, so the union graph holds one label, not two
            e.add(n, DG.RDFS_LABEL, en(en.label()));
            for (String alt : en.altLabels()) e.add(n, DG.SKOS_ALT_LABEL, en(alt));
        }

        for (Fact f : x.facts()) {
            Node s = iri(f.subject());
            Node p = iri(f.relation().iri());
            Node o = iri(f.object());
            e.add(s, p, o);
            String stmtIri = DG.STATEMENT_NS + a.shortHash() + "-" + hash(f.subject() + " " + f.relation() + " " + f.object());
            Node stmt = iri(stmtIri);
            e.add(stmt, DG.RDF_TYPE, iri(DG.Statement));
            e.add(stmt, DG.RDF_SUBJECT, s);
            e.add(stmt, DG.RDF_PREDICATE, p);
            e.add(stmt, DG.RDF_OBJECT, o);
            e.add(stmt, DG.confidence, dec(f.confidence()));
            e.add(stmt, DG.PROV_WAS_DERIVED_FROM, article);
            e.add(stmt, DG.PROV_WAS_GENERATED_BY, run);
            int i = 0;
            for (Evidence ev : f.evidence()) {
                Node evn = iri(stmtIri + "/evidence/" + (++i));
                e.add(stmt, DG.evidence, evn);
                e.add(evn, DG.RDF_TYPE, iri(DG.Evidence));
                e.add(evn, DG.OA_HAS_SOURCE, article);
                e.add(evn, DG.rule, lit(ev.rule()));
                e.add(evn, DG.confidence, dec(ev.confidence()));
                String text = a.text();
                e.add(evn, DG.subjectStart, integer(codePoints(text, ev.subjectBegin())));
                e.add(evn, DG.subjectEnd, integer(codePoints(text, ev.subjectEnd())));
                e.add(evn, DG.objectStart, integer(codePoints(text, ev.objectBegin())));
                e.add(evn, DG.objectEnd, integer(codePoints(text, ev.objectEnd())));
                Node pos = iri(evn.getURI() + "/position");
                e.add(evn, DG.OA_HAS_SELECTOR, pos);
                e.add(pos, DG.RDF_TYPE, iri(DG.OA_TEXT_POSITION_SELECTOR));
                e.add(pos, DG.OA_START, integer(codePoints(text, ev.sentenceBegin())));
                e.add(pos, DG.OA_END, integer(codePoints(text, ev.sentenceEnd())));
                Node quote = iri(evn.getURI() + "/quote");
                e.add(evn, DG.OA_HAS_SELECTOR, quote);
                e.add(quote, DG.RDF_TYPE, iri(DG.OA_TEXT_QUOTE_SELECTOR));
                e.add(quote, DG.OA_EXACT, lit(a.text().substring(ev.sentenceBegin(), ev.sentenceEnd())));
            }
        }
        out.finish();
    }

    private record Emitter(StreamRDF out, Node graph) {
        void add(Node s, String p, Node o) { out.quad(Quad.create(graph, s, iri(p), o)); }
        void add(Node s, Node p, Node o) { out.quad(Quad.create(graph, s, p, o)); }
    }

    /**
     * Offsets in the graph count Unicode code points, as the Web Annotation model, SPARQL's SUBSTR
     * and Python strings do, not Java's UTF-16 units.
     */
    static int codePoints(String text, int utf16Offset) { return text.codePointCount(0, utf16Offset); }

    static Node iri(String iri) { return NodeFactory.createURI(iri); }

    static Node lit(String s) { return NodeFactory.createLiteralString(s); }

    static Node en(String s) { return NodeFactory.createLiteralLang(s, "en"); }

    static Node integer(int i) { return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger); }

    static Node dec(double d) {
        return NodeFactory.createLiteralDT(String.format(java.util.Locale.ROOT, "%.2f", d), XSDDatatype.XSDdecimal);
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
