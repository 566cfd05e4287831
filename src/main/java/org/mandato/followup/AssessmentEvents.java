package org.mandato.followup;

/**
 * What happens to an assessment, published for the audit log. {@code subject} names it for a reader
 * of the log: actor, mandate, cycle and stage ("pe · Port of Spain 2009 ¶17 · 2025 · final").
 */
public final class AssessmentEvents {

    private AssessmentEvents() {
    }

    public record AssessmentSaved(long assessmentId, String subject, int score, boolean created, String by) {}

    public record AssessmentPublished(long assessmentId, String subject, int score, String by) {}

    public record AssessmentUnpublished(long assessmentId, String subject, String reason, String by) {}

    public record AssessmentDeleted(long assessmentId, String subject, String by) {}

    public record GuidelineChanged(long paragraphId, String citation, String lang, String by) {}
}
