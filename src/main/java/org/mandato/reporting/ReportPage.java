package org.mandato.reporting;

import java.time.OffsetDateTime;
import java.util.List;

/** One page of a filtered listing, with the total and the newest change among all matches. */
public record ReportPage(List<Report> reports, long total, int page, int size, OffsetDateTime lastModified) {
}
