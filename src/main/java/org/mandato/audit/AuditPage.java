package org.mandato.audit;

import java.util.List;

/** The model of the audit page: the filter, one page of entries and links to its neighbours. */
public record AuditPage(AuditFilter filter, List<String> kinds, List<AuditEntry> entries, int total, int page,
                        String previous, String next, boolean badDate) {
}
