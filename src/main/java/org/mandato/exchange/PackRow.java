package org.mandato.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.mandato.web.CsvFiles;

/** One row of a pack file, with typed access whose errors name the column. */
final class PackRow {

    static final Pattern LOCALIZED_COLUMN = Pattern.compile("(.+)_([a-z]{2})");

    private final CSVRecord record;

    PackRow(CSVRecord record) {
        this.record = record;
    }

    /** The trimmed value, or null when the cell is empty. */
    String optional(String column) {
        String value = record.isMapped(column) ? CsvFiles.read(record.get(column)) : null;
        return value == null || value.isBlank() ? null : value.strip();
    }

    String required(String column) {
        String value = optional(column);
        if (value == null) {
            throw new IllegalArgumentException("column '" + column + "': a value is required");
        }
        return value;
    }

    Integer integer(String column) {
        String value = optional(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("column '" + column + "': '" + value + "' is not a whole number");
        }
    }

    LocalDate date(String column) {
        String value = optional(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("column '" + column + "': '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    List<String> list(String column) {
        String value = optional(column);
        return value == null ? List.of() : Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The texts of {@code field} by language, from the columns {@code field_<lang>}; kept verbatim. */
    Map<String, String> localized(String field) {
        Map<String, String> texts = new LinkedHashMap<>();
        record.getParser().getHeaderNames().forEach(column -> {
            Matcher m = LOCALIZED_COLUMN.matcher(column);
            if (m.matches() && m.group(1).equals(field)) {
                String text = CsvFiles.read(record.get(column));
                if (text != null && !text.isBlank()) {
                    texts.put(m.group(2), text.strip());
                }
            }
        });
        return texts;
    }
}
