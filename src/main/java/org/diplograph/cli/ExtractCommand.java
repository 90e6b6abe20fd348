package org.diplograph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.article.ArticleSources;
import org.diplograph.graph.ExtractionWriter;
import org.diplograph.graph.OutputFormat;
import org.diplograph.graph.ToolVersion;
import org.diplograph.pipeline.Extraction;
import org.diplograph.pipeline.ParallelExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extract entities and facts from articles, without a store.",
                "One FILE without --output-dir: the RDF goes to standard output and nothing else does.",
                "With --output-dir: one file per article, named after it (ID.txt -> ID.nq)."},
        footer = {"%nExamples:",
                "  diplograph extract --format nq article.txt",
                "  diplograph extract --format ttl --output-dir out/ articles/"})
final class ExtractCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "nq", paramLabel = "FORMAT",
            description = "RDF syntax: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Write one output file per article into DIR.")
    Path outputDir;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads with --output-dir (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin KnowledgeOptions knowledge;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article text files (UTF-8), JSON Lines corpora (*.jsonl: id, title, date, source, text), or folders of them.")
    List<Path> inputs;

    /** One article's RDF: to standard output, or to its own file, never left half-written under its name. */
    private void write(Extraction x, ExtractionWriter writer) {
        if (outputDir == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            format.write(x, writer, buffer);
            PrintWriter out = spec.commandLine().getOut();
            out.print(buffer.toString(StandardCharsets.UTF_8));
            out.flush();
            return;
        }
        String name = x.article().id().replaceAll("[/\\\\:*?\"<>|]", "_");
        Path target = outputDir.resolve(name + "." + format.extension());
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                format.write(x, writer, out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserError(target + ": cannot write: " + e.getMessage(), ExitCodes.FAILURE);
        }
    }

    @Override
    public Integer call() throws IOException {
        ArticleSources files = ArticlePaths.expand(inputs);
        long articles = files.count();
        if (outputDir == null && articles > 1) {
            throw new UserError(articles + " articles given: use --output-dir to write one output per article",
                    ExitCodes.USAGE);
        }
        PrintWriter err = spec.commandLine().getErr();
        ExtractionWriter writer = new ExtractionWriter(ToolVersion.get());
        knowledge.knowledge();
        int threads = outputDir == null ? 1 : this.threads;
        if (outputDir != null) Files.createDirectories(outputDir);
        int[] refused = {0};
        new ParallelExtraction(threads, knowledge::newExtractor)
                .run(files.inputs(), o -> {
            if (!o.ok()) {
                refused[0]++;
                err.println("diplograph: " + o.error());
                return;
            }
            write(o.extraction(), writer);
        });
        if (outputDir != null) {
            err.printf("extracted %d of %d articles into %s%n", articles - refused[0], articles, outputDir);
        }
        return refused[0] > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
}
