package org.mandato.reporting;

import java.time.LocalDate;
import java.util.Optional;

import org.mandato.web.LocalizedText;

/**
 * What a country owes in the reporting cycle now open, for its national coordinator's "My work". The
 * national module answers it (reporting cannot depend on national: national depends on reporting).
 */
public interface CountryDuties {

    /** The country's report for the open cycle (the next due, or the latest when all are past), if any cycle exists. */
    Optional<Duty> current(long countryId, LocalDate today);

    /**
     * {@code status} is the report's status code, or "none" when not started ({@code reportId} null);
     * {@code missing} the mandates the cycle asks about that have no entry yet, of {@code mandates}.
     */
    record Duty(String cycleSlug, LocalizedText cycleName, String countryCode, Long reportId, String status, String returnComment,
                LocalDate dueDate, long daysLeft, int entries, int mandates, int missing) {

        public boolean overdue() {
            return daysLeft < 0 && (status.equals("none") || status.equals("draft"));
        }

        public String href() {
            return reportId == null ? null : "/my/national/" + reportId;
        }
    }
}
