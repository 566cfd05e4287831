package org.mandato.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mandato.national.NationalReport.Measurement;
import org.mandato.national.NationalReport.Sex;
import org.mandato.web.ControlCharacters;
import org.mandato.web.FormErrors;
import org.mandato.web.TypedNumbers;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Checks the rows of an indicator's values table; each problem names the indicator, the row and the column. */
final class ValueRows {

    static final int MAX_NOTE = 1000;

    private ValueRows() {
    }

    /** The values of the rows kept (not blank, not marked for removal); a wrong cell adds a problem under its own field. */
    static List<Measurement> check(IndicatorRow indicator, int index, Map<String, Long> groupIds, Locale typedIn, FormErrors errors) {
        List<Measurement> values = new ArrayList<>();
        for (int n = 0; n < indicator.rows().size(); n++) {
            IndicatorRow.ValueRow row = indicator.rows().get(n);
            if (row.isBlank() || row.remove()) {
                continue;
            }
            String field = field(index, n, "");
            int before = errors.all().size();
            LocalDate on = date(row.date(), field + "date", index, n, errors);
            BigDecimal amount = null;
            if (row.amount().isEmpty()) {
                errors.add(field + "amount", "national.error.row.amountMissing", cell(index, n, "national.field.value"));
            } else {
                amount = TypedNumbers.check(errors, field + "amount", cell(index, n, "national.field.value"), row.amount(), typedIn);
            }
            Optional<Sex> sex = Sex.fromCode(row.sex().isEmpty() ? "total" : row.sex());
            if (sex.isEmpty()) {
                errors.add(field + "sex", "national.error.row.sex", cell(index, n, "national.field.sex"));
            }
            Long group = null;
            if (!row.group().isEmpty()) {
                group = groupIds.get(row.group());
                if (group == null) {
                    errors.add(field + "group", "national.error.row.group", cell(index, n, "national.field.group"), row.group());
                }
            }
            if (row.note().length() > MAX_NOTE) {
                errors.add(field + "note", "national.error.row.note", cell(index, n, "national.field.note"), MAX_NOTE);
            }
            ControlCharacters.check(errors, field + "note", cell(index, n, "national.field.note"), row.note());
            if (errors.all().size() == before) {
                values.add(new Measurement(on, sex.orElseThrow(), group, amount, row.note().isEmpty() ? null : row.note()));
            }
        }
        return values;
    }

    /** The HTML id of a cell: {@code indicator-0-value-2-amount}; {@code column} empty gives the prefix. */
    static String field(int indicator, int row, String column) {
        return "indicator-" + indicator + "-value-" + row + "-" + column;
    }

    /** "Indicator 1, row 3: value", naming a cell in messages. */
    static DefaultMessageSourceResolvable cell(int indicator, int row, String columnLabel) {
        return new DefaultMessageSourceResolvable(new String[] {"national.value.cell"},
                new Object[] {indicator + 1, row + 1, new DefaultMessageSourceResolvable(columnLabel)});
    }

    private static LocalDate date(String typed, String field, int indicator, int row, FormErrors errors) {
        if (typed.isEmpty()) {
            errors.add(field, "national.error.row.dateMissing", cell(indicator, row, "national.field.date"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(typed);
            if (date.getYear() >= 1900 && date.getYear() <= 2100) {
                return date;
            }
        } catch (DateTimeParseException notADate) {
            // named below
        }
        errors.add(field, "national.error.row.date", cell(indicator, row, "national.field.date"), typed);
        return null;
    }
}
