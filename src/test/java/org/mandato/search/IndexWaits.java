package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

/**
 * For tests that search what they have just published: a commit only rings the index's worker
 * ({@link IndexFollower}), so they wait until it has applied every change logged so far. The
 * timeout is generous, for a slow machine; a healthy run waits milliseconds.
 */
final class IndexWaits {

    static final Duration PATIENCE = Duration.ofMinutes(2);

    private IndexWaits() {
    }

    /** Waits until {@code index} has applied every change in {@code changes} so far; fails after {@link #PATIENCE}. */
    static void awaitEverythingLogged(SearchIndex index, ChangeLog changes) {
        long latest = changes.lastId();
        try {
            assertThat(index.awaitApplied(latest, PATIENCE)).as("change " + latest + " applied to the index").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the index", e);
        }
    }
}
