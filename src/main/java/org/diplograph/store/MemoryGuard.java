package org.diplograph.store;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the heap from running out while queries run. Threads that evaluate a query register
 * here; when the long-lived part of the heap passes a share of {@code -Xmx}, the query that has
 * run longest is cancelled by interrupting its thread (ARQ's iterators check the interrupt flag
 * and stop with {@code QueryCancelledException}). The row cap and the timeout bound most queries;
 * this catches the rest (a GROUP BY, DISTINCT or join that materialises a huge intermediate
 * result inside a sub-query) before they take the whole server down with them.
 */
public final class MemoryGuard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MemoryGuard.class);
    /** Share of the maximum heap above which the oldest query is cancelled. */
    public static final double DEFAULT_SHARE = 0.75;
    private static final long POLL_MILLIS = 100;
    /** After a cancellation, give the collector time to reclaim before judging again. */
    private static final long COOL_DOWN_MILLIS = 1_000;

    private final LongSupplier usedBytes;
    private final long limitBytes;
    private final Map<Thread, Long> running = new LinkedHashMap<>();
    /** Threads whose query this guard cancelled and that have not finished their request yet. */
    private final java.util.Set<Thread> cancelledThreads = new java.util.HashSet<>();
    private final Thread watcher;
    private volatile boolean closed;
    private volatile int cancelled;

    MemoryGuard(LongSupplier usedBytes, long limitBytes, boolean watch) {
        this.usedBytes = usedBytes;
        this.limitBytes = limitBytes;
        this.watcher = new Thread(this::watch, "diplograph-memory-guard");
        watcher.setDaemon(true);
        if (watch) watcher.start();
    }

    /** Watches this JVM's heap, cancelling when the old generation passes {@code share} of {@code -Xmx}. */
    public static MemoryGuard forHeap(double share) {
        long max = Runtime.getRuntime().maxMemory();
        return new MemoryGuard(MemoryGuard::longLivedHeapBytes, (long) (max * share), true);
    }

    /**
     * Bytes in the heap's old generation (where a growing result ends up), or the whole heap for
     * collectors that have no generations.
     */
    static long longLivedHeapBytes() {
        long old = 0;
        boolean found = false;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            String name = pool.getName();
            if (pool.getType() == MemoryType.HEAP && (name.contains("Old") || name.contains("Tenured"))) {
                old += pool.getUsage().getUsed();
                found = true;
            }
        }
        if (found) return old;
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Registers the current thread as evaluating a query until the returned handle is closed. */
    public Registration register() {
        Thread t = Thread.currentThread();
        synchronized (running) {
            running.put(t, System.nanoTime());
        }
        return new Registration(t);
    }

    /** True when the query of the current thread was cancelled by this guard. */
    public boolean cancelledCurrentQuery() {
        synchronized (running) {
            return cancelledThreads.contains(Thread.currentThread());
        }
    }

    /** How many queries this guard has cancelled. */
    public int cancelled() { return cancelled; }

    public long limitBytes() { return limitBytes; }

    /** One check: cancels the longest-running query when memory is above the limit. Returns true if it did. */
    boolean check() {
        long used = usedBytes.getAsLong();
        if (used <= limitBytes) return false;
        synchronized (running) {
            Map.Entry<Thread, Long> oldest = running.entrySet().stream()
                    .min(Comparator.comparingLong(Map.Entry::getValue)).orElse(null);
            if (oldest == null) return false;
            running.remove(oldest.getKey());
            cancelledThreads.add(oldest.getKey());
            oldest.getKey().interrupt();
            cancelled++;
            LOG.warn("Heap at {} MB of the {} MB allowed for results: cancelled the query that ran longest ({} s)",
                    used >> 20, limitBytes >> 20, (System.nanoTime() - oldest.getValue()) / 1_000_000_000L);
            return true;
        }
    }

    private void watch() {
        while (!closed) {
            try {
                Thread.sleep(check() ? COOL_DOWN_MILLIS : POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    List<Thread> runningThreads() {
        synchronized (running) {
            return new ArrayList<>(running.keySet());
        }
    }

    @Override
    public void close() {
        closed = true;
        watcher.interrupt();
    }

    /** A registered query thread; closing it deregisters and clears any interrupt meant for the query. */
    public final class Registration implements AutoCloseable {
        private final Thread thread;

        private Registration(Thread thread) { this.thread = thread; }

        @Override
        public void close() {
            synchronized (running) {
                running.remove(thread);
                cancelledThreads.remove(thread);
                // Under the lock, so no interrupt meant for this query can arrive after it is cleared
                // and hit whatever the pooled thread does next.
                if (thread == Thread.currentThread()) Thread.interrupted();
            }
        }
    }
}
