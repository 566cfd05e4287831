package org.mandato.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.NumberFormat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.mandato.web.TypedNumbers.Problem;
import org.mandato.web.TypedNumbers.Reading;

/** A number written for a page reads back as the same value, and never silently as another one. */
class TypedNumbersProperties {

    @Property(tries = 500)
    void aValueWrittenForAPageReadsBackUnchangedInItsLanguage(
            @ForAll @BigRange(min = "-1000000000000", max = "1000000000000") @Scale(4) BigDecimal value, @ForAll Language language) {
        String written = TypedNumbers.format(value, language.locale());
        Reading read = TypedNumbers.read(written, language.locale());
        assertThat(read.problem()).as(written + " in " + language).isNull();
        assertThat(read.value()).as(written + " in " + language).isEqualByComparingTo(value);
    }

    @Property(tries = 500)
    void aValueWrittenForOneLanguageIsReadInAnotherAsTheSameValueOrRefused(
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(4) BigDecimal value,
            @ForAll Language writtenIn, @ForAll Language readIn) {
        String written = TypedNumbers.format(value, writtenIn.locale());
        Reading read = TypedNumbers.read(written, readIn.locale());
        if (read.isValue()) {
            assertThat(read.value()).as(written + " written in " + writtenIn + ", read in " + readIn).isEqualByComparingTo(value);
        }
    }

    @Property(tries = 500)
    void whatTheJdkWritesForALanguageIsReadAsTheSameValueOrRefusedAsAmbiguous(
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(4) BigDecimal value, @ForAll Language language) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(4);
        String written = format.format(value);
        Reading read = TypedNumbers.read(written, language.locale());
        if (read.isValue()) {
            assertThat(read.value()).as(written + " in " + language).isEqualByComparingTo(value);
        } else {
            assertThat(read.problem()).as(written + " in " + language).isEqualTo(Problem.AMBIGUOUS);
        }
    }
}
