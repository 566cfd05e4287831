package org.mandato.audit;

import java.time.LocalDate;

/** What the audit page narrows to; a null field does not narrow. Days are UTC. */
public record AuditFilter(String kind, String username, LocalDate from, LocalDate to) {
}
