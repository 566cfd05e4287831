package org.mandato.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.mandato.national.NationalReport.Indicator;
import org.mandato.national.NationalReport.Measurement;
import org.mandato.national.NationalReport.Sex;

/**
 * The drawing of an indicator over time, worked out here so that the template only draws: one line
 * per part of the population (everyone, women, men, each group), the baseline and the target as marked
 * points, gridlines and labelled ticks on both axes, and each value written beside its point where it
 * overlaps no other label. Across, positions are percentages of the plot's width; down, pixels: the
 * SVG takes the page's width without scaling its text, 12 pixels on a phone as on a laptop. Labels are
 * placed for the narrowest plot ({@link #NARROWEST_PLOT}): on a wider one points only move apart.
 * There is nothing to draw with fewer than two points, where a chart would say less than the table.
 */
public record IndicatorChart(List<Series> series, Marker baseline, Marker target, List<YearTick> years,
                             List<ValueTick> values, int firstYear, int lastYear) {

    public static final int HEIGHT = 236;
    public static final int PLOT_TOP = 24;
    public static final int PLOT_BOTTOM = 204;
    /** Where the years are written, under the plot. */
    public static final int YEAR_LABEL_Y = 224;
    /** The plot's width on a 390-pixel phone is about 290 pixels; labels are placed for a little less. */
    static final double NARROWEST_PLOT = 250;
    /** Room kept at each end, in percent, so that the first and last points are not drawn on the frame. */
    private static final double INSET = 3;
    private static final int MAX_YEAR_TICKS = 5;

    /** Where a value's label goes relative to its point; {@code null} for a label that fits nowhere. */
    public record Label(int dx, int dy, String anchor) {}

    /** One dated value drawn. {@code x} in percent of the plot's width, {@code y} in pixels. */
    public record Point(double x, double y, BigDecimal value, LocalDate date, Label label) {
        public String cx() {
            return percent(x);
        }

        public String cy() {
            return pixels(y);
        }
    }

    /** The baseline or the target: a value for a year. */
    public record Marker(double x, double y, BigDecimal value, int year, Label label) {
        public String cx() {
            return percent(x);
        }

        public String cy() {
            return pixels(y);
        }
    }

    /** The values of one part of the population, oldest first: everyone, women, men, or a group (with a sex). */
    public record Series(Sex sex, Long groupId, int index, List<Point> points) {
        /** "total", "women", "men" or "group": the class the series is drawn with. */
        public String kind() {
            return groupId == null ? sex.code() : "group";
        }

        /** Each pair of neighbouring points, joined by a line. */
        public List<Point[]> segments() {
            List<Point[]> segments = new ArrayList<>();
            for (int i = 1; i < points.size(); i++) {
                segments.add(new Point[] {points.get(i - 1), points.get(i)});
            }
            return segments;
        }
    }

    public record YearTick(int year, double x) {
        public String cx() {
            return percent(x);
        }
    }

    public record ValueTick(BigDecimal value, double y) {
        public String cy() {
            return pixels(y);
        }
    }

    public static Optional<IndicatorChart> of(Indicator indicator) {
        Map<List<Object>, List<Measurement>> byPart = new LinkedHashMap<>();
        indicator.values().stream()
                .sorted(Comparator.comparing((Measurement m) -> m.groupId() == null ? 0 : 1)
                        .thenComparing(m -> m.groupId() == null ? 0L : m.groupId())
                        .thenComparing(Measurement::sex)
                        .thenComparing(Measurement::measuredOn))
                .forEach(m -> byPart.computeIfAbsent(java.util.Arrays.asList(m.sex(), m.groupId()), k -> new ArrayList<>()).add(m));
        BigDecimal baselineValue = indicator.baselineYear() == null ? null : indicator.baselineValue();
        BigDecimal targetValue = indicator.targetYear() == null ? null : indicator.targetValue();
        List<double[]> all = new ArrayList<>();
        indicator.values().forEach(m -> all.add(new double[] {yearOf(m.measuredOn()), m.amount().doubleValue()}));
        if (baselineValue != null) {
            all.add(new double[] {indicator.baselineYear(), baselineValue.doubleValue()});
        }
        if (targetValue != null) {
            all.add(new double[] {indicator.targetYear(), targetValue.doubleValue()});
        }
        if (all.size() < 2) {
            return Optional.empty();
        }
        int firstYear = (int) Math.floor(all.stream().mapToDouble(p -> p[0]).min().orElseThrow());
        int lastYear = Math.max(firstYear + 1, (int) Math.ceil(all.stream().mapToDouble(p -> p[0]).max().orElseThrow()));
        List<ValueTick> valueTicks = ChartTicks.values(
                Math.min(0, all.stream().mapToDouble(p -> p[1]).min().orElseThrow()),
                all.stream().mapToDouble(p -> p[1]).max().orElseThrow(), PLOT_TOP, PLOT_BOTTOM);
        double low = valueTicks.get(0).value().doubleValue();
        double high = valueTicks.get(valueTicks.size() - 1).value().doubleValue();
        Scale scale = new Scale(firstYear, lastYear, low, high);

        ChartLabels labels = new ChartLabels(NARROWEST_PLOT, PLOT_BOTTOM);
        all.forEach(p -> labels.occupyPoint(scale.x(p[0]), scale.y(p[1])));
        Marker baseline = baselineValue == null ? null : marker(scale, labels, indicator.baselineYear(), baselineValue);
        Marker target = targetValue == null ? null : marker(scale, labels, indicator.targetYear(), targetValue);
        List<Series> series = new ArrayList<>();
        for (List<Measurement> part : byPart.values()) {
            List<Point> points = new ArrayList<>();
            for (Measurement m : part) {
                double x = scale.x(yearOf(m.measuredOn()));
                double y = scale.y(m.amount().doubleValue());
                points.add(new Point(x, y, m.amount(), m.measuredOn(), labels.place(x, y, m.amount())));
            }
            Measurement first = part.get(0);
            series.add(new Series(first.sex(), first.groupId(), series.size(), points));
        }
        List<YearTick> years = ChartTicks.years(firstYear, lastYear, MAX_YEAR_TICKS).stream()
                .map(year -> new YearTick(year, scale.x(year))).toList();
        return Optional.of(new IndicatorChart(series, baseline, target, years,
                valueTicks, firstYear, lastYear));
    }

    private static Marker marker(Scale scale, ChartLabels labels, int year, BigDecimal value) {
        double x = scale.x(year);
        double y = scale.y(value.doubleValue());
        return new Marker(x, y, value, year, labels.place(x, y, value));
    }

    /** Every label the chart writes beside a point, for tests: the values labelled. */
    public List<BigDecimal> labelledValues() {
        List<BigDecimal> labelled = new ArrayList<>();
        series.forEach(s -> s.points().stream().filter(p -> p.label() != null).forEach(p -> labelled.add(p.value())));
        if (baseline != null && baseline.label() != null) {
            labelled.add(baseline.value());
        }
        if (target != null && target.label() != null) {
            labelled.add(target.value());
        }
        return labelled;
    }

    /** "narrow", "medium" or "wide": the room the value axis's longest label needs at the left. */
    public String gutter() {
        int longest = values.stream().mapToInt(t -> ChartLabels.characters(t.value())).max().orElse(1);
        return longest <= 4 ? "narrow" : longest <= 7 ? "medium" : "wide";
    }

    public Optional<Series> series(Sex sex, Long groupId) {
        return series.stream().filter(s -> s.sex() == sex && Objects.equals(s.groupId(), groupId)).findFirst();
    }

    /** A year with the day as a fraction, so that values within a year keep their order and spacing. */
    static double yearOf(LocalDate date) {
        return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    }

    private record Scale(double firstYear, double lastYear, double low, double high) {
        double x(double year) {
            return INSET + (year - firstYear) / (lastYear - firstYear) * (100 - 2 * INSET);
        }

        double y(double value) {
            return PLOT_TOP + (high - value) / (high - low) * (PLOT_BOTTOM - PLOT_TOP);
        }
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f%%", value);
    }

    static String pixels(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
