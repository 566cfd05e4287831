package org.mandato.reporting;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Figures about many published reports at once (how many match a listing, when the latest of them
 * changed, how many each author has on a theme), kept for a moment: each costs a pass over every
 * matching report, and a busy listing asks for the same ones many times a second. Rules:
 * <ul>
 * <li>every write of a report ({@link #written()}) drops them all, once when it happens and again
 * when its transaction ends, so that no figure read meanwhile from uncommitted rows survives;</li>
 * <li>a transaction that writes reports never reads them from here;</li>
 * <li>another instance sharing the database sees a change at most {@code mandato.reports.summary-ttl}
 * (default one second; zero keeps none) plus the time to compute the figure again in the background; the reports
 * listed themselves are always read afresh.</li>
 * </ul>
 */
@Component
class ReportSummaries {

    private static final Logger log = LoggerFactory.getLogger(ReportSummaries.class);

    private static final int MAX_ENTRIES = 2_000;

    private record Entry(Object value, long generation, long at) {}

    private final long ttlNanos;
    private final AtomicLong generation = new AtomicLong();
    private final ReentrantLock[] loading = Stream
            .generate(ReentrantLock::new).limit(64).toArray(ReentrantLock[]::new);
    private final Set<Object> refreshing = ConcurrentHashMap.newKeySet();
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "listing-figures");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Object, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    ReportSummaries(@Value("${mandato.reports.summary-ttl:PT1S}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /**
     * The figure for {@code key} (a record naming the question), computed by {@code load} when not
     * fresh. A figure that only lapsed with time (no write since) is answered at once while one
     * background thread computes it again: at a million reports a count takes seconds, and the
     * request that happened to come first should not wait for it. A figure missing or dropped by a
     * write is computed by one of the threads asking for it while the others wait for its answer:
     * sixty-four requests computing it at once starved the connection pool.
     */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> load) {
        if (ttlNanos == 0 || TransactionSynchronizationManager.getResource(this) != null) {
            return load.get();
        }
        Entry known = current(key);
        if (known != null) {
            if (System.nanoTime() - known.at() >= ttlNanos && refreshing.add(key)) {
                try {
                    background.execute(() -> {
                        try {
                            compute(key, load);
                        } catch (RuntimeException e) {
                            log.warn("Could not compute a listing figure again ({}); the lapsed one is kept", e.toString());
                        } finally {
                            refreshing.remove(key);
                        }
                    });
                } catch (RejectedExecutionException shuttingDown) {
                    refreshing.remove(key);
                }
            }
            return (T) known.value();
        }
        ReentrantLock lock = loading[Math.floorMod(key.hashCode(), loading.length)];
        lock.lock();
        try {
            Entry again = current(key);
            if (again != null) {
                return (T) again.value();
            }
            return compute(key, load);
        } finally {
            lock.unlock();
        }
    }

    private <T> T compute(Object key, Supplier<T> load) {
        long before = generation.get();
        T value = load.get();
        // Fresh for the time-to-live after it was computed: a figure that takes seconds is not
        // computed again and again.
        long now = System.nanoTime();
        synchronized (entries) {
            if (generation.get() == before) {
                entries.put(key, new Entry(value, before, now));
            }
        }
        return value;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** The entry for the key if no report was written since it was computed, however old. */
    private Entry current(Object key) {
        synchronized (entries) {
            Entry entry = entries.get(key);
            return entry != null && entry.generation() == generation.get() ? entry : null;
        }
    }

    /** Called by every write of a report, inside the writing transaction. */
    void written() {
        generation.incrementAndGet();
        if (!TransactionSynchronizationManager.isSynchronizationActive() || TransactionSynchronizationManager.getResource(this) != null) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ReportSummaries.this);
                generation.incrementAndGet();
            }
        });
    }
}
