package org.mandato.audit;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.mandato.national.CycleEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the Secretariat's changes to reporting cycles, in the same transaction as the change. */
@Component
class CycleAudit {

    private final AuditRepository repository;
    private final Clock clock;

    CycleAudit(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @EventListener
    void on(CycleEvents.CycleCreated event) {
        repository.insert(OffsetDateTime.now(clock), "cycle-created", event.by(), "cycle " + event.cycleId(),
                event.slug() + ": " + event.details(), null);
    }

    @EventListener
    void on(CycleEvents.CycleChanged event) {
        repository.insert(OffsetDateTime.now(clock), "cycle-changed", event.by(), "cycle " + event.cycleId(),
                event.slug() + ": " + event.changes(), null);
    }
}
