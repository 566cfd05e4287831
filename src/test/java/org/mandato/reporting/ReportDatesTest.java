package org.mandato.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The date a report gives itself, in the four languages reports are written in. */
class ReportDatesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    @Test
    void datesWrittenOutInEachLanguageAreRead() {
        assertThat(ReportDates.find("Report of activities, 15 March 2024. IOM trained…", "en", TODAY)).contains(LocalDate.of(2024, 3, 15));
        assertThat(ReportDates.find("Washington, March 5, 2023", "en", TODAY)).contains(LocalDate.of(2023, 3, 5));
        assertThat(ReportDates.find("Informe del 15 de septiembre de 2022 sobre migración", "es", TODAY)).contains(LocalDate.of(2022, 9, 15));
        assertThat(ReportDates.find("Brasília, 2 de março de 2021", "pt", TODAY)).contains(LocalDate.of(2021, 3, 2));
        assertThat(ReportDates.find("Rapport daté du 1er août 2020", "fr", TODAY)).contains(LocalDate.of(2020, 8, 1));
        assertThat(ReportDates.find("Published 2019-11-04.", "fr", TODAY)).contains(LocalDate.of(2019, 11, 4));
    }

    @Test
    void figuresAreReadMonthFirstInEnglishOnly() {
        assertThat(ReportDates.find("Date: 4/2/2014", "en", TODAY)).contains(LocalDate.of(2014, 4, 2));
        assertThat(ReportDates.find("Fecha: 4/2/2014", "es", TODAY)).contains(LocalDate.of(2014, 2, 4));
    }

    @Test
    void aLabelledDateWinsOverAnEarlierOneInTheText() {
        String text = "Following the Declaration of 19 April 2009, the OAS reports.\n\nDate: 10 June 2016";

        assertThat(ReportDates.find(text, "en", TODAY)).contains(LocalDate.of(2016, 6, 10));
    }

    @Test
    void aDateInTheFutureOrBeforeTheFirstSummitIsNoReportsDate() {
        assertThat(ReportDates.find("Planned for 3 March 2030; agreed on 12 May 1990.", "en", TODAY)).isEmpty();
        assertThat(ReportDates.find("Nothing dated here, only 31 February 2020.", "en", TODAY)).isEmpty();
        assertThat(ReportDates.find("Due 3 March 2030, written 12 May 2025.", "en", TODAY)).contains(LocalDate.of(2025, 5, 12));
    }
}
