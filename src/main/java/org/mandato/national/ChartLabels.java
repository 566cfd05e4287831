package org.mandato.national;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.mandato.national.IndicatorChart.Label;

/**
 * Places the labels of a chart's values one at a time: above its point, else to the right, to the left,
 * below or at a corner, the first place that stays inside the plot and overlaps neither another label nor a point.
 * A label that fits nowhere is left out (its value is in the table under the chart). Boxes are worked
 * out in pixels for a plot {@code width} wide, from the width of 12-pixel digits.
 */
final class ChartLabels {

    /** An average digit, separator or sign of a 12-pixel sans-serif font, a little generously. */
    private static final double CHARACTER = 7.2;
    private static final double ASCENT = 10;
    private static final double DESCENT = 3;
    private static final double POINT = 6;
    private static final Label[] PLACES = {
            new Label(0, -10, "middle"), new Label(9, 4, "start"), new Label(-9, 4, "end"), new Label(0, 18, "middle"),
            new Label(-7, -7, "end"), new Label(-7, 15, "end"), new Label(7, -7, "start"), new Label(7, 15, "start")};

    private final double width;
    private final double bottom;
    private final List<double[]> taken = new ArrayList<>();

    ChartLabels(double width, double bottom) {
        this.width = width;
        this.bottom = bottom;
    }

    /** A point drawn at {@code x} percent across and {@code y} pixels down, which no label may cover. */
    void occupyPoint(double x, double y) {
        double px = x / 100 * width;
        taken.add(new double[] {px - POINT, y - POINT, px + POINT, y + POINT});
    }

    /** Where the label of {@code value}, drawn at {@code x} percent and {@code y} pixels, goes; null if nowhere. */
    Label place(double x, double y, BigDecimal value) {
        double px = x / 100 * width;
        double textWidth = characters(value) * CHARACTER;
        for (Label place : PLACES) {
            double left = switch (place.anchor()) {
                case "start" -> px + place.dx();
                case "end" -> px + place.dx() - textWidth;
                default -> px - textWidth / 2;
            };
            double baseline = y + place.dy();
            double[] box = {left, baseline - ASCENT, left + textWidth, baseline + DESCENT};
            if (box[0] >= 0 && box[2] <= width && box[1] >= 0 && box[3] <= bottom && taken.stream().noneMatch(t -> overlap(t, box))) {
                taken.add(box);
                return place;
            }
        }
        return null;
    }

    /** The characters of the value as any language writes it: digits, a separator every three, a decimal sign. */
    static int characters(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        int whole = point < 0 ? plain.length() : point;
        return plain.length() + (whole - 1) / 3 + (value.signum() < 0 ? 1 : 0);
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }
}
