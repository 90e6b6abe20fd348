package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.diplograph.cli.BenchRun.Mode;

/**
 * Prints the benchmark's figures for one input: a table with one row per mode and thread count
 * (best and median over the repeats), the ratios between modes and thread counts, and the stage
 * shares. Ratios compare articles per second, since every mode reads the same articles while the
 * bare tagger's token count differs a little from the pipeline's.
 */
final class BenchReport {
    /** The runs of one mode at one thread count, over the repeats. */
    record Group(Mode mode, int threads, List<BenchRun> runs) {
        BenchRun best() { return runs.stream().max(Comparator.comparingDouble(BenchRun::articlesPerSecond)).orElseThrow(); }

        double medianArticlesPerSecond() { return median(runs.stream().mapToDouble(BenchRun::articlesPerSecond).toArray()); }

        double medianTokensPerSecond() { return median(runs.stream().mapToDouble(BenchRun::tokensPerSecond).toArray()); }

        double medianArticlesPerCpuSecond() { return median(runs.stream().mapToDouble(BenchRun::articlesPerCpuSecond).toArray()); }

        long peakHeapBytes() { return runs.stream().mapToLong(BenchRun::peakHeapBytes).max().orElse(0); }
    }

    private final List<Group> groups;

    BenchReport(List<BenchRun> runs) {
        Map<String, List<BenchRun>> byKey = new LinkedHashMap<>();
        runs.stream()
                .sorted(Comparator.comparing(BenchRun::mode).thenComparingInt(BenchRun::threads))
                .forEach(r -> byKey.computeIfAbsent(r.mode() + "/" + r.threads(), k -> new ArrayList<>()).add(r));
        groups = byKey.values().stream().map(l -> new Group(l.get(0).mode(), l.get(0).threads(), l)).toList();
    }

    List<Group> groups() { return groups; }

    Optional<Group> group(Mode mode, int threads) {
        return groups.stream().filter(g -> g.mode() == mode && g.threads() == threads).findFirst();
    }

    /** {@code numerator / denominator} in median articles per second, when both were measured. */
    Optional<Double> ratio(Mode numerator, int numeratorThreads, Mode denominator, int denominatorThreads) {
        Optional<Group> n = group(numerator, numeratorThreads);
        Optional<Group> d = group(denominator, denominatorThreads);
        if (n.isEmpty() || d.isEmpty()) return Optional.empty();
        return Optional.of(n.get().medianArticlesPerSecond() / Math.max(d.get().medianArticlesPerSecond(), 1e-9));
    }

    /**
     * {@code numerator / denominator} in median articles per CPU second (one thread each): less
     * sensitive than the wall time to other processes taking the cores. Empty when unknown.
     */
    Optional<Double> cpuRatio(Mode numerator, Mode denominator) {
        Optional<Group> n = group(numerator, 1);
        Optional<Group> d = group(denominator, 1);
        if (n.isEmpty() || d.isEmpty() || d.get().medianArticlesPerCpuSecond() <= 0) return Optional.empty();
        return Optional.of(n.get().medianArticlesPerCpuSecond() / d.get().medianArticlesPerCpuSecond());
    }

