package org.mandato.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The catalogue as the pages read it, held in memory: it is small (a few thousand rows) and read
 * several times by every page and every imported report. Correctness rules:
 * <ul>
 * <li>a transaction that writes the catalogue ({@link #written()}) reads its own snapshot, reloaded
 * after each write, so that it sees its uncommitted rows and nobody else does;</li>
 * <li>when such a transaction ends (commit or rollback), the shared snapshot is dropped; a snapshot
 * that was being loaded meanwhile is not kept (the generation counter tells);</li>
 * <li>another instance sharing the database learns of a change by the age of its snapshot, at most
 * {@code mandato.catalog.cache-ttl} (default two seconds) later, the same order of delay as its
 * search index following the change log.</li>
 * </ul>
 */
@Component
class CatalogCache {

    /** One reading of the catalogue; paragraphs and sections are read per document on first use. */
    record Snapshot(List<Summit> summits, List<Document> documents, List<Theme> themes, List<Actor> institutions,
                    List<Actor> countries, Map<String, Theme> themesBySlug, Map<Long, Actor> actorsById,
                    Map<Long, List<Paragraph>> paragraphsByDocument, Map<Long, List<Section>> sectionsByDocument) {

        Snapshot(List<Summit> summits, List<Document> documents, List<Theme> themes, List<Actor> institutions,
                 List<Actor> countries) {
            this(List.copyOf(summits), List.copyOf(documents), List.copyOf(themes), List.copyOf(institutions),
                    List.copyOf(countries), themes.stream().collect(Collectors.toUnmodifiableMap(Theme::slug, Function.identity())),
                    java.util.stream.Stream.concat(institutions.stream(), countries.stream())
                            .collect(Collectors.toUnmodifiableMap(Actor::id, Function.identity())),
                    new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }

        List<Paragraph> paragraphs(long documentId, LongFunction<List<Paragraph>> load) {
            return paragraphsByDocument.computeIfAbsent(documentId, id -> List.copyOf(load.apply(id)));
        }

        List<Section> sections(long documentId, LongFunction<List<Section>> load) {
            return sectionsByDocument.computeIfAbsent(documentId, id -> List.copyOf(load.apply(id)));
        }
    }

    private record Timed(Snapshot snapshot, long generation, long loadedAt) {}

    /** The marker, bound to a transaction, of a transaction that wrote the catalogue. */
    private static final class Writing {
        Snapshot snapshot;
    }

    private final long ttlNanos;
    private final AtomicLong generation = new AtomicLong();
    private volatile Timed shared;

    CatalogCache(@Value("${mandato.catalog.cache-ttl:PT2S}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    Snapshot current(java.util.function.Supplier<Snapshot> load) {
        if (TransactionSynchronizationManager.getResource(this) instanceof Writing writing) {
            if (writing.snapshot == null) {
                writing.snapshot = load.get();
            }
            return writing.snapshot;
        }
        Timed timed = shared;
        if (fresh(timed)) {
            return timed.snapshot();
        }
        synchronized (this) {
            // One thread reads the catalogue again; the others wait for it rather than read it too.
            timed = shared;
            if (fresh(timed)) {
                return timed.snapshot();
            }
            long before = generation.get();
            long now = System.nanoTime();
            Snapshot loaded = load.get();
            if (generation.get() == before) {
                shared = new Timed(loaded, before, now);
            }
            return loaded;
        }
    }

    private boolean fresh(Timed timed) {
        return timed != null && timed.generation() == generation.get() && System.nanoTime() - timed.loadedAt() < ttlNanos;
    }

    /** Called by every write of the catalogue, inside the writing transaction. */
    void written() {
        generation.incrementAndGet();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            shared = null;
            return;
        }
        if (TransactionSynchronizationManager.getResource(this) instanceof Writing writing) {
            writing.snapshot = null;
            return;
        }
        TransactionSynchronizationManager.bindResource(this, new Writing());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(CatalogCache.this);
                generation.incrementAndGet();
                shared = null;
            }
        });
    }
}
