package org.diplograph.cli;

import org.diplograph.vocab.DG;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplograph.graph.GraphValidator;
import org.diplograph.knowledge.KnowledgeSource;
import org.diplograph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check extracted graphs against the SHACL shapes of ontology/shapes.ttl: every fact has a",
                "statement with evidence inside the article whose quote matches the text, every entity has one",
                "label and a type that fits its relations. Without FILEs, checks every article graph in the store."},
        footer = {"%nExamples:", "  diplograph validate", "  diplograph validate --store /data/dg",
                "  diplograph validate out/article.nq"})
final class ValidateCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "RDF files (.nq, .trig, .ttl, .nt, .jsonld) to check instead of the store.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        GraphValidator shapes = GraphValidator.load(KnowledgeSource.bundled());
        PrintWriter out = spec.commandLine().getOut();
        int violations = 0;
        int graphs = 0;
        if (files.isEmpty()) {
            try (GraphStore store = storeOptions.openExisting()) {
                List<String> names = store.read(() -> articleGraphs(store.datasetGraph()));
                for (String name : names) {
                    Graph g = store.read(() -> copy(store.datasetGraph().getGraph(org.apache.jena.graph.NodeFactory.createURI(name))));
                    violations += report(out, name, shapes, g);
                    graphs++;
                }
            }
        } else {
            for (Path f : files) {
                DatasetGraph dsg = DatasetGraphFactory.create();
                try {
                    RDFDataMgr.read(dsg, f.toString());
                } catch (RiotException e) {
                    throw new UserError(f + ": not readable RDF: " + e.getMessage(), ExitCodes.BAD_INPUT);
                }
                for (String name : articleGraphs(dsg)) {
                    violations += report(out, f + " " + name, shapes, dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(name)));
                    graphs++;
                }
                if (!dsg.getDefaultGraph().isEmpty()) {
                    violations += report(out, f.toString(), shapes, dsg.getDefaultGraph());
                    graphs++;
                }
            }
        }
        out.printf("%d graph(s) checked, %d violation(s)%n", graphs, violations);
        out.flush();
        return violations == 0 ? ExitCodes.OK : ExitCodes.INVALID;
    }

    private static List<String> articleGraphs(DatasetGraph dsg) {
        List<String> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(n -> {
            if (n.isURI() && n.getURI().startsWith(org.diplograph.vocab.DG.ARTICLE_NS)) names.add(n.getURI());
        });
        names.sort(null);
        return names;
    }

    private static Graph copy(Graph g) {
        Graph c = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        return c;
    }

    /** Validates one graph and prints its violations as "graph: focus path: message"; returns how many. */
    static int report(PrintWriter out, String name, GraphValidator shapes, Graph g) {
        List<String> violations = shapes.violations(g);
        for (String v : violations) out.println(name + ": " + v);
        return violations.size();
    }
}
