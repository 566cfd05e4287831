package org.mandato.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandato.national.NationalReport.Indicator;
import org.mandato.national.NationalReport.Measurement;
import org.mandato.national.NationalReport.Sex;

/** Where the points of an indicator's chart go. */
class IndicatorChartTest {

    @Test
    void baselineSitsBottomLeftAndTargetTopRight() {
        Indicator indicator = new Indicator(1, "Registered", "%", new BigDecimal("0"), 2020, new BigDecimal("100"), 2030,
                List.of(value(2025, "50"), new Measurement(LocalDate.of(2025, 1, 1), Sex.WOMEN, null, new BigDecimal("70"), null)));
        IndicatorChart chart = IndicatorChart.of(indicator).orElseThrow();
        assertThat(chart.baseline().x()).isEqualTo(IndicatorChart.LEFT);
        assertThat(chart.baseline().y()).isEqualTo(chart.plotBottom());
        assertThat(chart.target().x()).isEqualTo(chart.plotRight());
        assertThat(chart.target().y()).isEqualTo(IndicatorChart.TOP);
        assertThat(chart.values()).as("only values for everyone are drawn").hasSize(1);
        assertThat(chart.values().get(0).x()).isEqualTo((IndicatorChart.LEFT + chart.plotRight()) / 2.0);
        assertThat(chart.values().get(0).y()).isEqualTo((IndicatorChart.TOP + chart.plotBottom()) / 2.0);
        assertThat(List.of(chart.firstYear(), chart.lastYear(), chart.lowest(), chart.highest())).containsExactly("2020", "2030", "0", "100");
    }

    @Test
    void nothingIsDrawnForASinglePoint() {
        assertThat(IndicatorChart.of(new Indicator(1, "Alone", "%", null, null, null, null, List.of(value(2025, "3"))))).isEmpty();
        assertThat(IndicatorChart.of(new Indicator(1, "Empty", "%", null, null, null, null, List.of()))).isEmpty();
    }

    @Test
    void equalValuesStillGetARange() {
        IndicatorChart chart = IndicatorChart.of(new Indicator(1, "Flat", "%", null, null, null, null,
                List.of(value(2024, "5"), value(2025, "5")))).orElseThrow();
        assertThat(chart.polyline()).doesNotContain("NaN").doesNotContain("Infinity");
    }

    private static Measurement value(int year, String amount) {
        return new Measurement(LocalDate.of(year, 1, 1), Sex.TOTAL, null, new BigDecimal(amount), null);
    }
}
