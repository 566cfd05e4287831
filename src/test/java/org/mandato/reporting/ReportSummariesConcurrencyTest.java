package org.mandato.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** A lapsed figure is answered while one thread computes it again; a figure from before a write never is. */
class ReportSummariesConcurrencyTest {

    private record Count(String listing) {}

    @Test
    void aLapsedFigureIsAnsweredWhileAnotherThreadComputesItAgain() throws Exception {
        ReportSummaries summaries = new ReportSummaries(Duration.ZERO);
        assertThat(summaries.get(new Count("api"), () -> 1)).isEqualTo(1);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<Integer> recomputed = CompletableFuture.supplyAsync(() -> summaries.get(new Count("api"), () -> {
            computing.countDown();
            await(release);
            return 2;
        }));
        assertThat(computing.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(summaries.get(new Count("api"), () -> 99)).as("the lapsed figure, not a second computation").isEqualTo(1);
        release.countDown();
        assertThat(recomputed.get(5, TimeUnit.SECONDS)).isEqualTo(2);
    }

    @Test
    void afterAWriteNobodyGetsTheFigureFromBefore() {
        ReportSummaries summaries = new ReportSummaries(Duration.ofMinutes(1));
        assertThat(summaries.get(new Count("api"), () -> 1)).isEqualTo(1);

        summaries.written();

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
