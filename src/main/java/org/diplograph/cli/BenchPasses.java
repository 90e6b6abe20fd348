package org.diplograph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.diplograph.article.Article;
import org.diplograph.article.ArticleSources;
import org.diplograph.article.LanguageDetection;
import org.diplograph.article.ArticleInput;
import org.diplograph.article.InvalidArticleException;
import org.diplograph.cli.BenchRun.Mode;
import org.diplograph.graph.ExtractionWriter;
import org.diplograph.graph.ToolVersion;
import org.diplograph.nlp.BareTagger;
import org.diplograph.pipeline.Extraction;
import org.diplograph.pipeline.Extractor;
import org.diplograph.pipeline.Knowledge;
import org.diplograph.pipeline.ParallelExtraction;
import org.diplograph.store.BatchedPuts;
import org.diplograph.store.GraphStore;

/**
 * One measured pass of each benchmark mode over the first {@code limit} articles of some files.
 * Every pass reads the articles from the files again, as {@code extract} and {@code build} do, so
 * reading costs the same in each mode. (b) takes the path of {@code extract}; (c) the path of
 * {@code build}: the same {@link ParallelExtraction#map}, language detection and
 * {@link BatchedPuts} (a few hundred articles a transaction, written on the calling thread while
 * the workers extract).
 */
final class BenchPasses {
    private final ArticleSources files;
    private final Knowledge knowledge;
    private final Supplier<Extractor> extractors;

    BenchPasses(ArticleSources files, Knowledge knowledge, Supplier<Extractor> extractors) {
        this.files = files;
        this.knowledge = knowledge;
        this.extractors = extractors;
    }

    BenchRun run(Mode mode, int threads, long limit) {
        return switch (mode) {
            case TAGGER -> tagger(threads, limit);
            case EXTRACT -> extract(threads, limit, false);
            case STORE -> extract(threads, limit, true);
        };
    }

    /** What the warm-up took; {@code settled} if the JIT compiler became quiet within the time allowed. */
    record WarmUp(int rounds, long articles, double seconds, boolean settled) {}

    /** Below this share of a round's wall time spent compiling, the JIT compiler counts as quiet. */
    static final double QUIET_JIT_SHARE = 0.05;
    /** Warm-up rounds after the first read at most this many articles per mode. */
    static final long MAX_ROUND_ARTICLES = 1_000;

    /**
     * Unmeasured rounds, each a pass of every mode at one thread, in the order the measured passes
     * run them: the first over {@code first} articles, then more over the measured articles (the
     * first {@code limit}, at most {@link #MAX_ROUND_ARTICLES}) while the JIT compiler spends over
     * {@link #QUIET_JIT_SHARE} of a round's time compiling, for at most {@code maxSeconds}. The
     * methods called once per article (the pipeline's stages) reach the compiler's thresholds
     * only after thousands of articles; until then each pass runs partly in slower code while
     * the compiler takes a core, and the modes' passes change each other's profiles (they share
     * OpenNLP's code), so they warm up together, on the articles they are measured on.
     */
    WarmUp warmUp(List<Mode> modes, long first, long limit, double maxSeconds) {
        long start = System.nanoTime();
        long done = 0;
        int rounds = 0;
        long articles = first;
        while (true) {
            double wall = 0;
            double jit = 0;
            long read = 0;
            for (Mode m : modes) {
                BenchRun r = run(m, 1, articles);
                wall += r.seconds();
                jit += r.jitNanos() / 1e9;
                read += r.articles() + r.refused();
            }
            rounds++;
            done += read;
            double elapsed = (System.nanoTime() - start) / 1e9;
            boolean quiet = jit <= QUIET_JIT_SHARE * wall;
            if (rounds > 1 && quiet) return new WarmUp(rounds, done, elapsed, true);
            if (elapsed >= maxSeconds || read == 0) return new WarmUp(rounds, done, elapsed, false);
            articles = Math.min(limit, MAX_ROUND_ARTICLES);
        }
    }

