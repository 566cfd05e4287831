package org.mandato.reporting;

import java.time.OffsetDateTime;

/** One write of a report: its version, whether a save, a change of status or a kept conflict, who and when. */
public record Revision(long id, int version, String kind, OffsetDateTime savedAt, String savedBy, String status, String note) {

    public boolean isConflict() {
        return "conflict".equals(kind);
    }
}
