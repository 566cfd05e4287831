package org.mandato.national;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.mandato.web.ControlCharacters;
import org.mandato.web.FormErrors;
import org.mandato.web.Language;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.MultiValueMap;

/**
 * A reporting cycle as typed in the Secretariat's form: every value is text so that a refused form
 * shows again what was sent. Field names are the HTML ids ("slug", "name-en", "dueDate", "summits").
 */
public record CycleForm(String slug, Map<String, String> name, String periodStart, String periodEnd, String dueDate,
                        List<String> summits, String reminderDays) {

    /** A form without the reminder days (a pack's row): a new cycle gets the default, a changed one keeps its own. */
    public CycleForm(String slug, Map<String, String> name, String periodStart, String periodEnd, String dueDate,
                     List<String> summits) {
        this(slug, name, periodStart, periodEnd, dueDate, summits, "");
    }

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The form once checked: values typed, names per language. */
    record Checked(String slug, Map<String, String> names, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate,
                   List<Long> summitIds, Integer reminderDays) {}

    public static CycleForm empty() {
        return new CycleForm("", names(null), "", "", "", List.of(), String.valueOf(ReportingCycle.DEFAULT_REMINDER_DAYS));
    }

    public static CycleForm of(ReportingCycle cycle) {
        return new CycleForm(cycle.slug(), names(cycle.name().byLanguage()), cycle.periodStart().toString(),
                cycle.periodEnd().toString(), cycle.dueDate().toString(), cycle.summitIds().stream().map(String::valueOf).toList(),
                String.valueOf(cycle.reminderDays()));
    }

    public static CycleForm from(MultiValueMap<String, String> parameters) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            names.put(language.code(), text(parameters.getFirst("name-" + language.code())));
        }
        List<String> summits = parameters.getOrDefault("summits", List.of());
        return new CycleForm(text(parameters.getFirst("slug")), names, text(parameters.getFirst("periodStart")),
                text(parameters.getFirst("periodEnd")), text(parameters.getFirst("dueDate")), List.copyOf(summits),
                text(parameters.getFirst("reminderDays")));
    }

    public boolean hasSummit(long summitId) {
        return summits.contains(String.valueOf(summitId));
    }

    /**
     * The checked values, or {@link FormErrors.Invalid} naming each wrong field. The due date may not
     * come before the period ends, nor be in the past on {@code today} unless it is {@code storedDueDate},
     * the one a cycle being changed already has (a cycle past its due date can still be renamed).
     */
    Checked check(java.util.Set<Long> knownSummits, LocalDate today, LocalDate storedDueDate) {
        FormErrors errors = new FormErrors();
        if (slug.isEmpty()) {
            errors.add("slug", "cycles.error.slug.required");
        } else if (slug.length() > 80 || !SLUG.matcher(slug).matches()) {
            errors.add("slug", "cycles.error.slug.format");
        }
        if (name.get("en").isEmpty()) {
            errors.add("name-en", "cycles.error.name.required");
        }
        name.forEach((lang, text) -> {
            if (text.length() > 300) {
                errors.add("name-" + lang, "cycles.error.name.tooLong", 300);
            }
            ControlCharacters.check(errors, "name-" + lang, new DefaultMessageSourceResolvable("national.field.name"), text);
        });
        LocalDate start = date(periodStart, "periodStart", errors);
        LocalDate end = date(periodEnd, "periodEnd", errors);
        LocalDate due = date(dueDate, "dueDate", errors);
        if (start != null && end != null && start.isAfter(end)) {
            errors.add("periodEnd", "cycles.error.period.order");
        }
        if (due != null && end != null && due.isBefore(end)) {
            errors.add("dueDate", "cycles.error.due.beforePeriodEnd", end);
        } else if (due != null && due.isBefore(today) && !due.equals(storedDueDate)) {
            errors.add("dueDate", "cycles.error.due.past", today);
        }
        List<Long> summitIds = new ArrayList<>();
        for (String summit : summits) {
            try {
                long id = Long.parseLong(summit);
                if (!knownSummits.contains(id)) {
                    throw new NumberFormatException();
                }
                summitIds.add(id);
            } catch (NumberFormatException unknown) {
                errors.add("summits", "cycles.error.summit.unknown", summit);
            }
        }
        Integer days = null;
        if (reminderDays != null && !reminderDays.isEmpty()) {
            try {
                days = Integer.parseInt(reminderDays);
            } catch (NumberFormatException notANumber) {
                days = -1;
            }
            if (days < 0 || days > 365) {
                errors.add("reminderDays", "cycles.error.reminderDays");
            }
        }
        errors.throwIfAny();
        return new Checked(slug, name, start, end, due, summitIds.stream().distinct().sorted().toList(), days);
    }

    private static LocalDate date(String value, String field, FormErrors errors) {
        if (value.isEmpty()) {
            errors.add(field, "cycles.error.date.required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < 1990 || date.getYear() > 2100) {
                errors.add(field, "cycles.error.date.range");
                return null;
            }
            return date;
        } catch (DateTimeParseException notADate) {
            errors.add(field, "cycles.error.date.format", value);
            return null;
        }
    }

    /** A text for every offered language, empty where {@code existing} (which may be null) has none. */
    static Map<String, String> names(Map<String, String> existing) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            names.put(language.code(), existing == null ? "" : existing.getOrDefault(language.code(), ""));
        }
        return names;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
