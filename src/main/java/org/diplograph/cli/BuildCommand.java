package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.diplograph.article.Article;
import org.diplograph.article.ArticleInput;
import org.diplograph.article.ArticleSources;
import org.diplograph.article.InvalidArticleException;
import org.diplograph.article.LanguageDetection;
import org.diplograph.graph.ExtractionWriter;
import org.diplograph.graph.ToolVersion;
import org.diplograph.pipeline.Extraction;
import org.diplograph.pipeline.Extractor;
import org.diplograph.pipeline.ParallelExtraction;
import org.diplograph.relation.Fact;
import org.diplograph.relation.Relation;
import org.diplograph.store.BatchedPuts;
import org.diplograph.store.GraphStore;
import org.diplograph.store.StoreWriteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extract articles into a TDB2 store: one named graph per article, named after the article's id",
                "(the JSON Lines \"id\", its \"url\", or the file's path relative to the folder given, without extension).",
                "Each article is stored whole or not at all (transactions of up to 256 articles, 4 MB or 10 s; a crash",
                "loses at most the last batch, which the next build redoes). Building again is incremental:",
                "an id whose text, headline and date are unchanged is skipped without extraction; an id with a new",
                "text replaces the earlier version and all its facts. Identical texts under several ids keep every",
                "id; their facts are stored once. Bad inputs (empty, binary, not UTF-8, too large, unreadable,",
                "missing) are reported one line each and the rest is built. Prints progress (a bar on a terminal,",
                "a line every 10 s otherwise) and a summary: new, changed, unchanged and refused inputs."},
        footer = {"%nInputs: *.txt (UTF-8, or UTF-16 with a byte order mark), *.html / *.htm (saved pages: main text,",
                "title and date from the usual meta tags), *.jsonl / *.ndjson (one {\"id\",\"title\",\"date\",\"url\",",
                "\"source\",\"text\"} object a line), *.json (one such object, or an array), the last two also *.gz;",
                "folders (recursively, following links); - for standard input (JSON Lines if it starts with '{').",
                "Articles not in English are stored (with schema:inLanguage) but not extracted.",
                "%nExamples:", "  diplograph build examples/articles",
                "  diplograph build --store /data/dg --threads 2 corpus.jsonl.gz more/article.txt",
                "  zcat feed.jsonl.gz | diplograph build -",
                "  diplograph build --reextract            (after editing ontology/: re-extract stale articles)"})
