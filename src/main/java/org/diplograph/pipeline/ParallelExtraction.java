package org.diplograph.pipeline;

import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.diplograph.article.Article;
import org.diplograph.article.ArticleInput;
import org.diplograph.article.InvalidArticleException;

/**
 * Reads and extracts articles on several worker threads, one {@link Extractor} per thread, and
 * hands each outcome to a consumer on the calling thread (which may write to a store). Only a
 * bounded number of articles are in flight, so a corpus of any size streams through.
 */
public final class ParallelExtraction {
    /** The result for one input: an extraction, or why it was refused. */
    public record Outcome(String input, Extraction extraction, String error) {
        public boolean ok() { return extraction != null; }
    }

    private final int threads;
    private final Supplier<Extractor> extractors;
    public ParallelExtraction(int threads, Supplier<Extractor> extractors) {
        this.threads = Math.max(1, threads);
        this.extractors = extractors;
    }

    public void run(Iterator<ArticleInput> inputs, Consumer<Outcome> consumer) {
        ThreadLocal<Extractor> local = ThreadLocal.withInitial(extractors);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extractor");
            t.setDaemon(true);
            return t;
        });
        try {
            ExecutorCompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
            Iterator<ArticleInput> next = inputs;
            int inFlight = 0;
            int maxInFlight = threads * 4;
            while (next.hasNext() || inFlight > 0) {
                while (next.hasNext() && inFlight < maxInFlight) {
                    ArticleInput input = next.next();
                    done.submit(() -> process(input, local.get()));
                    inFlight++;
                }
                Outcome o = take(done);
                inFlight--;
                consumer.accept(o);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Work done on a worker thread for one input; {@code extractor} gives the thread's extractor, made on first use. */
    @FunctionalInterface
    public interface Work<R> {
        R apply(ArticleInput input, Supplier<Extractor> extractor);
    }

    /**
     * Runs {@code work} on every input on the worker threads and hands the results to the
     * consumer on the calling thread in input order (so what a run does and prints does not
     * depend on which worker finishes first). Extractors are only made when work asks for one.
     */
    public <R> void map(Iterator<ArticleInput> inputs, Work<R> work, Consumer<R> consumer) {
        ThreadLocal<Extractor> local = ThreadLocal.withInitial(extractors);
        Supplier<Extractor> perThread = local::get;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extractor");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.ArrayDeque<java.util.concurrent.Future<R>> inFlight = new java.util.ArrayDeque<>();
            int maxInFlight = threads * 4;
            while (inputs.hasNext() || !inFlight.isEmpty()) {
                while (inputs.hasNext() && inFlight.size() < maxInFlight) {
                    ArticleInput input = inputs.next();
                    inFlight.add(pool.submit(() -> work.apply(input, perThread)));
                }
                consumer.accept(get(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R get(java.util.concurrent.Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private Outcome process(ArticleInput input, Extractor extractor) {
        try {
            Article a = input.read();
            return new Outcome(input.name(), extractor.extract(a), null);
        } catch (InvalidArticleException e) {
            return new Outcome(input.name(), null, e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(input.name(), null, input.name() + ": extraction failed: " + e);
        }
    }

    /** The next finished task's result; a task's own exception or an interrupt becomes unchecked. */
    public static <T> T take(ExecutorCompletionService<T> done) {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
