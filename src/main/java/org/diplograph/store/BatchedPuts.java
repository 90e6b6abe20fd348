package org.diplograph.store;

import org.diplograph.article.Article;
import org.diplograph.graph.ExtractionWriter;
import org.diplograph.pipeline.Extraction;

/**
 * Stores articles into a {@link GraphStore} a batch transaction at a time, committing after
 * {@link #MAX_ARTICLES} articles, {@link #MAX_CHARS} characters of text or {@link #MAX_NANOS},
 * whichever comes first. TDB2 copies the index blocks each transaction changes, so few
 * transactions keep the store and its mapped memory small and cost far less than one synced
 * commit per article; a crash loses at most the open batch. Each article is still stored whole
 * or not at all. Used by {@code build} and by {@code bench} mode (c), so both measure one path.
 * Not thread-safe: one writer thread.
 */
public final class BatchedPuts {
    public static final int MAX_ARTICLES = 256;
    public static final long MAX_CHARS = 4_000_000;
    public static final long MAX_NANOS = 10_000_000_000L;

    private final GraphStore store;
    private int articles;
    private long chars;
    private long batchStart;
    private long commitNanos;

    public BatchedPuts(GraphStore store) {
        this.store = store;
    }

    /** Stores one article (see {@link GraphStore#put(Article, Extraction, ExtractionWriter)}), opening a batch if none is open. */
    public GraphStore.Stored put(Article a, Extraction x, ExtractionWriter writer) {
        if (articles == 0) {
            store.beginBatch();
            batchStart = System.nanoTime();
        }
        GraphStore.Stored stored = store.put(a, x, writer);
        articles++;
        chars += a.text().length();
        if (articles >= MAX_ARTICLES || chars >= MAX_CHARS || System.nanoTime() - batchStart > MAX_NANOS) commit();
        return stored;
    }

    /** Commits the open batch, if any. */
    public void commit() {
        long t = System.nanoTime();
        store.commitBatch();
        commitNanos += System.nanoTime() - t;
        articles = 0;
        chars = 0;
    }

    /** Time spent committing so far (syncing the store's files to disk, mostly), for the benchmark. */
    public long commitNanos() { return commitNanos; }

    /** Abandons the open batch, if any: its articles are not stored, those committed before are. */
    public void abort() {
        store.abortBatch();
        articles = 0;
        chars = 0;
    }
}
