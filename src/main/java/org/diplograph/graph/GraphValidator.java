package org.diplograph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.knowledge.KnowledgeSource;

/** Checks article graphs against the SHACL shapes of {@code ontology/shapes.ttl}. */
public final class GraphValidator {
    private final Shapes shapes;

    private GraphValidator(Shapes shapes) { this.shapes = shapes; }

    public static GraphValidator load(KnowledgeSource source) throws IOException {
        try (InputStream in = source.open("shapes.ttl")) {
            if (in == null) throw new IOException("shapes.ttl is missing from " + source.describe());
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new GraphValidator(Shapes.parse(g));
        }
    }

    /** The violations, one readable line each: "focus path: message". Empty when the graph conforms. */
    public List<String> violations(Graph graph) {
        return ShaclValidator.get().validate(shapes, graph).getEntries().stream()
                .map(GraphValidator::describe).toList();
    }

    private static String describe(ReportEntry e) {
        String path = e.resultPath() == null ? "" : " " + e.resultPath();
        return "<" + e.focusNode() + ">" + path + ": " + e.message();
    }
}
