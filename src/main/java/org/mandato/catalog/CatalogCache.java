package org.mandato.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
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
 * that was being loaded meanwhile is not kept (the generation counter tells); readers wait for the
 * next one, so that this instance always shows its own changes;</li>
 * <li>another instance sharing the database learns of a change by the age of its snapshot, at most
 * {@code mandato.catalog.cache-ttl} (default two seconds) plus one reading later, the same order of
 * delay as its search index following the change log. One thread reads the whole catalogue again
 * while the others keep reading the lapsed snapshot; when nothing changed, the lapsed snapshot is
 * kept, with what pages worked out from it (paragraphs per theme).</li>
 * </ul>
 */
@Component
class CatalogCache {

    /**
     * One reading of the catalogue. A shared snapshot is read whole (every document's paragraphs and
     * sections); the snapshot of a writing transaction reads paragraphs and sections per document on
     * first use, since each write drops it.
     */
    record Snapshot(List<Summit> summits, List<Document> documents, List<Theme> themes, List<Actor> institutions,
                    List<Actor> countries, Map<String, Theme> themesBySlug, Map<Long, Actor> actorsById,
                    Map<Long, List<Paragraph>> paragraphsByDocument, Map<Long, List<Section>> sectionsByDocument,
                    Map<Long, Set<Long>> themesByParagraph, Map<Long, List<Paragraph>> paragraphsByTheme) {

        Snapshot(List<Summit> summits, List<Document> documents, List<Theme> themes, List<Actor> institutions,
                 List<Actor> countries) {
            this(summits, documents, themes, institutions, countries, Map.of(), Map.of(), Map.of());
        }

        /**
         * A whole reading: {@code paragraphs} and {@code sections} by document (documents without any
         * left out), and the themes of each paragraph, so that a change of any of them shows.
         */
        Snapshot(List<Summit> summits, List<Document> documents, List<Theme> themes, List<Actor> institutions,
                 List<Actor> countries, Map<Long, List<Paragraph>> paragraphs, Map<Long, List<Section>> sections,
                 Map<Long, Set<Long>> themesByParagraph) {
            this(List.copyOf(summits), List.copyOf(documents), List.copyOf(themes), List.copyOf(institutions),
                    List.copyOf(countries), themes.stream().collect(Collectors.toUnmodifiableMap(Theme::slug, Function.identity())),
                    java.util.stream.Stream.concat(institutions.stream(), countries.stream())
                            .collect(Collectors.toUnmodifiableMap(Actor::id, Function.identity())),
                    byDocument(documents, paragraphs), byDocument(documents, sections), Map.copyOf(themesByParagraph),
                    new ConcurrentHashMap<>());
        }

        private static <T> Map<Long, List<T>> byDocument(List<Document> documents, Map<Long, List<T>> read) {
            Map<Long, List<T>> all = new ConcurrentHashMap<>();
            if (!read.isEmpty() || documents.isEmpty()) {
                documents.forEach(d -> all.put(d.id(), List.copyOf(read.getOrDefault(d.id(), List.of()))));
            }
            return all;
        }

        List<Paragraph> paragraphs(long documentId, LongFunction<List<Paragraph>> load) {
            return paragraphsByDocument.computeIfAbsent(documentId, id -> List.copyOf(load.apply(id)));
        }

        List<Section> sections(long documentId, LongFunction<List<Section>> load) {
            return sectionsByDocument.computeIfAbsent(documentId, id -> List.copyOf(load.apply(id)));
        }

        /** Paragraphs about a theme (its sub-themes' included), worked out once per snapshot. */
        List<Paragraph> paragraphsAbout(long themeId, LongFunction<List<Paragraph>> load) {
            return paragraphsByTheme.computeIfAbsent(themeId, id -> List.copyOf(load.apply(id)));
        }

        /** Whether both hold the same catalogue (what was worked out from it aside). */
        boolean sameCatalogue(Snapshot other) {
            return summits.equals(other.summits) && documents.equals(other.documents) && themes.equals(other.themes)
                    && institutions.equals(other.institutions) && countries.equals(other.countries)
                    && paragraphsByDocument.equals(other.paragraphsByDocument) && sectionsByDocument.equals(other.sectionsByDocument)
                    && themesByParagraph.equals(other.themesByParagraph);
        }
    }

    private record Timed(Snapshot snapshot, long generation, long loadedAt) {}

    /** The marker, bound to a transaction, of a transaction that wrote the catalogue. */
    private static final class Writing {
        Snapshot snapshot;
    }

    private final long ttlNanos;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile Timed shared;

    CatalogCache(@Value("${mandato.catalog.cache-ttl:PT2S}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /**
     * The snapshot to read: the writing transaction's own ({@code load}, read lazily), or the shared
     * one ({@code loadWhole}).
     */
    Snapshot current(Supplier<Snapshot> load, Supplier<Snapshot> loadWhole) {
        if (TransactionSynchronizationManager.getResource(this) instanceof Writing writing) {
            if (writing.snapshot == null) {
                writing.snapshot = load.get();
            }
            return writing.snapshot;
        }
        Timed timed = shared;
        if (timed != null && timed.generation() == generation.get()) {
            if (System.nanoTime() - timed.loadedAt() < ttlNanos || !reading.compareAndSet(false, true)) {
                return timed.snapshot();
            }
            try {
                return readAgain(loadWhole, timed);
            } finally {
                reading.set(false);
            }
        }
        synchronized (this) {
            // Missing, or dropped by a write here: one thread reads the catalogue, the others wait for it.
            timed = shared;
            if (timed != null && timed.generation() == generation.get() && System.nanoTime() - timed.loadedAt() < ttlNanos) {
                return timed.snapshot();
            }
            return readAgain(loadWhole, null);
        }
    }

    private Snapshot readAgain(Supplier<Snapshot> loadWhole, Timed lapsed) {
        long before = generation.get();
        long now = System.nanoTime();
        Snapshot loaded = loadWhole.get();
        Snapshot kept = lapsed != null && loaded.sameCatalogue(lapsed.snapshot()) ? lapsed.snapshot() : loaded;
        synchronized (this) {
            if (generation.get() == before) {
                shared = new Timed(kept, before, now);
            }
        }
        return kept;
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
