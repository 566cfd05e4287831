package org.mandato.search;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this instance's index following the change log: at once after a change committed here,
 * and every second for changes committed by other instances sharing the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IndexFollower {

    private final SearchIndex index;

    IndexFollower(SearchIndex index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void openWhenReady() {
        index.open();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, classes = {
            org.mandato.reporting.ReportEvents.ReportPublished.class, org.mandato.reporting.ReportEvents.ReportWithdrawn.class,
            org.mandato.national.NationalReportEvents.NationalReportPublished.class,
            org.mandato.national.NationalReportEvents.NationalReportWithdrawn.class,
            org.mandato.catalog.CatalogChanged.class, org.mandato.exchange.PackImporter.PackLoaded.class})
    void afterChangeCommitted() {
        index.catchUp();
    }

    @Scheduled(fixedDelayString = "${mandato.search.poll-interval:PT1S}", initialDelayString = "${mandato.search.poll-interval:PT1S}")
    void poll() {
        index.catchUp();
    }
}
