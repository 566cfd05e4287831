package org.mandato.reporting;

/** What happens in a report's life, published for the audit log, the feeds and the search index. */
public final class ReportEvents {

    private ReportEvents() {
    }

    public record ReportSubmitted(long reportId, String authorCode, String by) {}

    public record ReportPublished(long reportId, String authorCode, String by) {}

    public record ReportReturned(long reportId, String authorCode, String by, String comment) {}

    public record ReportWithdrawn(long reportId, String authorCode, String by, String reason) {}
}
