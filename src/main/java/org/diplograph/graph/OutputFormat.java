package org.diplograph.graph;

import java.io.OutputStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplograph.pipeline.Extraction;

/** The RDF syntaxes {@code extract} writes. Triple formats (ttl, nt) hold the article graph's triples. */
public enum OutputFormat {
    ttl(RDFFormat.TURTLE_PRETTY, false),
    nt(RDFFormat.NTRIPLES, false),
    nq(RDFFormat.NQUADS, true),
    trig(RDFFormat.TRIG_PRETTY, true),
    jsonld(RDFFormat.JSONLD11, true);

    private final RDFFormat format;
    private final boolean quads;

    OutputFormat(RDFFormat format, boolean quads) {
        this.format = format;
        this.quads = quads;
    }

    public String extension() { return name(); }

    public void write(Extraction x, ExtractionWriter writer, OutputStream out) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        writer.write(x, StreamRDFLib.dataset(dsg));
        if (quads) {
            RDFDataMgr.write(out, dsg, format);
        } else {
            RDFDataMgr.write(out, dsg.getGraph(NodeFactory.createURI(ExtractionWriter.articleIri(x.article()))), format);
        }
    }
}