final class BuildCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Mixin KnowledgeOptions knowledge;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--reextract", description = {"Also re-extract unchanged articles that were extracted by another tool "
            + "version or with other knowledge (ontology/, --knowledge, --ner-model, --extractors). Without PATHs, "
            + "re-extracts every such article of the store from its stored text."})
    boolean reextract;

    @Option(names = "--no-compact", description = "Skip compacting the store at the end (faster; the store keeps the space "
            + "every transaction used).")
    boolean noCompact;

    @Option(names = {"-q", "--quiet"}, description = "Print no progress and no summary: only refused inputs and errors.")
    boolean quiet;

    @Option(names = "--debug", description = "Print the stack trace of a refused input or a failure.")
    boolean debug;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Article files, JSON Lines or JSON corpora, folders of them, "
            + "or - for standard input.")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        if (inputs.isEmpty() && !reextract) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name the articles to build (PATH...), "
                    + "or give --reextract to re-extract the store's stale articles");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (GraphStore store = inputs.isEmpty() ? storeOptions.openExisting() : storeOptions.open()) {
            Build build = new Build(store, knowledge, threads, reextract, quiet, debug, out, err);
            Counts counts = inputs.isEmpty() ? build.reextractStore() : build.run(ArticlePaths.expand(inputs));
            if (!noCompact && counts.wrote()) {
                long t = System.nanoTime();
                store.compact();
                if (!quiet) out.printf("Compacted the store in %.1f s%n", (System.nanoTime() - t) / 1e9);
            }
            out.flush();
            return counts.refused > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
        } catch (StoreWriteException e) {
            if (debug) e.printStackTrace(err);
            throw new UserError(e.getMessage() + "; the articles committed before it are kept", ExitCodes.STORE);
        } catch (UserError | picocli.CommandLine.ParameterException e) {
            throw e;
        } catch (RuntimeException e) {
            if (debug) e.printStackTrace(err);
            throw new UserError("build failed: " + e + (debug ? "" : " (--debug shows where)"), ExitCodes.FAILURE);
        }
    }

    /** Builds into an open store; shared with {@code serve PATH...}. */
    static int build(GraphStore store, List<Path> inputs, int threads, KnowledgeOptions knowledge,
                     PrintWriter out, PrintWriter err) {
        Counts c = new Build(store, knowledge, threads, false, false, false, out, err).run(ArticlePaths.expand(inputs));
        return c.refused > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    /** What happened to the inputs of one run. */
    static final class Counts {
        long added, changed, unchanged, refused, reextracted, notEnglish, sameText, stale, tokens;
        final Map<Relation, Integer> facts = new EnumMap<>(Relation.class);

        long done() { return added + changed + unchanged + refused + reextracted; }

        boolean wrote() { return added + changed + reextracted > 0; }
    }

    /** The outcome of one input, made on a worker thread and applied to the store in input order. */
    private record Outcome(String input, Article article, Extraction extraction, Kind kind, String error, boolean stale,
                           Throwable cause) {
        enum Kind { NEW, CHANGED, REEXTRACT, UNCHANGED, REFUSED }
    }

    /** One run of {@code build}: reads, skips what is unchanged, extracts the rest, stores, reports. */
    private static final class Build {
        private final GraphStore store;
        private final KnowledgeOptions knowledge;
        private final int threads;
        private final boolean reextract;
        private final boolean debug;
        private final PrintWriter out;
        private final PrintWriter err;
        private final Progress progress;
        private final String tool = ToolVersion.get();
        private final String knowledgeHash;
        private final ExtractionWriter writer;
        private final Counts counts = new Counts();
        /** The input each id of this run came from: a second input with the same id is refused. */
        private final Map<String, String> idsThisRun = new HashMap<>();
        private final boolean quiet;
        /** Articles are committed a batch at a time: see {@link BatchedPuts}. */
        private final BatchedPuts batches;

        Build(GraphStore store, KnowledgeOptions knowledge, int threads, boolean reextract, boolean quiet, boolean debug,
              PrintWriter out, PrintWriter err) {
            this.store = store;
            this.knowledge = knowledge;
            this.threads = threads;
            this.reextract = reextract;
            this.quiet = quiet;
            this.debug = debug;
            this.out = out;
            this.err = err;
            this.progress = new Progress(err, quiet);
            this.knowledgeHash = KnowledgeFingerprint.of(knowledge);
            this.writer = new ExtractionWriter(tool, knowledgeHash);
            this.batches = new BatchedPuts(store);
        }

        Counts run(ArticleSources sources) {
            return run(sources.inputs(), sources.count());
        }

        /** Re-extracts the stored articles extracted by another tool version or with other knowledge, from their stored text. */
        Counts reextractStore() {
            List<ArticleInput> stale = new ArrayList<>();
            for (GraphStore.StoredArticle s : store.storedArticles()) {
                if (s.current(tool, knowledgeHash) || !LanguageDetection.isEnglish(s.language())) continue;
                String id = s.id();
                stale.add(ArticleInput.of(id, () -> {
                    Article a = store.storedArticle(id);
                    if (a == null) throw new InvalidArticleException(id + ": no longer in the store");
                    return a;
                }));
            }
            return run(stale.iterator(), stale.size());
        }

        private Counts run(Iterator<ArticleInput> inputs, long total) {
            long start = System.nanoTime();
            if (!store.referenceIsCurrent(knowledgeHash)) store.loadReference(knowledge.knowledge().reference(), knowledgeHash);
            progress.start(total);
            try {
                new ParallelExtraction(threads, knowledge::newExtractor).map(inputs, this::work, this::apply);
                batches.commit();
            } finally {
                batches.abort(); // after a failure: the open batch is not stored, the ones before are
            }
            progress.finish();
            if (!quiet) summary((System.nanoTime() - start) / 1e9);
            return counts;
        }

        /** On a worker thread: read, compare with the store, detect the language, extract when needed. */
        private Outcome work(ArticleInput input, Supplier<Extractor> extractor) {
            Article a;
            try {
                a = input.read();
            } catch (InvalidArticleException e) {
                return refused(input, e.getMessage(), e);
            } catch (RuntimeException e) {
                return refused(input, input.name() + ": cannot read: " + e, e);
            }
            if (a.id().isBlank()) return refused(input, input.name() + ": the article has an empty id", null);
            GraphStore.StoredArticle before = store.stored(a.id());
            boolean same = before != null && before.sameAs(a);
            boolean current = before != null && before.current(tool, knowledgeHash);
            if (same && (current || !reextract || !LanguageDetection.isEnglish(before.language()))) {
                return new Outcome(input.name(), a, null, Outcome.Kind.UNCHANGED, null, !current, null);
            }
            Outcome.Kind kind = before == null ? Outcome.Kind.NEW : same ? Outcome.Kind.REEXTRACT : Outcome.Kind.CHANGED;
            a = a.withLanguage(LanguageDetection.detect(a.text()));
            if (!LanguageDetection.isEnglish(a.language())) return new Outcome(input.name(), a, null, kind, null, false, null);
            try {
                return new Outcome(input.name(), a, extractor.get().extract(a), kind, null, false, null);
            } catch (RuntimeException e) {
                return refused(input, input.name() + ": extraction failed: " + e, e);
            }
        }

        private static Outcome refused(ArticleInput input, String message, Throwable cause) {
            return new Outcome(input.name(), null, null, Outcome.Kind.REFUSED, message, false, cause);
        }

        /** On the calling thread, in input order: store the article and count. */
        private void apply(Outcome o) {
            if (o.kind() != Outcome.Kind.REFUSED) {
                String earlier = idsThisRun.putIfAbsent(o.article().id(), o.input());
                if (earlier != null) {
                    o = new Outcome(o.input(), null, null, Outcome.Kind.REFUSED, o.input() + ": the id \"" + o.article().id()
                            + "\" was already read from " + earlier + " in this run; ids must be unique", false, null);
                }
            }
            switch (o.kind()) {
                case REFUSED -> {
                    counts.refused++;
                    progress.message("diplograph: refused " + o.error());
                    if (debug && o.cause() != null) {
                        o.cause().printStackTrace(err);
                        err.flush();
                    }
                }
                case UNCHANGED -> {
                    counts.unchanged++;
                    if (o.stale()) counts.stale++;
                }
                default -> store(o);
            }
            progress.update(counts.done());
        }

        private void store(Outcome o) {
            Article a = o.article();
            GraphStore.Stored stored = batches.put(a, o.extraction(), writer);
            switch (o.kind()) {
                case NEW -> counts.added++;
                case CHANGED -> counts.changed++;
                default -> counts.reextracted++;
            }
            if (stored.sharesTextWith() != null) counts.sameText++;
            if (o.extraction() == null) {
                counts.notEnglish++;
                progress.message("diplograph: " + o.input() + ": in language \"" + a.language()
                        + "\", not English: stored without extraction");
                return;
            }
            counts.tokens += o.extraction().timings().tokens();
            if (stored.holdsFacts()) {
                for (Fact f : o.extraction().facts()) counts.facts.merge(f.relation(), 1, Integer::sum);
            }
        }

        private void summary(double secs) {
            Counts c = counts;
            out.printf("Built %s in %.1f s: %,d new, %,d changed, %,d unchanged, %,d refused%s%n", store.dir(), secs,
                    c.added, c.changed, c.unchanged, c.refused,
                    c.reextracted > 0 ? String.format(", %,d re-extracted", c.reextracted) : "");
            if (c.notEnglish > 0) out.printf("  %,d not in English: stored without extraction%n", c.notEnglish);
            if (c.sameText > 0) {
                out.printf("  %,d repeat the text of another id: each id keeps its metadata, the facts are stored once%n", c.sameText);
            }
            if (c.stale > 0 && !reextract) {
                out.printf("  %,d unchanged articles were extracted by another version or with other knowledge: "
                        + "'build --reextract' updates them%n", c.stale);
            }
            out.printf("  %,d tokens extracted, %.1f articles/s%n", c.tokens, c.done() / Math.max(secs, 1e-9));
            out.println("Store totals:");
            store.summary().forEach((k, v) -> out.printf("  %-18s %,d%n", k, v));
            out.println("Facts extracted in this run (per article):");
            for (Relation r : Relation.values()) out.printf("  %-18s %,d%n", r.name(), c.facts.getOrDefault(r, 0));
            out.flush();
        }
    }
}
