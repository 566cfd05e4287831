package org.mandato.audit;

import java.util.List;

/**
 * The model of the audit page: the filter, one page of events and links to its neighbours.
 * {@code kinds} are the kinds recorded so far, each with its words (or as recorded when it has none).
 */
public record AuditPage(AuditFilter filter, List<Kind> kinds, List<AuditRow> rows, int total, int page,
                        String previous, String next, boolean badDate) {

    /** A kind of event for the filter: its code and the message key of its words, or null. */
    public record Kind(String code, String key) {}
}
