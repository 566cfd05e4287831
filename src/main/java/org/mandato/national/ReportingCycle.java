package org.mandato.national;

import java.time.LocalDate;
import java.util.List;

import org.mandato.web.LocalizedText;

/**
 * A round of national reporting: the period it covers, its due date, and the summits whose mandates it
 * asks about (all summits when none is chosen).
 */
public record ReportingCycle(long id, String slug, LocalizedText name, LocalDate periodStart, LocalDate periodEnd,
                             LocalDate dueDate, List<Long> summitIds) {

    public boolean covers(long summitId) {
        return summitIds.isEmpty() || summitIds.contains(summitId);
    }

    /** Past its due date on {@code today}: a report not yet submitted is overdue. */
    public boolean isPastDue(LocalDate today) {
        return today.isAfter(dueDate);
    }
}
