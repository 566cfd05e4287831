package org.mandato.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.mandato.reporting.ReportEvents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Counts the reports published through this instance, once their transaction has committed. */
@Component
class ReportMetrics {

    private final Counter published;

    ReportMetrics(MeterRegistry registry) {
        this.published = Counter.builder("mandato.reports.published")
                .description("Reports published through this instance since it started").register(registry);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ReportEvents.ReportPublished event) {
        published.increment();
    }
}
