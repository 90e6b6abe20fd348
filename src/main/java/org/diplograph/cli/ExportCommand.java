package org.diplograph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.diplograph.store.GraphStore;
import org.diplograph.store.StoreExport;
import org.diplograph.store.StoreExport.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the whole store out, for people and tools that do not speak SPARQL.",
                "It is streamed: memory does not grow with the size of the store. Formats:",
                "  ttl     the union of all graphs as Turtle (which article said what is lost)",
                "  trig    every named graph (one per article, and the reference graph)",
                "  nq      every named graph as N-Quads",
                "  jsonld  every named graph as JSON-LD 1.1, compacted with the context",
                "          of ontology/context.jsonld",
                "  csv     one row per fact and evidence sentence: subject, relation, object,",
                "          their labels and Wikidata ids, article id and IRI, date, sentence,",
                "          offsets, confidence, rule"},
        footer = {"%nExamples:", "  diplograph export --format csv --output facts.csv",
                "  diplograph export --store data --format trig > graph.trig",
                "  diplograph export --format jsonld --output graph.jsonld"})
final class ExportCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "ttl, trig, nq, jsonld or csv.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to this file (replaced only once the export is complete) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Format f = Format.parse(format);
        if (f == null) {
            throw new UserError("--format must be one of " + Arrays.stream(Format.values()).map(Format::id)
                    .collect(Collectors.joining(", ")) + ", not " + format, ExitCodes.USAGE);
        }
        PrintWriter err = spec.commandLine().getErr();
        try (GraphStore store = storeOptions.openExisting()) {
            long n;
            if (output == null) {
                OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
                n = StoreExport.write(store, f, stdout);
                stdout.flush();
            } else {
                n = toFile(store, f);
            }
            err.println("Exported " + n + (f == Format.CSV ? " rows" : f == Format.TTL ? " triples" : " quads")
                    + " as " + f.id() + (output == null ? "" : " to " + output));
            err.flush();
        }
        return ExitCodes.OK;
    }

    /** Writes next to the target and moves it into place, so a failed export leaves no half-written file. */
    private long toFile(GraphStore store, Format f) throws IOException {
        Path target = output.toAbsolutePath();
        Path parent = target.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserError("cannot write " + output + ": the folder " + parent + " does not exist", ExitCodes.BAD_INPUT);
        }
        Path tmp = Files.createTempFile(parent, target.getFileName().toString(), ".part");
        try {
            long n;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                n = StoreExport.write(store, f, out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return n;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
