package org.mandato.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The outbox on /actuator/prometheus: {@code mandato_mail_outbox_messages{status="pending"|"failed"}}
 * and {@code mandato_mail_outbox_oldest_pending_seconds}, the age of the oldest message not yet sent.
 * Each is read from the database at the scrape, so every instance shows the whole shared outbox.
 */
@Component
class OutboxGauges {

    OutboxGauges(OutboxRepository outbox, MeterRegistry registry, Clock clock) {
        for (String status : new String[] {"pending", "failed"}) {
            Gauge.builder("mandato.mail.outbox", outbox, o -> o.count(status))
                    .baseUnit("messages")
                    .tag("status", status)
                    .description("Messages in the outbox by state: pending (to be sent or retried) and failed (given up)")
                    .register(registry);
        }
        Gauge.builder("mandato.mail.outbox.oldest.pending", outbox,
                        o -> o.oldestPending().map(t -> (double) Duration.between(t, OffsetDateTime.now(clock)).toSeconds()).orElse(0.0))
                .baseUnit("seconds")
                .description("Age of the oldest message not yet sent; 0 when none waits")
                .register(registry);
    }
}
