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
    /** The article's language (ISO 639-1 code), as schema.org names it. */
    public static final String IN_LANGUAGE = DG.SCHEMA + "inLanguage";
    /** Hash of the knowledge files (and name models, extractors) an article was extracted with. */
    public static final String KNOWLEDGE_HASH = DG.NS + "knowledgeHash";
    public static final String SOURCE = DG.NS + "source";
    /** The tool version an article's graph was extracted by. */
    public static final String EXTRACTOR_VERSION = DG.NS + "extractorVersion";

    private final String toolVersion;
    private final String knowledgeHash;

    /** A writer for {@code extract}: the article's facts and metadata, without what a store keeps for rebuilding. */
    public ExtractionWriter(String toolVersion) { this(toolVersion, null); }

    /**
     * A writer for a store: each article also records the tool version and the hash of the
     * knowledge it was extracted with, so that {@code build --reextract} knows what is stale.
     */
    public ExtractionWriter(String toolVersion, String knowledgeHash) {
        this.toolVersion = toolVersion;
        this.knowledgeHash = knowledgeHash;
    }

    /**
     * The IRI of the article and of its named graph: derived from the article's id (its source
     * id), never from its text, so that an edited article replaces its earlier version.
     */
    public static String articleIri(Article a) { return articleIri(a.id()); }

    /** The article IRI of an id: unreserved characters kept, every other one percent-encoded (so no two ids share one). */
    public static String articleIri(String id) {
        StringBuilder out = new StringBuilder(DG.ARTICLE_NS);
        String[] segments = id.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) out.append('/');
            String seg = segments[i];
            if (seg.equals(".") || seg.equals("..")) {
                // dot segments would be collapsed by IRI normalisation
                for (byte b : seg.getBytes(StandardCharsets.UTF_8)) out.append(String.format("%%%02X", b & 0xFF));
                continue;
            }
            for (byte b : seg.getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xFF;
                boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || c == '-' || c == '.' || c == '_' || c == '~';
                if (unreserved) out.append((char) c);
                else out.append(String.format("%%%02X", c));
            }
        }
        return out.toString();
    }

    public String runIri() { return DG.RUN_NS + "diplograph-" + toolVersion; }

    public void write(Extraction x, StreamRDF out) {
        Article a = x.article();
        Node g = iri(articleIri(a));
        Node article = g;
        start(out);
        Emitter e = new Emitter(out, g);
        metadata(a, e);

        Node run = iri(runIri());
        e.add(run, DG.RDF_TYPE, iri(DG.ExtractionRun));
        e.add(run, DG.RDF_TYPE, iri(DG.PROV_ACTIVITY));
        e.add(run, DG.toolVersion, lit(toolVersion));

        List<Entity> entities = new ArrayList<>(x.entities());
        entities.sort(Comparator.comparing(Entity::iri));
        for (Entity en : entities) {
            Node n = iri(en.iri());
            for (String type : en.types().stream().map(t -> t.classIri()).sorted().toList()) e.add(n, DG.RDF_TYPE, iri(type));
            // language-tagged like the reference labels, so the union graph holds one label, not two
            e.add(n, DG.RDFS_LABEL, en(en.label()));
            // sorted, as the types: a set's own order may change from one JVM to the next, and the output must not
            for (String alt : new java.util.TreeSet<>(en.altLabels())) e.add(n, DG.SKOS_ALT_LABEL, en(alt));
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

    /**
     * An article stored without facts: one whose text is stored under another id already (the
     * facts are in that article's graph), or one not in English.
     */
    public void writeMetadata(Article a, StreamRDF out) {
        start(out);
        metadata(a, new Emitter(out, iri(articleIri(a))));
        out.finish();
    }

    private static void start(StreamRDF out) {
        out.start();
        out.prefix("dg", DG.NS);
        out.prefix("schema", DG.SCHEMA);
        out.prefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        out.prefix("skos", "http://www.w3.org/2004/02/skos/core#");
        out.prefix("prov", DG.PROV);
        out.prefix("oa", DG.OA);
    }

    private void metadata(Article a, Emitter e) {
        Node article = iri(articleIri(a));
        e.add(article, DG.RDF_TYPE, iri(DG.SCHEMA_NEWS_ARTICLE));
        e.add(article, DG.SCHEMA_IDENTIFIER, lit(a.id()));
        a.titleIfKnown().ifPresent(t -> e.add(article, DG.SCHEMA_HEADLINE, lit(t)));
        a.dateIfKnown().ifPresent(d -> e.add(article, DG.SCHEMA_DATE_PUBLISHED,
                NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        e.add(article, SOURCE, lit(a.source()));
        e.add(article, DG.sha256, lit(a.sha256()));
        a.languageIfKnown().ifPresent(l -> e.add(article, IN_LANGUAGE, lit(l)));
        if (knowledgeHash != null) {
            e.add(article, EXTRACTOR_VERSION, lit(toolVersion));
            e.add(article, KNOWLEDGE_HASH, lit(knowledgeHash));
        }
        e.add(article, DG.SCHEMA_TEXT, lit(a.text()));
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
