package org.mandato.search;

import java.time.Duration;

import org.mandato.catalog.CatalogChanged;
import org.mandato.exchange.PackImporter.PackLoaded;
import org.mandato.national.NationalReportEvents;
import org.mandato.reporting.ReportEvents;
import org.mandato.web.Bell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this instance's index following the change log, on one thread of its own ({@value #THREAD}):
 * at once when a change committed here rings for it, and every {@code mandato.search.poll-interval}
 * for changes committed by other instances sharing the database. A commit only rings: applying a
 * change, above all rebuilding the index after a catalogue edit or a pack, takes seconds to minutes
 * at a million reports, and neither the request that made the change nor the next publish waits for
 * it. Rings that come while the thread works are answered together by its next pass.
 */
@Component
class IndexFollower implements DisposableBean {

    static final String THREAD = "search-index";
    /** How long a stop waits for the thread to finish its pass; a rebuild gives up at its next batch. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);

    private final SearchIndex index;
    private final Duration poll;
    private final Thread worker;
    private final Bell bell = new Bell();
    private boolean failing;

    IndexFollower(SearchIndex index, @Value("${mandato.search.poll-interval:PT1S}") Duration pollInterval) {
        this.index = index;
        this.poll = pollInterval;
        this.worker = new Thread(this::follow, THREAD);
        // A commit in Lucene is atomic: a JVM ending mid-pass leaves the last whole index on disk.
        worker.setDaemon(true);
    }

    /** Opens (or first builds) the index before following: until then, search answers 503. */
    @EventListener(ApplicationReadyEvent.class)
    void openWhenReady() {
        try {
            index.open();
        } catch (SearchIndex.RebuildAbandoned stopping) {
            log.info("The application stopped while the search index was being built; the next start builds it again");
            return;
        }
        start();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, classes = {
            ReportEvents.ReportPublished.class, ReportEvents.ReportWithdrawn.class,
            NationalReportEvents.NationalReportPublished.class, NationalReportEvents.NationalReportWithdrawn.class,
            CatalogChanged.class, PackLoaded.class})
    void afterChangeCommitted() {
        ring();
    }

    /** Asks the worker for a pass now rather than at the next poll. */
    void ring() {
        bell.ring();
    }

    synchronized void start() {
        if (worker.getState() == Thread.State.NEW) {
            worker.start();
        }
    }

    /** Whether the worker's thread runs: from the application's readiness to its stop. */
    boolean isFollowing() {
        return worker.isAlive();
    }

    private void follow() {
        while (bell.awaitRingOrPoll(poll)) {
            try {
                index.catchUp();
                if (failing) {
                    log.info("The search index follows the change log again");
                    failing = false;
                }
            } catch (SearchIndex.RebuildAbandoned stopping) {
                log.info("Search index rebuild abandoned: the application is stopping; the next start finishes it");
            } catch (RuntimeException e) {
                // Tried again at the next ring or poll; readiness turns DOWN if it lasts (mandato.search.max-lag).
                if (!failing) {
                    log.warn("The search index could not apply the latest changes; trying again at the next poll", e);
                    failing = true;
                }
            }
        }
    }

    /**
     * Stops the worker before the index and the database close (this bean depends on both). It is
     * never interrupted: an interrupt in the middle of a Lucene write closes the index's files.
     */
    @Override
    public void destroy() throws InterruptedException {
        bell.stop();
        index.abandonRebuild();
        worker.join(STOP_WAIT.toMillis());
        if (worker.isAlive()) {
            log.warn("The search index's thread did not stop within {}; closing the index waits for its pass", STOP_WAIT);
        }
    }
}
