package org.mandato.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;

/**
 * Numbers as a reader of each language expects to see them on a page: 1,200.5 in English, 1.200,5 in
 * Spanish and Portuguese, 1 200,5 in French. Display only: downloads (CSV, JSON) keep plain numbers,
 * and reading what people type is the forms' business. A fresh {@link NumberFormat} per call, since
 * those are not safe to share between threads.
 */
public final class DisplayNumbers {

    /** Indicator values are stored with at most four decimals; none is ever hidden. */
    static final int MAX_FRACTION_DIGITS = 4;

    private final Language language;

    private DisplayNumbers(Language language) {
        this.language = language;
    }

    public static DisplayNumbers of(Language language) {
        return new DisplayNumbers(language);
    }

    public String integer(long value) {
        return NumberFormat.getIntegerInstance(language.locale()).format(value);
    }

    /** Every decimal of {@code value} as stored, with the language's separators; "" for none. */
    public String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = decimalFormat();
        format.setMaximumFractionDigits(Math.max(MAX_FRACTION_DIGITS, value.scale()));
        return format.format(value);
    }

    private DecimalFormat decimalFormat() {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(language.locale());
        format.setMinimumFractionDigits(0);
        return format;
    }
}
