package org.mandato.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mandato.national.NationalReport.Entry;
import org.mandato.national.NationalReport.Indicator;
import org.mandato.national.NationalReport.Measurement;
import org.mandato.national.NationalReport.Sex;
import org.mandato.web.ControlCharacters;
import org.mandato.web.FormErrors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.MultiValueMap;

/**
 * One entry of a national report as typed: the mandate, its status, the notes, and indicator rows
 * ({@code indicator-0-name}, {@code indicator-0-values}, …). Dated values are typed one per line as
 * {@code date; value; sex; group; note}, where everything after the value may be left out, so a
 * page without script can take any number of them; a wrong line is named by its number.
 */
public record EntryForm(String paragraph, String status, String goals, String policies, String limitations,
                        String nextSteps, List<IndicatorRow> indicators, int version) {

    static final int MAX_TEXT = 20_000;
    static final int MAX_INDICATORS = 30;
    static final int MAX_VALUES = 500;

    /** One indicator as typed; {@code remove} drops it on save. */
    public record IndicatorRow(String name, String unit, String baselineValue, String baselineYear, String targetValue,
                               String targetYear, String values, boolean remove) {

        static IndicatorRow blank() {
            return new IndicatorRow("", "", "", "", "", "", "", false);
        }

        public boolean isBlank() {
            return name.isEmpty() && unit.isEmpty() && baselineValue.isEmpty() && baselineYear.isEmpty()
                    && targetValue.isEmpty() && targetYear.isEmpty() && values.isEmpty();
        }
    }

    /** The entry once checked, ready to store. */
    record Checked(long paragraphId, EntryStatus status, String goals, String policies, String limitations, String nextSteps,
                   List<Indicator> indicators) {}

    /** A new entry: one blank indicator row to fill. */
    static EntryForm blank(String paragraph, int version) {
        return new EntryForm(paragraph, "", "", "", "", "", List.of(IndicatorRow.blank()), version);
    }

    /** A stored entry, its indicators as rows, plus one blank row for a new indicator. */
    static EntryForm of(Entry entry, Map<Long, String> groupCodes, int version) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (Indicator indicator : entry.indicators()) {
            rows.add(new IndicatorRow(indicator.name(), indicator.unit(), plain(indicator.baselineValue()),
                    indicator.baselineYear() == null ? "" : indicator.baselineYear().toString(), plain(indicator.targetValue()),
                    indicator.targetYear() == null ? "" : indicator.targetYear().toString(),
                    valueLines(indicator.values(), groupCodes), false));
        }
        rows.add(IndicatorRow.blank());
        return new EntryForm(String.valueOf(entry.paragraphId()), entry.status().code(), text(entry.goals()),
                text(entry.policies()), text(entry.limitations()), text(entry.nextSteps()), rows, version);
    }

    static EntryForm from(MultiValueMap<String, String> in) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < MAX_INDICATORS + 1 && in.containsKey("indicator-" + i + "-name"); i++) {
            String prefix = "indicator-" + i + "-";
            rows.add(new IndicatorRow(text(in.getFirst(prefix + "name")), text(in.getFirst(prefix + "unit")),
                    text(in.getFirst(prefix + "baselineValue")), text(in.getFirst(prefix + "baselineYear")),
                    text(in.getFirst(prefix + "targetValue")), text(in.getFirst(prefix + "targetYear")),
                    text(in.getFirst(prefix + "values")), in.containsKey(prefix + "remove")));
        }
        int version;
        try {
            version = Integer.parseInt(text(in.getFirst("version")));
        } catch (NumberFormatException missing) {
            version = -1;
        }
        return new EntryForm(text(in.getFirst("paragraph")), text(in.getFirst("status")), text(in.getFirst("goals")),
                text(in.getFirst("policies")), text(in.getFirst("limitations")), text(in.getFirst("nextSteps")), rows, version);
    }

    /** The same form with a blank indicator row at the end, for showing again after an error. */
    EntryForm withBlankRow() {
        if (!indicators.isEmpty() && indicators.get(indicators.size() - 1).isBlank()) {
            return this;
        }
        List<IndicatorRow> rows = new ArrayList<>(indicators);
        rows.add(IndicatorRow.blank());
        return new EntryForm(paragraph, status, goals, policies, limitations, nextSteps, rows, version);
    }

    /** Checks every field; {@code allowedParagraphs} are the mandates the cycle asks about. */
    Checked check(java.util.Set<Long> allowedParagraphs, Map<String, Long> groupIds) {
        FormErrors errors = new FormErrors();
        long paragraphId = -1;
        try {
            paragraphId = Long.parseLong(paragraph);
            if (!allowedParagraphs.contains(paragraphId)) {
                errors.add("paragraph", "national.error.paragraph.outside");
            }
        } catch (NumberFormatException notChosen) {
            errors.add("paragraph", "national.error.paragraph.required");
        }
        Optional<EntryStatus> entryStatus = EntryStatus.fromCode(status);
        if (entryStatus.isEmpty()) {
            errors.add("status", "national.error.status.required");
        }
        limit("goals", goals, errors);
        limit("policies", policies, errors);
        limit("limitations", limitations, errors);
        limit("nextSteps", nextSteps, errors);
        List<Indicator> checked = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRow row = indicators.get(i);
            if (row.remove() || row.isBlank()) {
                continue;
            }
            indicator(row, "indicator-" + i + "-", groupIds, errors).ifPresent(checked::add);
        }
        if (checked.size() > MAX_INDICATORS) {
            errors.add("indicator-0-name", "national.error.indicators.tooMany", MAX_INDICATORS);
        }
        errors.throwIfAny();
        return new Checked(paragraphId, entryStatus.orElseThrow(), blankToNull(goals), blankToNull(policies),
                blankToNull(limitations), blankToNull(nextSteps), checked);
    }

    private static Optional<Indicator> indicator(IndicatorRow row, String prefix, Map<String, Long> groupIds, FormErrors errors) {
        int before = errors.all().size();
        typed(prefix + "name", "national.field.indicatorName", row.name(), errors);
        typed(prefix + "unit", "national.field.unit", row.unit(), errors);
        typed(prefix + "values", "national.field.values", row.values(), errors);
        if (row.name().isEmpty()) {
            errors.add(prefix + "name", "national.error.indicator.name");
        } else if (row.name().length() > 500) {
            errors.add(prefix + "name", "national.error.tooLong", 500);
        }
        if (row.unit().isEmpty()) {
            errors.add(prefix + "unit", "national.error.indicator.unit");
        } else if (row.unit().length() > 80) {
            errors.add(prefix + "unit", "national.error.tooLong", 80);
        }
        BigDecimal baseline = Numbers.amount(row.baselineValue(), prefix + "baselineValue", errors);
        Integer baselineYear = Numbers.year(row.baselineYear(), prefix + "baselineYear", errors);
        BigDecimal target = Numbers.amount(row.targetValue(), prefix + "targetValue", errors);
        Integer targetYear = Numbers.year(row.targetYear(), prefix + "targetYear", errors);
        if (baselineYear != null && targetYear != null && targetYear < baselineYear) {
            errors.add(prefix + "targetYear", "national.error.indicator.targetBeforeBaseline");
        }
        List<Measurement> values = values(row.values(), prefix + "values", groupIds, errors);
        if (errors.all().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Indicator(0, row.name(), row.unit(), baseline, baselineYear, target, targetYear, values));
    }

    /** Reads the lines {@code date; value; sex; group; note}; blank lines are skipped. */
    static List<Measurement> values(String lines, String field, Map<String, Long> groupIds, FormErrors errors) {
        List<Measurement> values = new ArrayList<>();
        String[] all = lines.split("\\R", -1);
        for (int n = 0; n < all.length; n++) {
            String line = all[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            int number = n + 1;
            String[] parts = line.split(";", 5);
            if (parts.length < 2) {
                errors.add(field, "national.error.value.shape", number);
                continue;
            }
            LocalDate on;
            try {
                on = LocalDate.parse(parts[0].strip());
            } catch (DateTimeParseException notADate) {
                errors.add(field, "national.error.value.date", number, parts[0].strip());
                continue;
            }
            Optional<BigDecimal> amount = Numbers.parse(parts[1].strip());
            if (amount.isEmpty()) {
                errors.add(field, "national.error.value.amount", number, parts[1].strip());
                continue;
            }
            String sexCode = parts.length > 2 && !parts[2].isBlank() ? parts[2].strip() : "total";
            Optional<Sex> sex = Sex.fromCode(sexCode);
            if (sex.isEmpty()) {
                errors.add(field, "national.error.value.sex", number, sexCode);
                continue;
            }
            Long group = null;
            if (parts.length > 3 && !parts[3].isBlank()) {
                group = groupIds.get(parts[3].strip());
                if (group == null) {
                    errors.add(field, "national.error.value.group", number, parts[3].strip());
                    continue;
                }
            }
            String note = parts.length > 4 ? blankToNull(parts[4].strip()) : null;
            if (note != null && note.length() > 1000) {
                errors.add(field, "national.error.value.note", number, 1000);
                continue;
            }
            values.add(new Measurement(on, sex.get(), group, amount.get(), note));
        }
        if (values.size() > MAX_VALUES) {
            errors.add(field, "national.error.value.tooMany", MAX_VALUES);
        }
        return values;
    }

    static String valueLines(List<Measurement> values, Map<Long, String> groupCodes) {
        StringBuilder lines = new StringBuilder();
        for (Measurement value : values) {
            lines.append(value.measuredOn()).append("; ").append(value.amount().toPlainString());
            boolean group = value.groupId() != null;
            if (value.sex() != Sex.TOTAL || group || value.note() != null) {
                lines.append("; ").append(value.sex().code());
            }
            if (group || value.note() != null) {
                lines.append("; ").append(group ? groupCodes.getOrDefault(value.groupId(), "") : "");
            }
            if (value.note() != null) {
                lines.append("; ").append(value.note());
            }
            lines.append('\n');
        }
        return lines.toString();
    }

    private static void limit(String field, String value, FormErrors errors) {
        if (value.length() > MAX_TEXT) {
            errors.add(field, "national.error.tooLong", MAX_TEXT);
        }
        typed(field, "national.field." + field, value, errors);
    }

    /** Refuses invisible control characters in a typed field, naming it by {@code label}. */
    private static void typed(String field, String label, String value, FormErrors errors) {
        ControlCharacters.check(errors, field, new DefaultMessageSourceResolvable(label), value);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip().replace("\r\n", "\n");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
