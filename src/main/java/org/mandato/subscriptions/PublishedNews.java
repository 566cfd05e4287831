package org.mandato.subscriptions;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.mandato.mail.Outbox;
import org.mandato.national.NationalReportEvents;
import org.mandato.reporting.ReportEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes down, in the publishing transaction, what was published when: the digests are made of it. */
@Component
class PublishedNews {

    private final SubscriptionRepository repository;
    private final Outbox outbox;
    private final Clock clock;

    PublishedNews(SubscriptionRepository repository, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void on(ReportEvents.ReportPublished event) {
        record("report", event.reportId());
    }

    @EventListener
    void on(NationalReportEvents.NationalReportPublished event) {
        record("national_report", event.reportId());
    }

    private void record(String kind, long id) {
        if (outbox.isOn()) {
            repository.recordPublished(kind, id, OffsetDateTime.now(clock));
        }
    }
}
