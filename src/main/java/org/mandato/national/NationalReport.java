package org.mandato.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.mandato.reporting.ReportStatus;

/**
 * A country's report for one reporting cycle: one entry per mandate it speaks of. It goes through the
 * same draft → submitted → published life as an institution's report.
 */
public record NationalReport(long id, long cycleId, long countryId, ReportStatus status, String returnComment, int version,
                             OffsetDateTime updatedAt, String updatedBy, OffsetDateTime submittedAt, OffsetDateTime publishedAt,
                             List<Entry> entries) {

    public String path() {
        return "/national-reports/" + id;
    }

    /** Where one entry stands on the report's page. */
    public String entryPath(long entryId) {
        return entryPath(id, entryId);
    }

    static String entryPath(long reportId, long entryId) {
        return "/national-reports/" + reportId + "#entry-" + entryId;
    }

    public String workPath() {
        return "/my/national/" + id;
    }

    public Optional<Entry> entry(long entryId) {
        return entries.stream().filter(e -> e.id() == entryId).findFirst();
    }

    public Optional<LocalDate> publishedOn() {
        return Optional.ofNullable(publishedAt).map(OffsetDateTime::toLocalDate);
    }

    /** What a government says about one mandate: status, goals, indicators and notes. */
    public record Entry(long id, long paragraphId, EntryStatus status, String goals, String policies, String limitations,
                        String nextSteps, List<Indicator> indicators) {}

    /** A measure of progress: where it started (baseline), where it should be (target), and dated values. */
    public record Indicator(long id, String name, String unit, BigDecimal baselineValue, Integer baselineYear,
                            BigDecimal targetValue, Integer targetYear, List<Measurement> values) {

        /** The values for everyone (no sex, no group), oldest first. */
        public List<Measurement> totals() {
            return values.stream().filter(Measurement::isTotal).toList();
        }

        public boolean hasBreakdowns() {
            return values.stream().anyMatch(v -> !v.isTotal());
        }
    }

    /** One dated value: for everyone ({@code sex} total, no group) or for one part of the population. */
    public record Measurement(LocalDate measuredOn, Sex sex, Long groupId, BigDecimal amount, String note) {

        public boolean isTotal() {
            return sex == Sex.TOTAL && groupId == null;
        }
    }

    /** The split by sex that values may carry. */
    public enum Sex {
        TOTAL, WOMEN, MEN;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Optional<Sex> fromCode(String code) {
            return java.util.Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
        }
    }
}
