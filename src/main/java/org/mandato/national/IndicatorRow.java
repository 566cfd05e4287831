package org.mandato.national;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mandato.national.NationalReport.Indicator;
import org.mandato.national.NationalReport.Measurement;
import org.mandato.web.TypedNumbers;

/**
 * One indicator of the entry form as typed: its name, unit, baseline and target, its dated values
 * one to a row of a table ({@code rows}), and value lines pasted at once ({@code pasted}, one
 * {@code date; value; sex; group; note} a line). {@code remove} drops it on save.
 */
public record IndicatorRow(String name, String unit, String baselineValue, String baselineYear, String targetValue,
                           String targetYear, List<ValueRow> rows, String pasted, boolean remove) {

    /** Empty value rows a form shows under an indicator, so that a page without script can take a few more values. */
    static final int BLANK_ROWS = 3;
    /** Rows the "more rows" button adds. */
    static final int MORE_ROWS = 5;

    /** One dated value as typed in a row of the values table. */
    public record ValueRow(String date, String amount, String sex, String group, String note, boolean remove) {

        static ValueRow blank() {
            return new ValueRow("", "", "total", "", "", false);
        }

        public boolean isBlank() {
            return date.isEmpty() && amount.isEmpty() && group.isEmpty() && note.isEmpty();
        }
    }

    static IndicatorRow blank() {
        return new IndicatorRow("", "", "", "", "", "", blankRows(BLANK_ROWS), "", false);
    }

    /** A stored indicator, its numbers written for a page in {@code locale}, with blank rows for more values. */
    static IndicatorRow of(Indicator indicator, Map<Long, String> groupCodes, Locale locale) {
        List<ValueRow> rows = new ArrayList<>();
        for (Measurement value : indicator.values()) {
            rows.add(new ValueRow(value.measuredOn().toString(), TypedNumbers.format(value.amount(), locale), value.sex().code(),
                    value.groupId() == null ? "" : groupCodes.getOrDefault(value.groupId(), ""),
                    value.note() == null ? "" : value.note(), false));
        }
        rows.addAll(blankRows(BLANK_ROWS));
        return new IndicatorRow(indicator.name(), indicator.unit(), number(indicator.baselineValue(), locale),
                indicator.baselineYear() == null ? "" : indicator.baselineYear().toString(), number(indicator.targetValue(), locale),
                indicator.targetYear() == null ? "" : indicator.targetYear().toString(), rows, "", false);
    }

    public boolean isBlank() {
        return name.isEmpty() && unit.isEmpty() && baselineValue.isEmpty() && baselineYear.isEmpty() && targetValue.isEmpty()
                && targetYear.isEmpty() && pasted.isEmpty() && rows.stream().allMatch(ValueRow::isBlank);
    }

    /** The values this indicator keeps on save: the rows not blank and not marked for removal. */
    List<ValueRow> keptRows() {
        return rows.stream().filter(r -> !r.isBlank() && !r.remove()).toList();
    }

    /** Value rows marked for removal that hold something. */
    long rowsToRemove() {
        return rows.stream().filter(r -> r.remove() && !r.isBlank()).count();
    }

    /** Values a removal of the whole indicator takes with it. */
    long valueCount() {
        return rows.stream().filter(r -> !r.isBlank()).count() + pasted.lines().filter(l -> !l.isBlank()).count();
    }

    /** The same indicator with at least {@code blank} empty rows at the end of its values. */
    IndicatorRow withBlankRows(int blank) {
        int trailing = 0;
        for (int i = rows.size() - 1; i >= 0 && rows.get(i).isBlank() && !rows.get(i).remove(); i--) {
            trailing++;
        }
        if (trailing >= blank) {
            return this;
        }
        List<ValueRow> more = new ArrayList<>(rows);
        more.addAll(blankRows(blank - trailing));
        return new IndicatorRow(name, unit, baselineValue, baselineYear, targetValue, targetYear, more, pasted, remove);
    }

    /** The same indicator with {@code count} more empty rows, within the limit of values an indicator takes. */
    IndicatorRow withMoreRows(int count) {
        List<ValueRow> more = new ArrayList<>(rows);
        more.addAll(blankRows(Math.max(0, Math.min(count, EntryForm.MAX_VALUES - rows.size()))));
        return new IndicatorRow(name, unit, baselineValue, baselineYear, targetValue, targetYear, more, pasted, remove);
    }

    private static List<ValueRow> blankRows(int count) {
        List<ValueRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(ValueRow.blank());
        }
        return rows;
    }

    private static String number(java.math.BigDecimal value, Locale locale) {
        return value == null ? "" : TypedNumbers.format(value, locale);
    }
}