    void print(PrintWriter out) {
        int repeats = groups.stream().mapToInt(g -> g.runs().size()).max().orElse(1);
        String figure = repeats > 1 ? "best / median of " + repeats : "one run";
        out.printf("  %-42s %7s %17s %21s %17s %9s %6s %6s %5s%n", "mode (" + figure + ")", "threads", "articles/s",
                "tokens/s", "articles/CPU-s", "peak heap", "GC", "JIT", "load");
        for (Group g : groups) {
            BenchRun best = g.best();
            String articles = repeats > 1 ? String.format("%,.1f / %,.1f", best.articlesPerSecond(), g.medianArticlesPerSecond())
                    : String.format("%,.1f", best.articlesPerSecond());
            String tokens = repeats > 1 ? String.format("%,.0f / %,.0f", best.tokensPerSecond(), g.medianTokensPerSecond())
                    : String.format("%,.0f", best.tokensPerSecond());
            String perCpu = repeats > 1 ? String.format("%,.1f / %,.1f", g.runs().stream().mapToDouble(BenchRun::articlesPerCpuSecond)
                    .max().orElse(0), g.medianArticlesPerCpuSecond()) : String.format("%,.1f", best.articlesPerCpuSecond());
            out.printf("  %-42s %7d %17s %21s %17s %6d MB %5.1f%% %5.1f%% %5.1f%n", "(" + g.mode().letter + ") " + g.mode().description,
                    g.threads(), articles, tokens, perCpu, g.peakHeapBytes() >> 20,
                    100.0 * best.gcNanos() / Math.max(best.wallNanos(), 1),
                    100.0 * best.jitNanos() / Math.max(best.wallNanos(), 1), best.loadAverage());
        }
        List<String> ratios = new ArrayList<>();
        for (int t : threadCounts()) {
            ratio(Mode.EXTRACT, t, Mode.TAGGER, t).ifPresent(r -> ratios.add(String.format("b/a %.2f (%d thr)", r, t)));
            ratio(Mode.STORE, t, Mode.EXTRACT, t).ifPresent(r -> ratios.add(String.format("c/b %.2f (%d thr)", r, t)));
        }
        List<Integer> counts = threadCounts();
        for (Mode m : Mode.values()) {
            for (int t : counts) {
                if (t == 1) continue;
                ratio(m, t, m, 1).ifPresent(r -> ratios.add(String.format("%s %d thr/1 thr ×%.2f", m.letter, t, r)));
            }
        }
        if (!ratios.isEmpty()) out.println("  ratios (median articles/s): " + String.join(", ", ratios));
        List<String> cpuRatios = new ArrayList<>();
        cpuRatio(Mode.EXTRACT, Mode.TAGGER).ifPresent(r -> cpuRatios.add(String.format("b/a %.2f", r)));
        cpuRatio(Mode.STORE, Mode.EXTRACT).ifPresent(r -> cpuRatios.add(String.format("c/b %.2f", r)));
        if (!cpuRatios.isEmpty()) {
            out.println("  ratios at 1 thread in CPU time (median articles per CPU second): "
                    + String.join(", ", cpuRatios));
        }
        out.println("  stage shares (of the time summed over threads, best run):");
        for (Group g : groups) {
            BenchRun best = g.best();
            String shares = best.stageShares().entrySet().stream()
                    .map(e -> String.format("%s %.1f%%", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", "));
            out.printf("    (%s) %d thr: %s; %,d articles, %,d tokens in %.2f s%s; %s%n", g.mode().letter, g.threads(), shares,
                    best.articles(), best.tokens(), best.seconds(),
                    best.refused() > 0 ? ", " + best.refused() + " refused" : "", taggedShare(best));
        }
    }

    /** One line per pass, in the order they ran. */
    static void printPasses(List<BenchRun> runs, PrintWriter out) {
        out.println("  passes in the order they ran:");
        int n = 0;
        for (BenchRun r : runs) {
            out.printf("    %2d (%s) %d thr: %,.1f articles/s in %.2f s; CPU %.2f s, GC %.2f s, JIT %.2f s; load %.1f%n", ++n,
                    r.mode().letter, r.threads(), r.articlesPerSecond(), r.seconds(), r.cpuNanos() / 1e9, r.gcNanos() / 1e9,
                    r.jitNanos() / 1e9, r.loadAverage());
        }
    }

    /** "412 of 9,876 sentences POS-tagged (4.2 %)". */
    static String taggedShare(BenchRun run) {
        return String.format("%,d of %,d sentences POS-tagged (%.1f%%)", run.taggedSentences(), run.sentences(),
                100.0 * run.taggedSentences() / Math.max(run.sentences(), 1));
    }

    private List<Integer> threadCounts() {
        return groups.stream().map(Group::threads).distinct().sorted().toList();
    }

    static double median(double[] values) {
        if (values.length == 0) return 0;
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }
}
