package org.mandato.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Numbers written the reader's way: separators of thousands and decimals per language, no decimal lost. */
class DisplayNumbersTest {

    private static final String NARROW_NO_BREAK_SPACE = "\u202f";

    @Test
    void eachLanguageWritesThousandsAndDecimalsItsOwnWay() {
        BigDecimal value = new BigDecimal("1200.5");
        assertThat(DisplayNumbers.of(Language.EN).decimal(value)).isEqualTo("1,200.5");
        assertThat(DisplayNumbers.of(Language.ES).decimal(value)).isEqualTo("1.200,5");
        assertThat(DisplayNumbers.of(Language.PT).decimal(value)).isEqualTo("1.200,5");
        assertThat(DisplayNumbers.of(Language.FR).decimal(value)).isEqualTo("1" + NARROW_NO_BREAK_SPACE + "200,5");
    }

    @Test
    void everyStoredDecimalIsShownAndNoneIsAdded() {
        DisplayNumbers spanish = DisplayNumbers.of(Language.ES);
        assertThat(spanish.decimal(new BigDecimal("0.0005"))).isEqualTo("0,0005");
        assertThat(spanish.decimal(new BigDecimal("36.50"))).isEqualTo("36,5");
        assertThat(spanish.decimal(new BigDecimal("-4"))).isEqualTo("-4");
        assertThat(spanish.decimal((BigDecimal) null)).isEmpty();
        assertThat(spanish.integer(1_234_567)).isEqualTo("1.234.567");
    }

    @Test
    void theSitesNumbersAreTheReadersLanguage() {
        Site spanish = new Site(Language.ES, null, "/", null, null);
        assertThat(spanish.number(new BigDecimal("78.5"))).isEqualTo("78,5");
        assertThat(spanish.number(12_000)).isEqualTo("12.000");
    }
}
