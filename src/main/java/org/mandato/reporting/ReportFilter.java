package org.mandato.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Narrows a listing of published reports; a null or empty field does not narrow. Themes include
 * their sub-themes when the caller passes them.
 */
public record ReportFilter(Set<Long> themeIds, Long authorId, Long summitId, Long documentId, Long paragraphId,
                           LocalDate from, LocalDate to, String language, OffsetDateTime updatedSince) {

    public static ReportFilter none() {
        return new ReportFilter(Set.of(), null, null, null, null, null, null, null, null);
    }
}
