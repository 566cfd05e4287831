package org.mandato.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mandato.web.ControlCharacters;
import org.mandato.web.FormErrors;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Reads typed values out of the text of a catalogue form, noting a field error for each value that
 * does not fit and answering null for it (and for an empty optional field). Messages name the field
 * by its label, {@code catalogAdmin.field.<name>}, resolved in the reader's language.
 */
final class FormChecks {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private final FormErrors errors = new FormErrors();

    void add(String field, String key, Object... args) {
        errors.add(field, key, args);
    }

    boolean has(String field) {
        return errors.has(field);
    }

    /** Throws {@link FormErrors.Invalid} when any problem was noted: then nothing may be written. */
    void throwIfAny() {
        errors.throwIfAny();
    }

    String required(String field, String value, int maxLength) {
        if (value.isEmpty()) {
            add(field, "catalogAdmin.error.required", label(field));
            return null;
        }
        return optional(field, value, maxLength);
    }

    String optional(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            add(field, "catalogAdmin.error.tooLong", label(field), maxLength);
            return null;
        }
        if (!ControlCharacters.check(errors, field, label(field), value)) {
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    /** A slug or a code: lower-case letters, digits and hyphens. */
    String slug(String field, String value, int maxLength) {
        String slug = required(field, value, maxLength);
        if (slug != null && !slug.matches("[a-z0-9-]+")) {
            add(field, "catalogAdmin.error.slug", label(field), slug);
            return null;
        }
        return slug;
    }

    Integer number(String field, String value, int min, int max) {
        if (value.isEmpty()) {
            return null;
        }
        if (value.matches("\\d{1,9}")) {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        }
        add(field, "catalogAdmin.error.number", label(field), String.valueOf(min), String.valueOf(max));
        return null;
    }

    Integer year(String field, String value) {
        if (value.isEmpty()) {
            return null;
        }
        if (value.matches("\\d{4}")) {
            int year = Integer.parseInt(value);
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        }
        add(field, "catalogAdmin.error.year", label(field), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        return null;
    }

    /** A date written YYYY-MM-DD, and a real one (not 2009-02-30). */
    LocalDate date(String field, String value) {
        if (value.isEmpty()) {
            return null;
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeException notADay) {
                // reported below
            }
        }
        add(field, "catalogAdmin.error.date", label(field), value);
        return null;
    }

    /** An absolute http or https address with a host. */
    String url(String field, String value, int maxLength) {
        String url = optional(field, value, maxLength);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException notAUri) {
            // reported below
        }
        add(field, "catalogAdmin.error.url", label(field));
        return null;
    }

    /** A two-letter ISO 3166-1 code, answered in upper case. */
    String countryCode(String field, String value) {
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("[A-Za-z]{2}")) {
            add(field, "catalogAdmin.error.country", label(field));
            return null;
        }
        return value.toUpperCase(Locale.ROOT);
    }

    /** The texts of fields "{field}-{lang}"; with {@code englishRequired}, the English one must be given. */
    Map<String, String> texts(String field, Map<String, String> values, int maxLength, boolean englishRequired) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String lang : CatalogForms.LANGUAGES) {
            String value = values.getOrDefault(lang, "");
            String languageField = field + "-" + lang;
            if (englishRequired && lang.equals("en") && value.isEmpty()) {
                add(languageField, "catalogAdmin.error.english", label(field));
            } else if (value.length() > maxLength) {
                add(languageField, "catalogAdmin.error.tooLong", label(field), maxLength);
            } else {
                ControlCharacters.check(errors, languageField, label(field), value);
            }
            texts.put(lang, value);
        }
        return texts;
    }

    /** The id a select or checkbox sent; empty when it is not a number (a forged value). */
    static Optional<Long> id(String value) {
        return value.matches("\\d{1,18}") ? Optional.of(Long.parseLong(value)) : Optional.empty();
    }

    /** The label of a field, resolved when the message is shown; "name-en" has the label of "name". */
    static DefaultMessageSourceResolvable label(String field) {
        int dash = field.indexOf('-');
        return new DefaultMessageSourceResolvable("catalogAdmin.field." + (dash < 0 ? field : field.substring(0, dash)));
    }
}
