package org.diplograph.store;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.vocab.DG;
import org.diplograph.graph.ExtractionWriter;
import org.diplograph.pipeline.Extraction;

/**
 * The TDB2 store: one named graph per article, written in one transaction each (an article is
 * either all there or not at all), the reference knowledge in its own named graph, and a
 * default graph that queries see as the union of all named graphs.
 */
public final class GraphStore implements AutoCloseable {
    private final Dataset dataset;
    private final Path dir;

    private GraphStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    public static GraphStore open(Path dir) {
        return new GraphStore(dir, TDB2Factory.connectDataset(dir.toString()));
    }

    public Path dir() { return dir; }

    public Dataset dataset() { return dataset; }

    public DatasetGraph datasetGraph() { return dataset.asDatasetGraph(); }

    /** Replaces the reference graph with this model. */
    public void loadReference(Model reference) {
        Node g = NodeFactory.createURI(DG.REFERENCE_GRAPH);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.removeGraph(g);
            reference.getGraph().find().forEachRemaining(t -> dsg.add(new Quad(g, t)));
        });
    }

    /** True when an article with this graph IRI is already stored. */
    public boolean contains(String graphIri) {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().containsGraph(NodeFactory.createURI(graphIri)));
    }

    /** Writes one article's graph in one transaction, replacing any earlier version of it. */
    public void put(Extraction x, ExtractionWriter writer) {
        Node g = NodeFactory.createURI(ExtractionWriter.articleIri(x.article()));
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.removeGraph(g);
            StreamRDF sink = StreamRDFLib.dataset(dsg);
            writer.write(x, sink);
        });
    }

    /**
     * Rewrites the store without the space earlier transactions left behind (TDB2 grows with every
     * write transaction) and deletes the old generation.
     */
    public void compact() {
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    /** Runs a SELECT/ASK/CONSTRUCT/DESCRIBE query in a read transaction and hands the result to the consumer. */
    public <T> T read(java.util.function.Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    /** Counts for the build summary: articles, entities by type, facts by relation (over the article graphs). */
    public Map<String, Long> summary() {
        Map<String, Long> out = new LinkedHashMap<>();
        String prefix = "PREFIX dg: <" + DG.NS + "> PREFIX schema: <" + DG.SCHEMA + "> ";
        out.put("articles", count(prefix + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?a a schema:NewsArticle } }"));
        for (String t : new String[] {"Person", "Country", "DisputedTerritory"}) {
            out.put(t, count(prefix + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?a { ?a a schema:NewsArticle . ?e a dg:" + t + " } }"));
        }
        for (String r : new String[] {"leaderOf", "officialOf", "metWith", "visited", "claims", "controls",
                "cooperatesWith", "inConflictWith"}) {
            out.put(r, count(prefix + "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o WHERE { GRAPH ?a { ?a a schema:NewsArticle . ?s dg:" + r + " ?o } } }"));
        }
        return out;
    }

    private long count(String sparql) {
        Query q = QueryFactory.create(sparql);
        return read(() -> {
            try (QueryExecution qe = QueryExecution.create(q, dataset)) {
                ResultSet rs = qe.execSelect();
                return rs.hasNext() ? rs.next().getLiteral("n").getLong() : 0L;
            }
        });
    }


    @Override
    public void close() {
        // Release the directory lock so that another command (or test) can open the store.
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
