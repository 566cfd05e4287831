package org.mandato.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers as people type them on a page, read in the page's language: 1,200.5 in English, 1.200,5 in
 * Spanish, Portuguese and French (where a space may group thousands too, as in every language). A
 * value is never silently read another way than its writer meant: when the same text is a whole
 * number in one convention and a decimal in the other ("1.200" on an English page, "1,200" on a
 * Spanish one) it is refused as ambiguous, with the two ways to write it. A single mark followed by
 * other than three digits cannot be grouping, so it is read as the decimal mark whichever it is
 * ("45,2" on an English page is 45.2). {@link #format} writes values for forms so that they read back
 * unchanged in every language.
 */
public final class TypedNumbers {

    /** What the database column holds: decimal(20, 4). */
    public static final int MAX_INTEGER_DIGITS = 16;
    public static final int MAX_DECIMALS = 4;

    private static final String SPACES = " \u00a0\u202f\u2009";

    private TypedNumbers() {
    }

    /** Why a text was refused, as a message key of the web bundle. */
    public enum Problem {
        /** Not a number at all, or separators that no convention writes ("1,2,3"). */
        NOT_A_NUMBER("number.error.notANumber"),
        /** The other language's convention ("1,200.5" on a Spanish page). */
        OTHER_CONVENTION("number.error.otherConvention"),
        /** A whole number in one convention and a decimal in the other. */
        AMBIGUOUS("number.error.ambiguous"),
        TOO_MANY_DECIMALS("number.error.tooManyDecimals"),
        TOO_LARGE("number.error.tooLarge");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * The outcome of reading a text: a value, or a problem. For {@link Problem#AMBIGUOUS},
     * {@code asWhole} and {@code asDecimal} are the two values the text could mean.
     */
    public record Reading(BigDecimal value, Problem problem, BigDecimal asWhole, BigDecimal asDecimal) {

        static Reading of(BigDecimal value) {
            return new Reading(value, null, null, null);
        }

        static Reading refused(Problem problem) {
            return new Reading(null, problem, null, null);
        }

        public boolean isValue() {
            return value != null;
        }
    }

    /** Reads {@code typed} (surrounding spaces ignored) in the convention of {@code locale}. */
    public static Reading read(String typed, Locale locale) {
        char decimalMark = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ',' : '.';
        char groupMark = decimalMark == ',' ? '.' : ',';
        String text = typed == null ? "" : typed.strip();
        boolean negative = false;
        if (!text.isEmpty() && "-+\u2212".indexOf(text.charAt(0)) >= 0) {
            negative = text.charAt(0) != '+';
            text = text.substring(1);
        }
        if (text.isEmpty() || !text.chars().allMatch(c -> isDigit(c) || c == '.' || c == ',' || SPACES.indexOf(c) >= 0)) {
            return Reading.refused(Problem.NOT_A_NUMBER);
        }
        int dots = count(text, '.');
        int commas = count(text, ',');
        String integerPart;
        String fraction;
        if (dots > 0 && commas > 0) {
            char last = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
            if (last != decimalMark) {
                return Reading.refused(Problem.OTHER_CONVENTION);
            }
            if (count(text, last) > 1) {
                return Reading.refused(Problem.NOT_A_NUMBER);
            }
            integerPart = text.substring(0, text.indexOf(last));
            fraction = text.substring(text.indexOf(last) + 1);
            if (fraction.isEmpty()) {
                return Reading.refused(Problem.NOT_A_NUMBER);
            }
        } else if (dots + commas == 0) {
            integerPart = text;
            fraction = "";
        } else {
            char mark = dots > 0 ? '.' : ',';
            int at = text.indexOf(mark);
            String before = text.substring(0, at);
            String after = text.substring(at + 1);
            if (after.isEmpty()) {
                return Reading.refused(Problem.NOT_A_NUMBER);
            }
            if (dots + commas > 1) {
                if (mark != groupMark) {
                    return Reading.refused(Problem.NOT_A_NUMBER);
                }
                integerPart = text;
                fraction = "";
            } else if (after.length() == 3 && mark == groupMark && before.chars().anyMatch(c -> SPACES.indexOf(c) >= 0)) {
                // "1 200.000" on a Spanish page: thousands grouped two ways, or a decimal point after grouping spaces.
                return Reading.refused(Problem.NOT_A_NUMBER);
            } else if (after.length() != 3 || !groups(text)) {
                // Grouping always leaves three digits after the mark: anything else is a decimal mark.
                integerPart = before;
                fraction = after;
            } else if (mark == groupMark) {
                integerPart = text;
                fraction = "";
            } else {
                return new Reading(null, Problem.AMBIGUOUS, value(negative, text, "").value(), value(negative, before, after).value());
            }
        }
        if ((integerPart.isEmpty() && fraction.isEmpty()) || !digitsOnly(fraction)
                || (!digitsOnly(integerPart) && !groups(integerPart))) {
            return Reading.refused(Problem.NOT_A_NUMBER);
        }
        return value(negative, integerPart, fraction);
    }

    /**
     * The arguments of the message that refuses {@code typed}: the field's {@code label} (a text or a
     * message to resolve), the text itself, how the page writes one thousand two hundred and a half,
     * then, for an ambiguous text, the two values it could mean, else the most decimals allowed.
     */
    public static Object[] messageArguments(Object label, String typed, Reading reading, Locale locale) {
        if (reading.problem() == Problem.AMBIGUOUS) {
            return new Object[] {label, typed, example(locale), format(reading.asWhole(), locale), format(reading.asDecimal(), locale)};
        }
        return new Object[] {label, typed, example(locale), MAX_DECIMALS};
    }

    /** Adds the problem of {@code reading}, if any, to {@code errors} under {@code field}; returns the value or null. */
    public static BigDecimal check(FormErrors errors, String field, Object label, String typed, Locale locale) {
        Reading reading = read(typed, locale);
        if (!reading.isValue()) {
            errors.add(field, reading.problem().key(), messageArguments(label, typed.strip(), reading, locale));
        }
        return reading.value();
    }

    /** The value of {@code typed}, or empty when it is refused for any reason. */
    public static Optional<BigDecimal> parse(String typed, Locale locale) {
        return Optional.ofNullable(read(typed, locale).value());
    }

    /**
     * {@code value} written for a form on a page in {@code locale}, grouped, with at most four decimals;
     * a value that would read as ambiguous gets a fourth decimal ("1.2340" rather than "1.234" in English).
     */
    public static String format(BigDecimal value, Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(MAX_DECIMALS);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        String written = format.format(value);
        if (read(written, locale).problem() == Problem.AMBIGUOUS) {
            format.setMinimumFractionDigits(MAX_DECIMALS);
            written = format.format(value);
        }
        return written;
    }

    /** How the page's language writes one thousand two hundred and a half, for hints and messages. */
    public static String example(Locale locale) {
        return format(new BigDecimal("1200.5"), locale);
    }

    private static Reading value(boolean negative, String integerPart, String fraction) {
        String digits = integerPart.chars().filter(TypedNumbers::isDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        BigDecimal value = new BigDecimal((digits.isEmpty() ? "0" : digits) + (fraction.isEmpty() ? "" : "." + fraction));
        value = value.stripTrailingZeros();
        if (value.scale() > MAX_DECIMALS) {
            return Reading.refused(Problem.TOO_MANY_DECIMALS);
        }
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return Reading.refused(Problem.TOO_LARGE);
        }
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        return Reading.of(negative ? value.negate() : value);
    }

    /**
     * Whether {@code text} is digits grouped by threes with one kind of separator (a dot, a comma or
     * a space): a first group of one to three digits not starting with 0, then groups of exactly three.
     */
    private static boolean groups(String text) {
        int separator = -1;
        int groupLength = 0;
        boolean first = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                if (first && groupLength == 0 && c == '0') {
                    return false;
                }
                groupLength++;
                continue;
            }
            int kind = SPACES.indexOf(c) >= 0 ? ' ' : c;
            if (separator != -1 && separator != kind) {
                return false;
            }
            separator = kind;
            if (first ? groupLength < 1 || groupLength > 3 : groupLength != 3) {
                return false;
            }
            first = false;
            groupLength = 0;
        }
        return !first && groupLength == 3;
    }

    private static boolean digitsOnly(String text) {
        return text.chars().allMatch(TypedNumbers::isDigit);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }
}
