package org.mandato.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * A lapsed figure is answered at once while one background thread computes it again; a missing
 * figure is computed once while the others asking wait; a figure from before a write is never given.
 */
class ReportSummariesConcurrencyTest {

    private record Count(String listing) {}

    @Test
    void aLapsedFigureIsAnsweredAtOnceAndComputedAgainInTheBackground() throws Exception {
        ReportSummaries summaries = new ReportSummaries(Duration.ofNanos(1));
        assertThat(summaries.get(new Count("api"), () -> 1)).isEqualTo(1);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger computations = new AtomicInteger();

        assertThat(summaries.get(new Count("api"), () -> {
            computations.incrementAndGet();
            computing.countDown();
            await(release);
            return 2;
        })).as("the lapsed figure, answered without waiting").isEqualTo(1);
        assertThat(computing.await(5, TimeUnit.SECONDS)).as("computed again on another thread").isTrue();
        assertThat(summaries.get(new Count("api"), () -> {
            computations.incrementAndGet();
            return 99;
        })).as("still the lapsed figure, and no second computation meanwhile").isEqualTo(1);
        release.countDown();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int answer;
        do {
            answer = summaries.get(new Count("api"), () -> 2);
        } while (answer != 2 && System.nanoTime() < deadline);
        assertThat(answer).isEqualTo(2);
        assertThat(computations).hasValue(1);
        summaries.stop();
    }

    @Test
    void aMissingFigureIsComputedByOneThreadWhileTheOthersWaitForIt() throws Exception {
        ReportSummaries summaries = new ReportSummaries(Duration.ofMinutes(1));
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger computations = new AtomicInteger();
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> summaries.get(new Count("api"), () -> {
            computations.incrementAndGet();
            computing.countDown();
            await(release);
            return 7;
        }));
        assertThat(computing.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> summaries.get(new Count("api"), () -> {
            computations.incrementAndGet();
            return 8;
        }));
        Thread.sleep(100);
        assertThat(second).as("waits for the figure being computed").isNotDone();
        release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(7);
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(7);
        assertThat(computations).hasValue(1);
    }

    @Test
    void afterAWriteNobodyGetsTheFigureFromBefore() {
        ReportSummaries summaries = new ReportSummaries(Duration.ofMinutes(1));
        assertThat(summaries.get(new Count("api"), () -> 1)).isEqualTo(1);

        summaries.written();

        assertThat(summaries.get(new Count("api"), () -> 2)).isEqualTo(2);
    }

    @Test
    void aZeroTimeToLiveKeepsNoFigure() {
        ReportSummaries summaries = new ReportSummaries(Duration.ZERO);
        assertThat(summaries.get(new Count("api"), () -> 1)).isEqualTo(1);
        assertThat(summaries.get(new Count("api"), () -> 2)).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
