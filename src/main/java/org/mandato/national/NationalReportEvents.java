package org.mandato.national;

/** What happens in a national report's life, published for the audit log. */
public final class NationalReportEvents {

    private NationalReportEvents() {
    }

    public record NationalReportSubmitted(long reportId, String countryCode, String cycleSlug, String by) {}

    public record NationalReportPublished(long reportId, String countryCode, String cycleSlug, String by) {}

    public record NationalReportReturned(long reportId, String countryCode, String cycleSlug, String by, String comment) {}

    /** An entry was written or changed; {@code mandate} is its citation ("Lima 2018 ¶7"). */
    public record NationalEntrySaved(long reportId, String countryCode, String mandate, String by) {}

    public record NationalEntryRemoved(long reportId, String countryCode, String mandate, String by) {}

    public record NationalReportWithdrawn(long reportId, String countryCode, String cycleSlug, String by, String reason) {}
}
