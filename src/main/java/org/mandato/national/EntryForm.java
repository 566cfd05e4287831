package org.mandato.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mandato.national.NationalReport.Entry;
import org.mandato.national.NationalReport.Indicator;
import org.mandato.national.NationalReport.Measurement;
import org.mandato.national.NationalReport.Sex;
import org.mandato.web.ControlCharacters;
import org.mandato.web.FormErrors;
import org.mandato.web.TypedNumbers;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.MultiValueMap;

/**
 * One entry of a national report as typed: the mandate, its status, the notes, and indicators
 * ({@code indicator-0-name}, …), each with its dated values one to a row of a table
 * ({@code indicator-0-value-2-amount}, …) and, for many at once, value lines pasted as
 * {@code date; value; sex; group; note}. Numbers are read in the language of the page they were typed
 * on; a wrong value is named by its indicator and row or line. {@code mandateQuery} is what was typed
 * in the mandate picker's search field, kept while the form goes back and forth.
 */
public record EntryForm(String paragraph, String status, String goals, String policies, String limitations,
                        String nextSteps, List<IndicatorRow> indicators, int version, String mandateQuery) {

    static final int MAX_TEXT = 20_000;
    static final int MAX_INDICATORS = 30;
    static final int MAX_VALUES = 500;
    private static final Pattern INDICATOR = Pattern.compile("indicator-(\\d{1,4})-name");
    private static final Pattern VALUE_ROW = Pattern.compile("indicator-(\\d{1,4})-value-(\\d{1,4})-date");

    /** The entry once checked, ready to store. */
    record Checked(long paragraphId, EntryStatus status, String goals, String policies, String limitations, String nextSteps,
                   List<Indicator> indicators) {}

    /** What saving the form would remove: a whole indicator, or some of its values. */
    public record Removal(int indicatorNumber, String indicatorName, long values, boolean wholeIndicator) {}

    /** An entry with nothing typed in the mandate picker. */
    public EntryForm(String paragraph, String status, String goals, String policies, String limitations, String nextSteps,
                     List<IndicatorRow> indicators, int version) {
        this(paragraph, status, goals, policies, limitations, nextSteps, indicators, version, "");
    }

    /** A new entry: one blank indicator to fill. */
    static EntryForm blank(String paragraph, int version) {
        return new EntryForm(paragraph, "", "", "", "", "", List.of(IndicatorRow.blank()), version, "");
    }

    /** A stored entry, its indicators with their numbers written for {@code locale}, plus a blank one for a new indicator. */
    static EntryForm of(Entry entry, Map<Long, String> groupCodes, int version, Locale locale) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (Indicator indicator : entry.indicators()) {
            rows.add(IndicatorRow.of(indicator, groupCodes, locale));
        }
        rows.add(IndicatorRow.blank());
        return new EntryForm(String.valueOf(entry.paragraphId()), entry.status().code(), text(entry.goals()),
                text(entry.policies()), text(entry.limitations()), text(entry.nextSteps()), rows, version, "");
    }

    /** The form as posted. Indicators and rows are taken in the order of their numbers, whatever numbers a script gave them. */
    static EntryForm from(MultiValueMap<String, String> in) {
        TreeMap<Integer, TreeSet<Integer>> numbers = new TreeMap<>();
        for (String key : in.keySet()) {
            Matcher indicator = INDICATOR.matcher(key);
            if (indicator.matches()) {
                numbers.computeIfAbsent(Integer.parseInt(indicator.group(1)), k -> new TreeSet<>());
            }
        }
        for (String key : in.keySet()) {
            Matcher row = VALUE_ROW.matcher(key);
            if (row.matches() && numbers.containsKey(Integer.parseInt(row.group(1)))) {
                numbers.get(Integer.parseInt(row.group(1))).add(Integer.parseInt(row.group(2)));
            }
        }
        List<IndicatorRow> indicators = new ArrayList<>();
        // One more than allowed is read, so that the check can say there are too many.
        for (var indicator : numbers.entrySet().stream().limit(MAX_INDICATORS + 1L).toList()) {
            String prefix = "indicator-" + indicator.getKey() + "-";
            List<IndicatorRow.ValueRow> rows = new ArrayList<>();
            for (int n : indicator.getValue().stream().limit(MAX_VALUES + 1L).toList()) {
                String row = prefix + "value-" + n + "-";
                rows.add(new IndicatorRow.ValueRow(text(in.getFirst(row + "date")), text(in.getFirst(row + "amount")),
                        in.getFirst(row + "sex") == null ? "total" : text(in.getFirst(row + "sex")), text(in.getFirst(row + "group")),
                        text(in.getFirst(row + "note")), in.containsKey(row + "remove")));
            }
            indicators.add(new IndicatorRow(text(in.getFirst(prefix + "name")), text(in.getFirst(prefix + "unit")),
                    text(in.getFirst(prefix + "baselineValue")), text(in.getFirst(prefix + "baselineYear")),
                    text(in.getFirst(prefix + "targetValue")), text(in.getFirst(prefix + "targetYear")), rows,
                    text(in.getFirst(prefix + "values")), in.containsKey(prefix + "remove")));
        }
        int version;
        try {
            version = Integer.parseInt(text(in.getFirst("version")));
        } catch (NumberFormatException missing) {
            version = -1;
        }
        return new EntryForm(text(in.getFirst("paragraph")), text(in.getFirst("status")), text(in.getFirst("goals")),
                text(in.getFirst("policies")), text(in.getFirst("limitations")), text(in.getFirst("nextSteps")), indicators, version,
                text(in.getFirst("mandateQuery")));
    }

    /** The same form ready to show again: a blank indicator at the end, and a few blank rows under each indicator. */
    EntryForm withBlankRows() {
        List<IndicatorRow> rows = new ArrayList<>(indicators.stream().map(i -> i.withBlankRows(2)).toList());
        if (rows.isEmpty() || !rows.get(rows.size() - 1).isBlank()) {
            rows.add(IndicatorRow.blank());
        }
        return withIndicators(rows);
    }

    /** The same form with more blank value rows under indicator {@code index} (from 0). */
    EntryForm withMoreRows(int index) {
        List<IndicatorRow> rows = new ArrayList<>(indicators);
        if (index >= 0 && index < rows.size()) {
            rows.set(index, rows.get(index).withMoreRows(IndicatorRow.MORE_ROWS));
        }
        return withIndicators(rows);
    }

    /** The same form with one more blank indicator, within the limit. */
    EntryForm withAnotherIndicator() {
        List<IndicatorRow> rows = new ArrayList<>(indicators);
        if (rows.size() < MAX_INDICATORS) {
            rows.add(IndicatorRow.blank());
        }
        return withIndicators(rows);
    }

    private EntryForm withIndicators(List<IndicatorRow> rows) {
        return new EntryForm(paragraph, status, goals, policies, limitations, nextSteps, List.copyOf(rows), version, mandateQuery);
    }

    /** The indicators and values that saving this form removes, each named for the confirmation. */
    public List<Removal> removals() {
        List<Removal> removals = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRow row = indicators.get(i);
            if (row.remove() && !row.isBlank()) {
                removals.add(new Removal(i + 1, row.name(), row.valueCount(), true));
            } else if (!row.remove() && row.rowsToRemove() > 0) {
                removals.add(new Removal(i + 1, row.name(), row.rowsToRemove(), false));
            }
        }
        return removals;
    }

    /**
     * Checks every field; {@code allowedParagraphs} are the mandates the cycle asks about, numbers are
     * read as written on a page in {@code typedIn}.
     */
    Checked check(java.util.Set<Long> allowedParagraphs, Map<String, Long> groupIds, Locale typedIn) {
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
            indicator(row, i, groupIds, typedIn, errors).ifPresent(checked::add);
        }
        if (checked.size() > MAX_INDICATORS) {
            errors.add("indicator-0-name", "national.error.indicators.tooMany", MAX_INDICATORS);
        }
        errors.throwIfAny();
        return new Checked(paragraphId, entryStatus.orElseThrow(), blankToNull(goals), blankToNull(policies),
                blankToNull(limitations), blankToNull(nextSteps), checked);
    }

    private static Optional<Indicator> indicator(IndicatorRow row, int index, Map<String, Long> groupIds, Locale typedIn,
                                                 FormErrors errors) {
        String prefix = "indicator-" + index + "-";
        int number = index + 1;
        int before = errors.all().size();
        typed(prefix + "name", "national.field.indicatorName", row.name(), errors);
        typed(prefix + "unit", "national.field.unit", row.unit(), errors);
        typed(prefix + "values", "national.field.values", row.pasted(), errors);
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
        BigDecimal baseline = amount(row.baselineValue(), prefix + "baselineValue", ofIndicator("national.field.baselineValue", number),
                typedIn, errors);
        Integer baselineYear = Numbers.year(row.baselineYear(), prefix + "baselineYear", errors);
        BigDecimal target = amount(row.targetValue(), prefix + "targetValue", ofIndicator("national.field.targetValue", number),
                typedIn, errors);
        Integer targetYear = Numbers.year(row.targetYear(), prefix + "targetYear", errors);
        if (baselineYear != null && targetYear != null && targetYear < baselineYear) {
            errors.add(prefix + "targetYear", "national.error.indicator.targetBeforeBaseline");
        }
        List<Measurement> values = new ArrayList<>(ValueRows.check(row, index, groupIds, typedIn, errors));
        values.addAll(values(row.pasted(), prefix + "values", groupIds, errors, typedIn, number));
        if (values.size() > MAX_VALUES) {
            errors.add(prefix + "values", "national.error.value.tooMany", MAX_VALUES);
        }
        if (errors.all().size() > before) {
            return Optional.empty();
        }
        values.sort(java.util.Comparator.comparing(Measurement::measuredOn));
        return Optional.of(new Indicator(0, row.name(), row.unit(), baseline, baselineYear, target, targetYear, values));
    }

    /** "Baseline value of indicator 2", naming a field in messages. */
    static DefaultMessageSourceResolvable ofIndicator(String fieldLabel, int number) {
        return new DefaultMessageSourceResolvable(new String[] {"national.field.ofIndicator"},
                new Object[] {new DefaultMessageSourceResolvable(fieldLabel), number});
    }

    private static BigDecimal amount(String typed, String field, Object label, Locale typedIn, FormErrors errors) {
        return typed.isEmpty() ? null : TypedNumbers.check(errors, field, label, typed, typedIn);
    }

    /** Reads value lines from a pack file, where numbers are written plainly ("45.2"). */
    static List<Measurement> values(String lines, String field, Map<String, Long> groupIds, FormErrors errors) {
        return values(lines, field, groupIds, errors, null, 0);
    }

    /**
     * Reads the lines {@code date; value; sex; group; note}; blank lines are skipped. Numbers are read as
     * typed on a page in {@code typedIn}, or plainly when it is null (pack files); {@code indicator} names
     * the indicator (from 1) in messages about numbers.
     */
    static List<Measurement> values(String lines, String field, Map<String, Long> groupIds, FormErrors errors, Locale typedIn,
                                    int indicator) {
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
            Optional<BigDecimal> amount;
            if (typedIn == null) {
                amount = Numbers.parse(parts[1].strip());
                if (amount.isEmpty()) {
                    errors.add(field, "national.error.value.amount", number, parts[1].strip());
                }
            } else {
                amount = Optional.ofNullable(TypedNumbers.check(errors, field, new DefaultMessageSourceResolvable(
                        new String[] {"national.value.line"}, new Object[] {indicator, number}), parts[1].strip(), typedIn));
            }
            if (amount.isEmpty()) {
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

    static void limit(String field, String value, FormErrors errors) {
        if (value.length() > MAX_TEXT) {
            errors.add(field, "national.error.tooLong", MAX_TEXT);
        }
        typed(field, "national.field." + field, value, errors);
    }

    /** Refuses invisible control characters in a typed field, naming it by {@code label}. */
    static void typed(String field, String label, String value, FormErrors errors) {
        ControlCharacters.check(errors, field, new DefaultMessageSourceResolvable(label), value);
    }

    static String text(String value) {
        return value == null ? "" : value.strip().replace("\r\n", "\n");
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
