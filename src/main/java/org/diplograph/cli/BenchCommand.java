package org.diplograph.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.article.ArticleSources;
import org.diplograph.article.ArticleInput;
import org.diplograph.pipeline.Extraction;
import org.diplograph.pipeline.ParallelExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure extraction speed (no store): articles and tokens per second, time per stage,",
                "how many sentences needed lemmas, and memory. A warm-up pass runs first so the JIT has compiled."},
        footer = {"%nExamples:", "  diplograph bench --threads 1 ../shared/corpus/bbc-news-2004-2005-01.jsonl",
                "  diplograph bench --limit 2000 --threads 2 corpus/"})
final class BenchCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin KnowledgeOptions knowledge;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: 1, the per-thread figure).")
    int threads = 1;

    @Option(names = "--limit", paramLabel = "N", description = "Measure at most N articles (default: all).")
    long limit = Long.MAX_VALUE;

    @Option(names = "--warmup", paramLabel = "N", description = "Articles extracted first and not measured (default: ${DEFAULT-VALUE}).")
    int warmup = 200;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles, JSON Lines corpora or folders.")
    List<Path> inputs;

    @Override
    public Integer call() {
        ArticleSources files = ArticlePaths.expand(inputs);
        PrintWriter out = spec.commandLine().getOut();
        long loadStart = System.nanoTime();
        knowledge.knowledge();
        double loadSecs = (System.nanoTime() - loadStart) / 1e9;
        ParallelExtraction pool = new ParallelExtraction(threads, knowledge::newExtractor);
        pool.run(limited(files.inputs(), warmup), o -> { });

        long[] sums = new long[8]; // nlp, mention, link, relation, tokens, sentences, lemmatized, articles
        int[] refused = {0};
        long start = System.nanoTime();
        pool.run(limited(files.inputs(), limit), o -> {
            if (!o.ok()) {
                refused[0]++;
                return;
            }
            Extraction.Timings t = o.extraction().timings();
            sums[0] += t.nlpNanos();
            sums[1] += t.mentionNanos();
            sums[2] += t.linkNanos();
            sums[3] += t.relationNanos();
            sums[4] += t.tokens();
            sums[5] += t.sentences();
            sums[6] += t.lemmatizedSentences();
            sums[7]++;
        });
        double wall = (System.nanoTime() - start) / 1e9;
        long stageTotal = sums[0] + sums[1] + sums[2] + sums[3];
        Runtime rt = Runtime.getRuntime();
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        out.printf("knowledge and models loaded in %.2f s; warm-up %d articles%n", loadSecs, warmup);
        out.printf("%,d articles (%d refused), %,d tokens, %,d sentences, %d thread(s), %.2f s wall%n",
                sums[7], refused[0], sums[4], sums[5], threads, wall);
        out.printf("throughput: %,.0f tokens/s, %,.1f articles/s (wall); %,.0f tokens per thread-second%n",
                sums[4] / wall, sums[7] / wall, sums[4] / (stageTotal / 1e9));
        String[] names = {"nlp (sentences, tokens, POS)", "mentions", "linking", "relations (incl. lemmas)"};
        for (int i = 0; i < 4; i++) {
            out.printf("  %-30s %8.2f s  %5.1f%%%n", names[i], sums[i] / 1e9, 100.0 * sums[i] / Math.max(stageTotal, 1));
        }
        out.printf("sentences lemmatized: %,d of %,d (%.1f%%)%n", sums[6], sums[5], 100.0 * sums[6] / Math.max(sums[5], 1));
        out.printf("heap: peak %,d MB, max %,d MB%n", peakHeap >> 20, rt.maxMemory() >> 20);
        out.flush();
        return ExitCodes.OK;
    }

    private static Iterator<ArticleInput> limited(Iterator<ArticleInput> it, long n) {
        return new Iterator<>() {
            long left = n;
            @Override public boolean hasNext() { return left > 0 && it.hasNext(); }
            @Override public ArticleInput next() { left--; return it.next(); }
        };
    }
}
