package org.mandato.national;

import java.time.LocalDate;
import java.util.List;

import org.mandato.web.LocalizedText;

/**
 * A round of national reporting: the period it covers, its due date, the summits whose mandates it
 * asks about (all summits when none is chosen), and how many days before the due date those who
 * have not reported yet are reminded.
 */
public record ReportingCycle(long id, String slug, LocalizedText name, LocalDate periodStart, LocalDate periodEnd,
                             LocalDate dueDate, List<Long> summitIds, int reminderDays) {

    /** Reminders go out this many days before the due date unless the cycle says otherwise. */
    public static final int DEFAULT_REMINDER_DAYS = 30;

    public ReportingCycle(long id, String slug, LocalizedText name, LocalDate periodStart, LocalDate periodEnd,
                         LocalDate dueDate, List<Long> summitIds) {
        this(id, slug, name, periodStart, periodEnd, dueDate, summitIds, DEFAULT_REMINDER_DAYS);
    }

    public boolean covers(long summitId) {
        return summitIds.isEmpty() || summitIds.contains(summitId);
    }

    /** Past its due date on {@code today}: a report not yet submitted is overdue. */
    public boolean isPastDue(LocalDate today) {
        return today.isAfter(dueDate);
    }
}
