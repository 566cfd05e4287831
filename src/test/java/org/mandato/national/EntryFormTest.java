package org.mandato.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.mandato.national.NationalReport.Measurement;
import org.mandato.national.NationalReport.Sex;
import org.mandato.web.FormErrors;

/** Value lines and numbers as governments type them. */
class EntryFormTest {

    static final Map<String, Long> GROUPS = Map.of("youth", 7L);

    @Test
    void valueLinesTakeDateAndValueAndOptionallySexGroupAndNote() {
        FormErrors errors = new FormErrors();
        List<Measurement> values = EntryForm.values("2024-12-31; 41,5\n\n  2025-06-30 ;12.25;women;youth; from the labour survey; revised\n",
                "values", GROUPS, errors);
        assertThat(errors.isEmpty()).isTrue();
        assertThat(values).containsExactly(
                new Measurement(LocalDate.of(2024, 12, 31), Sex.TOTAL, null, new BigDecimal("41.5"), null),
                new Measurement(LocalDate.of(2025, 6, 30), Sex.WOMEN, 7L, new BigDecimal("12.25"), "from the labour survey; revised"));
    }

    @Test
    void eachWrongLineIsNamedByItsNumber() {
        FormErrors errors = new FormErrors();
        EntryForm.values("2024-12-31\n2024-02-30; 1\n2024-12-31; 1.23456\n2024-12-31; 1; all\n2024-12-31; 1; men; elders", "values", GROUPS, errors);
        assertThat(errors.of("values")).extracting(FormErrors.Problem::key).containsExactly("national.error.value.shape",
                "national.error.value.date", "national.error.value.amount", "national.error.value.sex", "national.error.value.group");
        assertThat(errors.of("values")).extracting(p -> p.args()[0]).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void numbersAcceptADecimalCommaButNotThousandsSeparatorsOrMoreThanFourDecimals() {
        assertThat(Numbers.parse("45,2").orElseThrow()).isEqualByComparingTo("45.2");
        assertThat(Numbers.parse("-3").orElseThrow()).isEqualByComparingTo("-3");
        assertThat(Numbers.parse("1 000").orElseThrow().toPlainString()).isEqualTo("1000");
        assertThat(Numbers.parse("1,000.5")).isEmpty();
        assertThat(Numbers.parse("0.12345")).isEmpty();
        assertThat(Numbers.parse("12345678901234567")).as("17 digits do not fit the column").isEmpty();
        assertThat(Numbers.parse("")).isEmpty();
    }

    @Property(tries = 200)
    void storedValuesComeBackAsTheSameLines(@ForAll @BigRange(min = "-1000000", max = "1000000") @Scale(4) BigDecimal amount) {
        Measurement value = new Measurement(LocalDate.of(2025, 1, 31), Sex.MEN, 7L, amount.stripTrailingZeros(), "a note");
        String lines = EntryForm.valueLines(List.of(value), Map.of(7L, "youth"));
        FormErrors errors = new FormErrors();
        List<Measurement> read = EntryForm.values(lines, "values", GROUPS, errors);
        assertThat(errors.isEmpty()).isTrue();
        assertThat(read).hasSize(1);
        assertThat(read.get(0).amount()).isEqualByComparingTo(amount);
        assertThat(read.get(0).groupId()).isEqualTo(7L);
        assertThat(read.get(0).note()).isEqualTo("a note");
    }
}
