package org.mandato.reporting;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a report gives itself, found in its text: after a label ("Date:", "Fecha:", "Data:",
 * "Date :") if there is one, else the first date written out in English, Spanish, Portuguese or
 * French ("15 March 2024", "March 15, 2024", "15 de marzo de 2024", "15 de março de 2024",
 * "15 mars 2024", "1er mars 2024"), as ISO (2024-03-15) or in figures (15/03/2024, read month first
 * in English only). A date before the first Summit or after {@code today} is no report's date.
 */
final class ReportDates {

    /** Only the start of a long report is searched: its date is on its first page. */
    static final int SEARCHED = 5_000;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3), Map.entry("abril", 4),
            Map.entry("mayo", 5), Map.entry("junio", 6), Map.entry("julio", 7), Map.entry("agosto", 8),
            Map.entry("septiembre", 9), Map.entry("setiembre", 9), Map.entry("octubre", 10), Map.entry("noviembre", 11),
            Map.entry("diciembre", 12),
            Map.entry("janeiro", 1), Map.entry("fevereiro", 2), Map.entry("marco", 3), Map.entry("maio", 5),
            Map.entry("junho", 6), Map.entry("julho", 7), Map.entry("setembro", 9), Map.entry("outubro", 10),
            Map.entry("novembro", 11), Map.entry("dezembro", 12),
            Map.entry("janvier", 1), Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4),
            Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("aout", 8),
            Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("decembre", 12));

    private static final String MONTH = "([a-z]{3,10})";
    private static final Pattern LABEL = Pattern.compile("(?i)\\b(?:date|fecha|data)\\s?:\\s*");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:er|º|°)?\\s+(?:de\\s+)?" + MONTH + "\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Pattern FIGURES = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");

    private ReportDates() {
    }

    /** The report's date, if its text gives one that can be a report's date on {@code today}. */
    static Optional<LocalDate> find(String text, String language, LocalDate today) {
        String searched = folded(text.length() > SEARCHED ? text.substring(0, SEARCHED) : text);
        Matcher label = LABEL.matcher(searched);
        while (label.find()) {
            String after = searched.substring(label.end(), Math.min(searched.length(), label.end() + 40));
            Optional<LocalDate> labelled = first(after, language, today, true);
            if (labelled.isPresent()) {
                return labelled;
            }
        }
        return first(searched, language, today, false);
    }

    /** The first date in {@code text}; {@code atStart}: only one the text starts with. */
    private static Optional<LocalDate> first(String text, String language, LocalDate today, boolean atStart) {
        LocalDate found = null;
        int at = Integer.MAX_VALUE;
        for (Pattern pattern : new Pattern[] {ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, FIGURES}) {
            Matcher m = pattern.matcher(text);
            while (m.find() && m.start() < at) {
                LocalDate date = date(pattern, m, language);
                if (date != null && !date.isBefore(ReportFormReader.EARLIEST) && !date.isAfter(today)) {
                    found = date;
                    at = m.start();
                    break;
                }
            }
        }
        return found == null || (atStart && at > 0) ? Optional.empty() : Optional.of(found);
    }

    private static LocalDate date(Pattern pattern, Matcher m, String language) {
        try {
            if (pattern == ISO) {
                return LocalDate.of(number(m.group(1)), number(m.group(2)), number(m.group(3)));
            }
            if (pattern == DAY_MONTH_YEAR) {
                Integer month = MONTHS.get(m.group(2));
                return month == null ? null : LocalDate.of(number(m.group(3)), month, number(m.group(1)));
            }
            if (pattern == MONTH_DAY_YEAR) {
                Integer month = MONTHS.get(m.group(1));
                return month == null ? null : LocalDate.of(number(m.group(3)), month, number(m.group(2)));
            }
            boolean monthFirst = "en".equals(language);
            int first = number(m.group(1));
            int second = number(m.group(2));
            return LocalDate.of(number(m.group(3)), monthFirst ? first : second, monthFirst ? second : first);
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    /** Lower case without accents, so that "Março" and "marco", "Août" and "aout" are one month. */
    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
