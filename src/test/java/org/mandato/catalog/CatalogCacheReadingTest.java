package org.mandato.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.mandato.web.LocalizedText;

/**
 * How the shared snapshot is read again once it lapsed: by one thread while the others keep the lapsed
 * one, kept as it is when the catalogue did not change, replaced when it did.
 */
class CatalogCacheReadingTest {

    private static final Theme HEALTH = new Theme(1, "health", null, LocalizedText.of(Map.of("en", "Health")));
    private static final Theme RENAMED = new Theme(1, "health", null, LocalizedText.of(Map.of("en", "Public health")));

    private static CatalogCache.Snapshot whole(Theme theme) {
        return new CatalogCache.Snapshot(List.of(), List.of(), List.of(theme), List.of(), List.of(), Map.of(), Map.of(), Map.of());
    }

    @Test
    void anUnchangedCatalogueKeepsTheLapsedSnapshotWithWhatWasWorkedOutFromIt() {
        CatalogCache cache = new CatalogCache(Duration.ofNanos(1));
        AtomicInteger readings = new AtomicInteger();
        Supplier<CatalogCache.Snapshot> reading = () -> {
            readings.incrementAndGet();
            return whole(HEALTH);
        };
        CatalogCache.Snapshot first = cache.current(reading, reading);
        List<Paragraph> about = first.paragraphsAbout(1, id -> List.of());

        CatalogCache.Snapshot again = cache.current(reading, reading);

        assertThat(readings).as("read again once lapsed").hasValue(2);
        assertThat(again).isSameAs(first);
        assertThat(again.paragraphsAbout(1, id -> List.of())).isSameAs(about);
    }

    @Test
    void aChangedCatalogueReplacesTheLapsedSnapshot() {
        CatalogCache cache = new CatalogCache(Duration.ofNanos(1));
        cache.current(() -> whole(HEALTH), () -> whole(HEALTH));

        CatalogCache.Snapshot again = cache.current(() -> whole(RENAMED), () -> whole(RENAMED));

        assertThat(again.themes()).containsExactly(RENAMED);
    }

    @Test
    void whileOneThreadReadsTheCatalogueAgainTheOthersKeepTheLapsedSnapshot() throws Exception {
        CatalogCache cache = new CatalogCache(Duration.ofNanos(1));
        CatalogCache.Snapshot first = cache.current(() -> whole(HEALTH), () -> whole(HEALTH));
        CountDownLatch readingStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<CatalogCache.Snapshot> slow = () -> {
            readingStarted.countDown();
            await(release);
            return whole(RENAMED);
        };
        CompletableFuture<CatalogCache.Snapshot> reader = CompletableFuture.supplyAsync(() -> cache.current(slow, slow));
        assertThat(readingStarted.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(cache.current(() -> whole(RENAMED), () -> whole(RENAMED))).as("answered without waiting").isSameAs(first);

        release.countDown();
        assertThat(reader.get(5, TimeUnit.SECONDS).themes()).containsExactly(RENAMED);
    }

    @Test
    void aWriteHereIsNeverAnsweredWithTheSnapshotFromBefore() {
        CatalogCache cache = new CatalogCache(Duration.ofMinutes(1));
        cache.current(() -> whole(HEALTH), () -> whole(HEALTH));

        cache.written();

        assertThat(cache.current(() -> whole(RENAMED), () -> whole(RENAMED)).themes()).containsExactly(RENAMED);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