    private BenchRun tagger(int threads, long limit) {
        long[] sums = new long[7]; // sentence, token, pos nanos; tokens; articles; refused; sentences
        HeapWatch heap = HeapWatch.start();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        ThreadLocal<BareTagger> taggers = ThreadLocal.withInitial(() -> new BareTagger(knowledge.models()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-tagger");
            t.setDaemon(true);
            return t;
        });
        try {
            ExecutorCompletionService<BareTagger.Tagged> done = new ExecutorCompletionService<>(pool);
            Iterator<ArticleInput> next = inputs(limit);
            int inFlight = 0;
            while (next.hasNext() || inFlight > 0) {
                while (next.hasNext() && inFlight < threads * 4) {
                    ArticleInput input = next.next();
                    done.submit(() -> {
                        try {
                            return taggers.get().tag(input.read().text());
                        } catch (InvalidArticleException e) {
                            return null;
                        }
                    });
                    inFlight++;
                }
                BareTagger.Tagged t = ParallelExtraction.take(done);
                inFlight--;
                if (t == null) {
                    sums[5]++;
                    continue;
                }
                sums[0] += t.sentenceNanos();
                sums[1] += t.tokenNanos();
                sums[2] += t.posNanos();
                sums[3] += t.tokens();
                sums[4]++;
                sums[6] += t.sentences();
            }
        } finally {
            pool.shutdownNow();
        }
        long wall = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuStart;
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("sentences", sums[0]);
        stages.put("tokens", sums[1]);
        stages.put("POS", sums[2]);
        return new BenchRun(Mode.TAGGER, threads, sums[4], sums[5], sums[3], wall, stages, heap.peakBytes(),
                heap.gcNanos(), loadAverage(), sums[6], sums[6], cpu, heap.jitNanos());
    }

    private BenchRun extract(int threads, long limit, boolean store) {
        // nlp, mention, link, relation, write, language nanos; tokens; articles; refused; POS nanos;
        // sentences; tagged sentences; commit nanos (part of the write's)
        long[] sums = new long[13];
        Path dir = store ? tempStoreDir() : null;
        long wall;
        long cpu;
        long peakHeap;
        long gc;
        long jit;
        try (GraphStore graphStore = store ? GraphStore.open(dir) : null) {
            ExtractionWriter writer = new ExtractionWriter(ToolVersion.get());
            if (graphStore != null) graphStore.loadReference(knowledge.reference()); // once per store, not per article
            BatchedPuts batches = graphStore == null ? null : new BatchedPuts(graphStore);
            HeapWatch heap = HeapWatch.start();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            ParallelExtraction pool = new ParallelExtraction(threads, extractors);
            if (graphStore == null) {
                // the path of 'extract': outcomes in the order they finish
                pool.run(inputs(limit), o -> count(o.extraction(), sums));
            } else {
                // the path of 'build': on the workers, read, look the id up in the store, detect the
                // language, extract; on the calling thread, in input order, store a batch at a time
                try {
                    pool.map(inputs(limit), (input, extractor) -> buildWork(input, extractor, graphStore), w -> {
                        if (w.article() == null) {
                            sums[8]++;
                            return;
                        }
                        if (w.extraction() != null) count(w.extraction(), sums);
                        else sums[7]++; // not in English: stored without extraction, as build does
                        sums[5] += w.languageNanos();
                        long t = System.nanoTime();
                        batches.put(w.article(), w.extraction(), writer);
                        sums[4] += System.nanoTime() - t;
                    });
                    long t = System.nanoTime();
                    batches.commit();
                    sums[4] += System.nanoTime() - t;
                    sums[12] = batches.commitNanos();
                } finally {
                    batches.abort();
                }
            }
            wall = System.nanoTime() - start;
            cpu = processCpuNanos() - cpuStart;
            // read before the store closes: closing it collects the heap (TDB2 releases its mapped files)
            peakHeap = heap.peakBytes();
            gc = heap.gcNanos();
            jit = heap.jitNanos();
        } finally {
            if (dir != null) deleteTree(dir);
        }
        Map<String, Long> stages = new LinkedHashMap<>();
        if (store) stages.put("language", sums[5]);
        stages.put("sentences+tokens", sums[0]);
        stages.put("POS", sums[9]);
        stages.put("mentions", sums[1]);
        stages.put("linking", sums[2]);
        stages.put("relations", sums[3]);
        if (store) {
            stages.put("store write", sums[4] - sums[12]);
            stages.put("store commit", sums[12]);
        }
        return new BenchRun(store ? Mode.STORE : Mode.EXTRACT, threads, sums[7], sums[8], sums[6], wall, stages,
                peakHeap, gc, loadAverage(), sums[10], sums[11], cpu, jit);
    }

