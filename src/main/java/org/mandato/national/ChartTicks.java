package org.mandato.national;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.mandato.national.IndicatorChart.ValueTick;

/** Round numbers for a chart's axes: steps of 1, 2, 2.5 or 5 times a power of ten, and whole years. */
final class ChartTicks {

    private static final double[] NICE = {1, 2, 2.5, 5, 10};
    private static final int[] YEAR_STEPS = {1, 2, 5, 10, 20, 25, 50, 100};

    private ChartTicks() {
    }

    /**
     * Four or five ticks covering {@code low} to {@code high}, the first at {@code bottom} pixels and
     * the last at {@code top}. Computed in decimals, so that a tick reads 0.3 and not 0.30000000000000004.
     */
    static List<ValueTick> values(double low, double high, double top, double bottom) {
        if (high <= low) {
            high = low + 1;
        }
        double rough = (high - low) / 4;
        int exponent = (int) Math.floor(Math.log10(rough));
        double residual = rough / Math.pow(10, exponent);
        double nice = NICE[NICE.length - 1];
        for (double candidate : NICE) {
            if (residual <= candidate) {
                nice = candidate;
                break;
            }
        }
        BigDecimal step = BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent).stripTrailingZeros();
        BigDecimal first = step.multiply(BigDecimal.valueOf(Math.floor(low / step.doubleValue())));
        BigDecimal last = step.multiply(BigDecimal.valueOf(Math.ceil(high / step.doubleValue())));
        int count = last.subtract(first).divide(step).intValueExact();
        List<ValueTick> ticks = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            BigDecimal value = first.add(step.multiply(BigDecimal.valueOf(i))).stripTrailingZeros();
            ticks.add(new ValueTick(value.signum() == 0 ? BigDecimal.ZERO : value, bottom - (bottom - top) * i / count));
        }
        return ticks;
    }

    /** The years from {@code first} to {@code last} that are multiples of the smallest step giving at most {@code most} of them. */
    static List<Integer> years(int first, int last, int most) {
        for (int step : YEAR_STEPS) {
            List<Integer> years = new ArrayList<>();
            for (int year = Math.floorDiv(first + step - 1, step) * step; year <= last; year += step) {
                years.add(year);
            }
            if (years.size() <= most) {
                return years;
            }
        }
        return List.of(first, last);
    }
}
