package org.mandato.audit;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.mandato.followup.AssessmentEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the Secretariat's work on compliance assessments, in the same transaction as the work itself. */
@Component
class AssessmentAudit {

    private final AuditRepository repository;
    private final Clock clock;

    AssessmentAudit(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @EventListener
    void on(AssessmentEvents.AssessmentSaved event) {
        record(event.created() ? "assessment-created" : "assessment-changed", event.by(), event.assessmentId(),
                event.subject() + " · score " + event.score());
    }

    @EventListener
    void on(AssessmentEvents.AssessmentPublished event) {
        record("assessment-published", event.by(), event.assessmentId(), event.subject() + " · score " + event.score());
    }

    @EventListener
    void on(AssessmentEvents.AssessmentUnpublished event) {
        record("assessment-unpublished", event.by(), event.assessmentId(), event.subject() + " · " + event.reason());
    }

    @EventListener
    void on(AssessmentEvents.AssessmentDeleted event) {
        record("assessment-deleted", event.by(), event.assessmentId(), event.subject());
    }

    @EventListener
    void on(AssessmentEvents.GuidelineChanged event) {
        repository.insert(OffsetDateTime.now(clock), "guideline-changed", event.by(), "guideline " + event.citation(),
                "language " + event.lang(), null);
    }

    private void record(String kind, String by, long assessmentId, String detail) {
        repository.insert(OffsetDateTime.now(clock), kind, by, "assessment " + assessmentId, detail, null);
    }
}
