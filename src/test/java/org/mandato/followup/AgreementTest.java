package org.mandato.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mandato.national.EntryStatus;

/** The rule that flags a self-reported status the assessment disagrees with. */
class AgreementTest {

    @Test
    void completedClaimsPlusOne() {
        assertThat(Agreement.of(EntryStatus.COMPLETED, 1)).isEqualTo(Agreement.AGREES);
        assertThat(Agreement.of(EntryStatus.COMPLETED, 0)).isEqualTo(Agreement.DIFFERS);
        assertThat(Agreement.of(EntryStatus.COMPLETED, -1)).isEqualTo(Agreement.CONTRADICTS);
    }

    @Test
    void inProgressClaimsZeroSoItIsNeverTwoStepsAway() {
        assertThat(Agreement.of(EntryStatus.IN_PROGRESS, 0)).isEqualTo(Agreement.AGREES);
        assertThat(Agreement.of(EntryStatus.IN_PROGRESS, 1)).isEqualTo(Agreement.DIFFERS);
        assertThat(Agreement.of(EntryStatus.IN_PROGRESS, -1)).isEqualTo(Agreement.DIFFERS);
    }

    @Test
    void notStartedClaimsMinusOne() {
        assertThat(Agreement.of(EntryStatus.NOT_STARTED, -1)).isEqualTo(Agreement.AGREES);
        assertThat(Agreement.of(EntryStatus.NOT_STARTED, 0)).isEqualTo(Agreement.DIFFERS);
        assertThat(Agreement.of(EntryStatus.NOT_STARTED, 1)).isEqualTo(Agreement.CONTRADICTS);
    }

    @Test
    void notApplicableAndNoReportAreNeverFlagged() {
        for (int score = -1; score <= 1; score++) {
            assertThat(Agreement.of(EntryStatus.NOT_APPLICABLE, score)).isEqualTo(Agreement.NOT_APPLICABLE);
            assertThat(Agreement.of(null, score)).isEqualTo(Agreement.NOT_REPORTED);
        }
        assertThat(Agreement.NOT_APPLICABLE.isDisagreement()).isFalse();
        assertThat(Agreement.NOT_REPORTED.isDisagreement()).isFalse();
        assertThat(Agreement.AGREES.isDisagreement()).isFalse();
        assertThat(Agreement.DIFFERS.isDisagreement()).isTrue();
        assertThat(Agreement.CONTRADICTS.isDisagreement()).isTrue();
    }
}
