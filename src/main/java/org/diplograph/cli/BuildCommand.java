package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diplograph.article.ArticleFiles;
import org.diplograph.article.TextArticleReader;
import org.diplograph.graph.ExtractionWriter;
import org.diplograph.graph.ToolVersion;
import org.diplograph.pipeline.Extraction;
import org.diplograph.pipeline.ParallelExtraction;
import org.diplograph.relation.Fact;
import org.diplograph.relation.Relation;
import org.diplograph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extract articles into a TDB2 store: one named graph per article, written in one transaction",
                "each (an article is stored whole or not at all; re-building an article replaces it), plus the",
                "reference knowledge in its own graph. Prints progress and a summary."},
        footer = {"%nExamples:", "  diplograph build examples/articles",
                "  diplograph build --store /data/dg --threads 2 corpus.jsonl more/article.txt"})
final class BuildCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Mixin KnowledgeOptions knowledge;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-compact", description = "Skip compacting the store at the end (faster; the store keeps the space "
            + "every transaction used).")
    boolean noCompact;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (UTF-8 text), JSON Lines corpora (*.jsonl), or folders of them.")
    List<Path> inputs;

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            int code = build(store, inputs, threads, knowledge, spec.commandLine().getOut(), spec.commandLine().getErr());
            if (!noCompact) {
                long t = System.nanoTime();
                store.compact();
                spec.commandLine().getOut().printf("Compacted the store in %.1f s%n", (System.nanoTime() - t) / 1e9);
            }
            return code;
        }
    }

    /** Builds into an open store; shared with {@code serve PATH...}. */
    static int build(GraphStore store, List<Path> inputs, int threads, KnowledgeOptions knowledge,
                     PrintWriter out, PrintWriter err) {
        List<Path> files = ArticlePaths.expand(inputs);
        long total = ArticleFiles.count(files);
        long start = System.nanoTime();
        store.loadReference(knowledge.knowledge().reference());
        ExtractionWriter writer = new ExtractionWriter(ToolVersion.get());
        Map<Relation, Integer> factsThisRun = new EnumMap<>(Relation.class);
        int[] counts = new int[4]; // stored, refused, tokens, duplicates
        java.util.Set<String> seen = new java.util.HashSet<>();
        long[] lastReport = {System.nanoTime()};
        new ParallelExtraction(threads, knowledge::newExtractor)
                .run(ArticleFiles.inputs(files, new TextArticleReader()), o -> {
            if (!o.ok()) {
                counts[1]++;
                err.println("diplograph: skipped " + o.error());
            } else {
                Extraction x = o.extraction();
                if (!seen.add(x.article().sha256())) counts[3]++; // same text again: same graph, stored once
                store.put(x, writer);
                counts[0]++;
                counts[2] += x.timings().tokens();
                for (Fact f : x.facts()) factsThisRun.merge(f.relation(), 1, Integer::sum);
            }
            int done = counts[0] + counts[1];
            if (System.nanoTime() - lastReport[0] > 2_000_000_000L || done == total) {
                lastReport[0] = System.nanoTime();
                double secs = (System.nanoTime() - start) / 1e9;
                err.printf("progress: %d/%d articles (%.0f%%), %.1f articles/s%n", done, total,
                        100.0 * done / Math.max(total, 1), done / Math.max(secs, 1e-9));
            }
        });
        double secs = (System.nanoTime() - start) / 1e9;
        out.printf("Built %s: %d articles stored (%d of them repeats of an earlier text), %d refused, %,d tokens in %.1f s%n",
                store.dir(), counts[0], counts[3], counts[1], counts[2], secs);
        out.println("Store totals:");
        store.summary().forEach((k, v) -> out.printf("  %-18s %,d%n", k, v));
        out.println("Facts extracted in this run (per article):");
        for (Relation r : Relation.values()) out.printf("  %-18s %,d%n", r.name(), factsThisRun.getOrDefault(r, 0));
        out.flush();
        return counts[1] > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
}
