package org.mandato.audit;

import java.time.OffsetDateTime;

/** One audited event: when, what kind, by whom, about what, and details. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String kind, String username, String subject, String detail,
                         String remoteAddress) {
}
