package org.mandato.followup;

import java.util.Locale;

import org.mandato.national.EntryStatus;

/**
 * How a government's own status for a mandate compares with the assessed score in the same cycle.
 * Each status stands for the score it claims: completed for +1, in progress for 0, not started for
 * −1. The same score agrees; one step apart (completed but assessed 0, in progress but assessed −1
 * or +1, not started but assessed 0) differs; two steps apart (completed but assessed −1, not
 * started but assessed +1) contradicts. "Not applicable" claims no score and is never compared, and
 * neither is a mandate the country did not report on.
 */
public enum Agreement {
    AGREES, DIFFERS, CONTRADICTS, NOT_APPLICABLE, NOT_REPORTED;

    public static Agreement of(EntryStatus selfReported, int assessedScore) {
        if (selfReported == null) {
            return NOT_REPORTED;
        }
        Integer claimed = switch (selfReported) {
            case COMPLETED -> 1;
            case IN_PROGRESS -> 0;
            case NOT_STARTED -> -1;
            case NOT_APPLICABLE -> null;
        };
        if (claimed == null) {
            return NOT_APPLICABLE;
        }
        int steps = Math.abs(claimed - assessedScore);
        return steps == 0 ? AGREES : steps == 1 ? DIFFERS : CONTRADICTS;
    }

    /** Whether the page flags it: the self-report and the assessment say different things. */
    public boolean isDisagreement() {
        return this == DIFFERS || this == CONTRADICTS;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
