package org.mandato.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mandato.national.NationalReport.Indicator;
import org.mandato.national.NationalReport.Measurement;

/**
 * The geometry of an indicator's chart, worked out here so the template only draws: the values for
 * everyone as a line over time, the baseline and the target as marked points. Returns nothing to draw
 * when there are fewer than two points, where a chart would say less than the table beside it.
 */
public record IndicatorChart(List<Point> values, Point baseline, Point target, String polyline, String firstYear,
                             String lastYear, String lowest, String highest) {

    public static final int WIDTH = 480;
    public static final int HEIGHT = 220;
    public static final int LEFT = 64;
    public static final int RIGHT = 16;
    public static final int TOP = 16;
    public static final int BOTTOM = 36;

    /** A point in the chart: where it is drawn and what it stands for. */
    public record Point(double x, double y, String label) {
        public String cx() {
            return format(x);
        }

        public String cy() {
            return format(y);
        }
    }

    public static java.util.Optional<IndicatorChart> of(Indicator indicator) {
        List<Measurement> totals = indicator.totals();
        List<double[]> raw = new ArrayList<>();
        totals.forEach(v -> raw.add(new double[] {yearOf(v.measuredOn()), v.amount().doubleValue()}));
        double[] baseline = indicator.baselineValue() != null && indicator.baselineYear() != null
                ? new double[] {indicator.baselineYear(), indicator.baselineValue().doubleValue()} : null;
        double[] target = indicator.targetValue() != null && indicator.targetYear() != null
                ? new double[] {indicator.targetYear(), indicator.targetValue().doubleValue()} : null;
        List<double[]> all = new ArrayList<>(raw);
        if (baseline != null) {
            all.add(baseline);
        }
        if (target != null) {
            all.add(target);
        }
        if (all.size() < 2) {
            return java.util.Optional.empty();
        }
        double minX = all.stream().mapToDouble(p -> p[0]).min().orElseThrow();
        double maxX = all.stream().mapToDouble(p -> p[0]).max().orElseThrow();
        double minY = Math.min(0, all.stream().mapToDouble(p -> p[1]).min().orElseThrow());
        double maxY = all.stream().mapToDouble(p -> p[1]).max().orElseThrow();
        if (maxX == minX) {
            maxX = minX + 1;
        }
        if (maxY == minY) {
            maxY = minY + 1;
        }
        Scale scale = new Scale(minX, maxX, minY, maxY);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            Measurement value = totals.get(i);
            points.add(scale.point(raw.get(i), value.measuredOn() + ": " + value.amount().toPlainString()));
        }
        StringBuilder line = new StringBuilder();
        points.forEach(p -> line.append(line.isEmpty() ? "" : " ").append(p.cx()).append(',').append(p.cy()));
        return java.util.Optional.of(new IndicatorChart(points,
                baseline == null ? null : scale.point(baseline, plain(indicator.baselineValue()) + " (" + indicator.baselineYear() + ")"),
                target == null ? null : scale.point(target, plain(indicator.targetValue()) + " (" + indicator.targetYear() + ")"),
                line.toString(), String.valueOf((int) Math.floor(minX)), String.valueOf((int) Math.ceil(maxX)),
                number(minY), number(maxY)));
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    /** A year with the day as a fraction, so values within a year keep their order and spacing. */
    private static double yearOf(LocalDate date) {
        return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    }

    private record Scale(double minX, double maxX, double minY, double maxY) {
        Point point(double[] p, String label) {
            double x = LEFT + (p[0] - minX) / (maxX - minX) * (WIDTH - LEFT - RIGHT);
            double y = TOP + (maxY - p[1]) / (maxY - minY) * (HEIGHT - TOP - BOTTOM);
            return new Point(x, y, label);
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
