package org.diplograph.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one measured pass of the benchmark saw: one mode at one thread count over one input.
 * Stage times are summed over threads, so with several threads they exceed the wall time.
 * {@code taggedSentences} of the {@code sentences} were POS-tagged: all of them for the bare
 * tagger; for extraction only those a rule read a tag of. {@code cpuNanos} is the CPU time the
 * whole process used during the pass (0 if unknown); {@code jitNanos} the time the JIT compiler
 * threads spent compiling during the pass (summed over them; 0 if unknown): on a machine with
 * few cores, compiling competes with the worker threads.
 */
record BenchRun(Mode mode, int threads, long articles, long refused, long tokens, long wallNanos,
                Map<String, Long> stageNanos, long peakHeapBytes, long gcNanos, double loadAverage,
                long sentences, long taggedSentences, long cpuNanos, long jitNanos) {

    /** What is measured, from the floor up. */
    enum Mode {
        TAGGER("a", "tagger", "bare OpenNLP sentences+tokens+POS"),
        EXTRACT("b", "extract", "full extraction, facts in memory"),
        STORE("c", "store", "extraction + writing a TDB2 store");

        final String letter;
        final String optionName;
        final String description;

        Mode(String letter, String optionName, String description) {
            this.letter = letter;
            this.optionName = optionName;
            this.description = description;
        }

        static Mode named(String name) {
            for (Mode m : values()) {
                if (m.optionName.equalsIgnoreCase(name) || m.letter.equalsIgnoreCase(name)) return m;
            }
            throw new UserError("--modes: unknown mode " + name + " (use tagger, extract, store or a, b, c)",
                    ExitCodes.USAGE);
        }
    }

    BenchRun {
        stageNanos = new LinkedHashMap<>(stageNanos);
    }

    double seconds() { return wallNanos / 1e9; }

    double articlesPerSecond() { return articles / Math.max(seconds(), 1e-9); }

    double tokensPerSecond() { return tokens / Math.max(seconds(), 1e-9); }

    /** Articles per second of CPU time; 0 when the CPU time is unknown. */
    double articlesPerCpuSecond() { return cpuNanos <= 0 ? 0 : articles / (cpuNanos / 1e9); }

    long stageTotalNanos() { return stageNanos.values().stream().mapToLong(Long::longValue).sum(); }

    /** Share of each stage in the summed stage time, in percent, in stage order. */
    Map<String, Double> stageShares() {
        long total = Math.max(stageTotalNanos(), 1);
        Map<String, Double> out = new LinkedHashMap<>();
        stageNanos.forEach((k, v) -> out.put(k, 100.0 * v / total));
        return out;
    }
}