    /** Adds one extraction to the sums; a null one is a refused input. */
    private static void count(Extraction x, long[] sums) {
        if (x == null) {
            sums[8]++;
            return;
        }
        Extraction.Timings t = x.timings();
        sums[0] += t.nlpNanos();
        sums[1] += t.mentionNanos();
        sums[2] += t.linkNanos();
        sums[3] += t.relationNanos();
        sums[6] += t.tokens();
        sums[7]++;
        sums[9] += t.posNanos();
        sums[10] += t.sentences();
        sums[11] += t.taggedSentences();
    }

    /**
     * What a build worker made of one input: the article (null if refused), its extraction (null
     * if not in English) and the time language detection took.
     */
    private record BuildWork(Article article, Extraction extraction, long languageNanos) {}

    private static BuildWork buildWork(ArticleInput input, Supplier<Extractor> extractor, GraphStore store) {
        try {
            Article a = input.read();
            store.stored(a.id()); // build compares each input with the store first; the fresh store has none
            long t = System.nanoTime();
            a = a.withLanguage(LanguageDetection.detect(a.text()));
            long language = System.nanoTime() - t;
            if (!LanguageDetection.isEnglish(a.language())) return new BuildWork(a, null, language);
            return new BuildWork(a, extractor.get().extract(a), language);
        } catch (InvalidArticleException | RuntimeException e) {
            return new BuildWork(null, null, 0);
        }
    }

    private Iterator<ArticleInput> inputs(long limit) {
        Iterator<ArticleInput> it = files.inputs();
        return new Iterator<>() {
            long left = limit;
            @Override public boolean hasNext() { return left > 0 && it.hasNext(); }
            @Override public ArticleInput next() { left--; return it.next(); }
        };
    }

    /**
     * CPU time used by this process so far (all its threads, the collector's and the compiler's
     * included), or 0 where the JVM cannot tell. Unlike the wall time, it does not count the time
     * the process waits for a core while others run, though it still moves with them (shared
     * caches, and on a virtual machine time the host takes may be counted as the guest's).
     */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(os.getProcessCpuTime(), 0) : 0;
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static Path tempStoreDir() {
        try {
            return Files.createTempDirectory("diplograph-bench-store");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary store folder", e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary store " + dir, e);
        }
    }

    /**
     * Peak heap, GC and JIT compilation time over one pass. The heap is collected first and the
     * pools' peaks reset, so the figure is this pass's; it is the sum of each pool's peak (an upper
     * bound: the pools need not peak together), and it grows with -Xmx since the collector uses
     * room it is given.
     */
    record HeapWatch(long gcNanosAtStart, long jitNanosAtStart) {
        static HeapWatch start() {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            return new HeapWatch(totalGcNanos(), totalJitNanos());
        }

        long jitNanos() { return totalJitNanos() - jitNanosAtStart; }

        /** Time the JIT compiler threads have spent compiling so far (0 where the JVM cannot tell). */
        static long totalJitNanos() {
            CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() * 1_000_000L : 0;
        }

        long peakBytes() {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        }

        long gcNanos() { return totalGcNanos() - gcNanosAtStart; }

        private static long totalGcNanos() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum() * 1_000_000L;
        }
    }
}
