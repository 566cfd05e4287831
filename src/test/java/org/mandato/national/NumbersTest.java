package org.mandato.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Numbers in pack files, which have no page language: "1,200" could mean two things and is refused. */
class NumbersTest {

    @Test
    void aPackNumberThatReadsTwoWaysIsRefusedAndPlainOnesAreRead() {
        assertThat(Numbers.parse("1,200")).isEmpty();
        assertThat(Numbers.parse("45,2")).contains(new BigDecimal("45.2"));
        assertThat(Numbers.parse("1200.5")).contains(new BigDecimal("1200.5"));
        assertThat(Numbers.parse("1,2005")).contains(new BigDecimal("1.2005"));
    }
}
