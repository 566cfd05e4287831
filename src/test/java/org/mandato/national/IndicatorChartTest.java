package org.mandato.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandato.national.IndicatorChart.Point;
import org.mandato.national.NationalReport.Indicator;
import org.mandato.national.NationalReport.Measurement;
import org.mandato.national.NationalReport.Sex;

/** Where the points, ticks and labels of an indicator's chart go. */
class IndicatorChartTest {

    @Test
    void baselineSitsBottomLeftAndTargetTopRight() {
        Indicator indicator = new Indicator(1, "Registered", "%", new BigDecimal("0"), 2020, new BigDecimal("100"), 2030,
                List.of(value(2025, "50")));
        IndicatorChart chart = IndicatorChart.of(indicator).orElseThrow();

        assertThat(chart.baseline().x()).isEqualTo(3.0);
        assertThat(chart.baseline().y()).isEqualTo(IndicatorChart.PLOT_BOTTOM);
        assertThat(chart.target().x()).isEqualTo(97.0);
        assertThat(chart.target().y()).isEqualTo(IndicatorChart.PLOT_TOP);
        Point middle = chart.series().get(0).points().get(0);
        assertThat(middle.x()).isEqualTo(50.0);
        assertThat(middle.y()).isEqualTo((IndicatorChart.PLOT_TOP + IndicatorChart.PLOT_BOTTOM) / 2.0);
        assertThat(middle.cx()).isEqualTo("50.00%");
        assertThat(List.of(chart.firstYear(), chart.lastYear())).containsExactly(2020, 2030);
    }

    @Test
    void womenMenAndGroupsAreSeriesOfTheirOwn() {
        Indicator indicator = new Indicator(1, "Idle youth", "%", null, null, null, null, List.of(
                value(2019, "18.9"), value(2022, "17.2"), value(2025, "14.8"),
                new Measurement(LocalDate.of(2022, 1, 1), Sex.WOMEN, null, new BigDecimal("19.5"), null),
                new Measurement(LocalDate.of(2025, 1, 1), Sex.WOMEN, null, new BigDecimal("17.9"), null),
                new Measurement(LocalDate.of(2025, 1, 1), Sex.MEN, null, new BigDecimal("11.8"), null),
                new Measurement(LocalDate.of(2025, 1, 1), Sex.TOTAL, 7L, new BigDecimal("22.5"), null)));
        IndicatorChart chart = IndicatorChart.of(indicator).orElseThrow();

        assertThat(chart.series()).extracting(IndicatorChart.Series::kind).containsExactly("total", "women", "men", "group");
        assertThat(chart.series(Sex.TOTAL, null).orElseThrow().segments()).hasSize(2);
        assertThat(chart.series(Sex.WOMEN, null).orElseThrow().points()).extracting(Point::value)
                .containsExactly(new BigDecimal("19.5"), new BigDecimal("17.9"));
        assertThat(chart.series(Sex.TOTAL, 7L).orElseThrow().points()).hasSize(1);
    }

    @Test
    void axesHaveRoundTicksCoveringEveryValue() {
        IndicatorChart chart = IndicatorChart.of(new Indicator(1, "Tested", "%", new BigDecimal("58"), 2012, new BigDecimal("80"), 2025,
                List.of(value(2017, "66"), value(2021, "71"), value(2025, "78.5")))).orElseThrow();

        assertThat(chart.values()).extracting(t -> t.value().toPlainString()).containsExactly("0", "20", "40", "60", "80");
        assertThat(chart.values().get(0).y()).isEqualTo(IndicatorChart.PLOT_BOTTOM);
        assertThat(chart.values().get(4).y()).isEqualTo(IndicatorChart.PLOT_TOP);
        assertThat(chart.years()).extracting(IndicatorChart.YearTick::year).containsExactly(2015, 2020, 2025);
    }

    @Test
    void decimalTicksAreExact() {
        IndicatorChart chart = IndicatorChart.of(new Indicator(1, "Rate", "per 1000", null, null, null, null,
                List.of(value(2020, "0.1"), value(2021, "0.7")))).orElseThrow();
        assertThat(chart.values()).extracting(t -> t.value().toPlainString()).containsExactly("0", "0.2", "0.4", "0.6", "0.8");
    }

    @Test
    void labelsNeverOverlapEvenWhenValuesCrowdOneDate() {
        List<Measurement> crowded = new ArrayList<>();
        for (Sex sex : Sex.values()) {
            crowded.add(new Measurement(LocalDate.of(2025, 12, 31), sex, null, new BigDecimal("50." + sex.ordinal()), null));
            crowded.add(new Measurement(LocalDate.of(2025, 12, 31), sex, 3L, new BigDecimal("51." + sex.ordinal()), null));
        }
        crowded.add(value(2024, "49"));
        IndicatorChart chart = IndicatorChart.of(new Indicator(1, "Crowded", "%", new BigDecimal("50"), 2025, new BigDecimal("52"), 2025, crowded))
                .orElseThrow();

        List<double[]> boxes = new ArrayList<>();
        chart.series().forEach(s -> s.points().stream().filter(p -> p.label() != null)
                .forEach(p -> boxes.add(box(p.x(), p.y(), p.label(), p.value()))));
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(overlap(boxes.get(i), boxes.get(j))).as("labels %d and %d", i, j).isFalse();
            }
        }
        assertThat(chart.labelledValues()).as("the values that found a place are labelled").hasSizeGreaterThan(2);
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
        assertThat(chart.series().get(0).points()).allSatisfy(p -> assertThat(p.cy()).doesNotContain("NaN").doesNotContain("Infinity"));
        assertThat(chart.values()).hasSizeGreaterThan(1);
    }

    /** The label's box in pixels on the narrowest plot, as {@link ChartLabels} reckons it. */
    private static double[] box(double x, double y, IndicatorChart.Label label, BigDecimal value) {
        double px = x / 100 * IndicatorChart.NARROWEST_PLOT;
        double width = ChartLabels.characters(value) * 7.2;
        double left = switch (label.anchor()) {
            case "start" -> px + label.dx();
            case "end" -> px + label.dx() - width;
            default -> px - width / 2;
        };
        return new double[] {left, y + label.dy() - 10, left + width, y + label.dy() + 3};
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    private static Measurement value(int year, String amount) {
        return new Measurement(LocalDate.of(year, 1, 1), Sex.TOTAL, null, new BigDecimal(amount), null);
    }
}
