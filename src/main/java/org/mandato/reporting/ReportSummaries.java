package org.mandato.reporting;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

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
 * (default one second) plus the time to compute the figure later; the reports listed themselves are
 * always read afresh.</li>
 * </ul>
 */
@Component
class ReportSummaries {

    private static final int MAX_ENTRIES = 2_000;

    private record Entry(Object value, long generation, long at) {}

    private final long ttlNanos;
    private final AtomicLong generation = new AtomicLong();
    private final java.util.concurrent.locks.ReentrantLock[] loading = java.util.stream.Stream
            .generate(java.util.concurrent.locks.ReentrantLock::new).limit(64).toArray(java.util.concurrent.locks.ReentrantLock[]::new);
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
     * fresh. One thread computes a figure while the others asking for it wait for its answer, or,
     * when the figure only lapsed with time (no write since), get the lapsed one meanwhile: at a
     * million reports a count takes seconds, and sixty-four requests computing it at once starved the
     * connection pool.
     */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> load) {
        if (TransactionSynchronizationManager.getResource(this) != null) {
            return load.get();
        }
        Entry known = current(key);
        if (known != null && System.nanoTime() - known.at() < ttlNanos) {
            return (T) known.value();
        }
        java.util.concurrent.locks.ReentrantLock lock = loading[Math.floorMod(key.hashCode(), loading.length)];
        if (known != null && !lock.tryLock()) {
            return (T) known.value();
        }
        if (known == null) {
            lock.lock();
        }
        try {
            Entry again = current(key);
            if (again != null && System.nanoTime() - again.at() < ttlNanos) {
                return (T) again.value();
            }
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
        } finally {
            lock.unlock();
        }
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
