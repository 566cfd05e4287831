package org.mandato.national;

import java.math.BigDecimal;
import java.util.Optional;

import org.mandato.web.FormErrors;

/**
 * Numbers in pack files: "45.2" or "45,2", at most 16 digits before the point and 4 after. A lone comma
 * followed by exactly three digits ("1,200") is refused: it may group thousands or mark decimals, and a
 * file has no page language to tell which.
 */
final class Numbers {

    private Numbers() {
    }

    static Optional<BigDecimal> parse(String text) {
        String plain = text.replace(" ", "").replace("\u00a0", "");
        if (plain.matches("[-+]?\\d{1,3},\\d{3}")) {
            return Optional.empty();
        }
        if (plain.indexOf(',') >= 0 && plain.indexOf('.') < 0) {
            plain = plain.replace(',', '.');
        }
        if (!plain.matches("[-+]?\\d{1,16}(\\.\\d{1,4})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain).stripTrailingZeros());
    }

    static BigDecimal amount(String text, String field, FormErrors errors) {
        if (text.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> value = parse(text);
        if (value.isEmpty()) {
            errors.add(field, "national.error.number", text);
        }
        return value.orElse(null);
    }

    static Integer year(String text, String field, FormErrors errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            int year = Integer.parseInt(text);
            if (year >= 1950 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException notAYear) {
            // reported below
        }
        errors.add(field, "national.error.year", text);
        return null;
    }
}
