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
 * (default one second) later; the reports listed themselves are always read afresh.</li>
 * </ul>
 */
@Component
class ReportSummaries {

    private static final int MAX_ENTRIES = 2_000;

    private record Entry(Object value, long generation, long at) {}

    private final long ttlNanos;
    private final AtomicLong generation = new AtomicLong();
    private final Map<Object, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    ReportSummaries(@Value("${mandato.reports.summary-ttl:PT1S}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** The figure for {@code key} (a record naming the question), computed by {@code load} when not fresh. */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> load) {
        if (TransactionSynchronizationManager.getResource(this) != null) {
            return load.get();
        }
        long now = System.nanoTime();
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry != null && entry.generation() == generation.get() && now - entry.at() < ttlNanos) {
                return (T) entry.value();
            }
        }
        long before = generation.get();
        T value = load.get();
        synchronized (entries) {
            if (generation.get() == before) {
                entries.put(key, new Entry(value, before, now));
            }
        }
        return value;
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
