package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.diplograph.article.ArticleSources;
import org.diplograph.cli.BenchRun.Mode;
import org.diplograph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure speed side by side on the same articles, after a warm-up pass of each",
                "mode:",
                "  (a) tagger   bare OpenNLP sentences, tokens and POS tags (the floor),",
                "  (b) extract  full extraction, facts built in memory,",
                "  (c) store    the path of build into a fresh TDB2 store (deleted after): language",
                "               detection and extraction on the workers, writes in batch transactions",
                "               on the calling thread.",
                "For each: articles/s, tokens/s, stage shares, peak heap, GC time and the load",
                "average, and how many sentences were POS-tagged (extraction tags only those a",
                "rule reads a tag of); then the ratios b/a, c/b and N threads / 1 thread. Each",
                "PATH is measured and reported on its own.",
                "With --queries STORE, times queries over a store instead (median of 5 runs)."},
        footer = {"%nExamples:",
                "  diplograph bench --warmup 100 --limit 500 --threads 1,2 --repeat 3 bbc.jsonl",
                "  diplograph bench --modes extract --threads 2 corpus/",
                "  diplograph bench --queries diplograph-data README.md examples/queries"})
final class BenchCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin KnowledgeOptions knowledge;

    @Option(names = "--threads", paramLabel = "N", split = ",",
            description = "Worker threads; several counts are each measured (default: 1).")
    List<Integer> threads = List.of(1);

    @Option(names = "--tagger-threads", paramLabel = "N", split = ",",
            description = "Thread counts for (a) as well as those of --threads, e.g. 1,2 to see how the machine "
                    + "itself scales (default: none extra).")
    List<Integer> taggerThreads = List.of();

    @Option(names = "--modes", paramLabel = "MODE", split = ",",
            description = "What to measure: tagger, extract, store (or a, b, c; default: all three).")
    List<String> modes = List.of("tagger", "extract", "store");

    @Option(names = "--limit", paramLabel = "N", description = "Measure the first N articles of each PATH (default: all).")
    long limit = Long.MAX_VALUE;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Articles each mode processes first, unmeasured, so the JIT has compiled; then every mode goes "
                    + "on over the measured articles until the JIT compiler is quiet (see --warmup-max; default: ${DEFAULT-VALUE}).")
    int warmup = 100;

    @Option(names = "--warmup-max", paramLabel = "SECONDS",
            description = "How long the warm-up may go on while the JIT compiler is still busy: it compiles the methods "
                    + "called once per article only after thousands of articles, and on a machine with few cores it "
                    + "competes with the workers (0: one warm-up round only; default: ${DEFAULT-VALUE}).")
    double warmupMax = 180;

    @Option(names = "--repeat", paramLabel = "R",
            description = "Measure every mode R times, interleaved, and report the best and the median (default: ${DEFAULT-VALUE}).")
    int repeat = 1;

    @Option(names = "--passes",
            description = "Also print every measured pass in the order it ran (articles/s, CPU, GC and JIT compile time), "
                    + "to see whether the figures still move from one pass to the next.")
    boolean passesListed;

    @Option(names = "--queries", paramLabel = "STORE",
            description = "Time queries over this store instead; PATHs are then .rq files, folders of them, or Markdown "
                    + "files whose ```sparql blocks are run (default: examples/queries).")
    Path queryStore;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles, JSON Lines corpora or folders; each is reported on its own.")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (queryStore != null) return queries(out);
        if (inputs.isEmpty()) throw new UserError("bench needs at least one PATH of articles (or --queries STORE)", ExitCodes.USAGE);
        if (repeat < 1 || warmup < 0 || limit < 1 || warmupMax < 0) {
            throw new UserError("--repeat and --limit must be at least 1, --warmup and --warmup-max at least 0", ExitCodes.USAGE);
        }
        Set<Mode> selected = new TreeSet<>();
        for (String m : modes) selected.add(Mode.named(m.trim()));
        Set<Integer> counts = new TreeSet<>(threads);
        Set<Integer> taggerCounts = new TreeSet<>(counts);
        taggerCounts.addAll(taggerThreads);
        if (counts.stream().anyMatch(t -> t < 1) || taggerCounts.stream().anyMatch(t -> t < 1)) {
            throw new UserError("--threads: at least 1", ExitCodes.USAGE);
        }
        long loadStart = System.nanoTime();
        knowledge.knowledge();
        out.printf("bench: knowledge and models loaded in %.2f s; %d cores, max heap %,d MB; warm-up %d articles per mode;"
                        + " load average %.2f%n", (System.nanoTime() - loadStart) / 1e9, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, warmup, BenchPasses.loadAverage());
        out.flush();
        for (Path input : new LinkedHashSet<>(inputs)) {
            ArticleSources files = ArticlePaths.expand(List.of(input));
            BenchPasses passes = new BenchPasses(files, knowledge.knowledge(), knowledge::newExtractor);
            out.printf("%n%s: first %s articles%n", input, limit == Long.MAX_VALUE ? "all" : String.format("%,d", limit));
            out.flush();
            if (warmup > 0) {
                BenchPasses.WarmUp w = passes.warmUp(List.copyOf(selected), warmup, limit, warmupMax);
                out.printf("  warm-up: %d round%s of every mode, %,d articles in %.1f s, %s%n", w.rounds(),
                        w.rounds() == 1 ? "" : "s", w.articles(), w.seconds(),
                        w.settled() ? "until the JIT compiler was quiet"
                                : warmupMax > 0 ? "and the JIT compiler was still busy (see --warmup-max)" : "one round only");
                out.flush();
            }
            List<BenchRun> runs = new ArrayList<>();
            for (int r = 0; r < repeat; r++) {
                for (Mode m : selected) {
                    for (int t : m == Mode.TAGGER ? taggerCounts : counts) runs.add(passes.run(m, t, limit));
                }
            }
            if (passesListed) BenchReport.printPasses(runs, out);
            new BenchReport(runs).print(out);
            out.flush();
        }
        return ExitCodes.OK;
    }

    private int queries(PrintWriter out) {
        if (!Files.isDirectory(queryStore)) {
            throw new UserError("no store at " + queryStore + ": run 'diplograph build PATH...' first", ExitCodes.STORE);
        }
        List<Path> sources = inputs.isEmpty() ? List.of(Path.of("examples", "queries")) : inputs;
        for (Path p : sources) {
            if (!Files.exists(p)) throw new UserError(p + ": no such file or folder", ExitCodes.BAD_INPUT);
        }
        List<QueryBench.NamedQuery> all = QueryBench.load(sources);
        // a federated query (SERVICE) needs the network and --allow-service: it is not a latency of the store
        List<QueryBench.NamedQuery> queries = all.stream().filter(q -> !QueryBench.usesService(q)).toList();
        all.stream().filter(QueryBench::usesService)
                .forEach(q -> out.printf("skipped %s: it calls a remote SERVICE%n", q.name()));
        StoreOptions options = new StoreOptions();
        options.store = queryStore;
        try (GraphStore store = options.open()) {
            out.printf("bench --queries %s: %d queries, load average %.2f%n", queryStore, queries.size(), BenchPasses.loadAverage());
            QueryBench.print(QueryBench.measure(store, queries), out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
