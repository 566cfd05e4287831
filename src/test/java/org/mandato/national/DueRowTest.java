package org.mandato.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandato.catalog.Actor;
import org.mandato.catalog.ActorKind;
import org.mandato.national.NationalPages.DuePage;
import org.mandato.national.NationalPages.DueRow;
import org.mandato.national.NationalReportRepository.Standing;
import org.mandato.reporting.ReportStatus;
import org.mandato.web.LocalizedText;

/** What is due and overdue, at the boundaries of the due date. */
class DueRowTest {

    static final LocalDate DUE = LocalDate.of(2026, 4, 30);
    static final ReportingCycle CYCLE = new ReportingCycle(1, "c", LocalizedText.empty(), LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31), DUE, List.of());
    static final Actor PERU = new Actor(9, "pe", ActorKind.COUNTRY, null, null, null, LocalizedText.empty(), LocalizedText.empty());

    @Test
    void aReportNotHandedInIsDueUntilTheEndOfItsDueDateAndOverdueTheDayAfter() {
        assertThat(DueRow.of(CYCLE, PERU, null, DUE).overdue()).isFalse();
        assertThat(DueRow.of(CYCLE, PERU, null, DUE).daysLeft()).isZero();
        assertThat(DueRow.of(CYCLE, PERU, draft(), DUE.plusDays(1)).overdue()).isTrue();
        assertThat(DueRow.of(CYCLE, PERU, draft(), DUE.plusDays(1)).daysLeft()).isEqualTo(-1);
        assertThat(DueRow.of(CYCLE, PERU, null, DUE.minusDays(10)).daysLeft()).isEqualTo(10);
    }

    @Test
    void aSubmittedOrPublishedReportIsNeverOverdueEvenIfLate() {
        DueRow late = DueRow.of(CYCLE, PERU, standing(ReportStatus.SUBMITTED, DUE.plusDays(5)), DUE.plusDays(30));
        assertThat(late.overdue()).isFalse();
        assertThat(late.handedIn()).isTrue();
        assertThat(late.submittedOn()).isEqualTo(DUE.plusDays(5));
    }

    @Test
    void theDuePageCountsEachStandingOnceAndFilters() {
        List<DueRow> rows = List.of(DueRow.of(CYCLE, PERU, null, DUE.plusDays(1)), DueRow.of(CYCLE, PERU, draft(), DUE),
                DueRow.of(CYCLE, PERU, standing(ReportStatus.PUBLISHED, DUE), DUE));
        DuePage all = DuePage.of(rows, true, "all");
        assertThat(List.of(all.overdue(), all.due(), all.handedIn())).containsExactly(1L, 1L, 1L);
        assertThat(DuePage.of(rows, true, "overdue").rows()).hasSize(1).allMatch(DueRow::overdue);
        assertThat(DuePage.of(rows, true, "submitted").rows()).extracting(DueRow::standing).containsExactly("published");
        assertThat(DuePage.of(List.of(), false, "all").rows()).isEmpty();
    }

    private static Standing draft() {
        return new Standing(3, 1, 9, ReportStatus.DRAFT, null, null, 0);
    }

    private static Standing standing(ReportStatus status, LocalDate submitted) {
        OffsetDateTime at = submitted.atTime(12, 0).atOffset(ZoneOffset.UTC);
        return new Standing(3, 1, 9, status, at, status == ReportStatus.PUBLISHED ? at : null, 2);
    }
}
