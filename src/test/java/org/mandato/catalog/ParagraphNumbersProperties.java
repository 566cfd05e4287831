package org.mandato.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The natural order is a total order on every string a paragraph number can be. */
class ParagraphNumbersProperties {

    @Property
    void orderIsAntisymmetric(@ForAll("numbers") String a, @ForAll("numbers") String b) {
        assertThat(Integer.signum(ParagraphNumbers.NATURAL_ORDER.compare(a, b)))
                .isEqualTo(-Integer.signum(ParagraphNumbers.NATURAL_ORDER.compare(b, a)));
    }

    @Property
    void orderIsTransitive(@ForAll("numbers") String a, @ForAll("numbers") String b, @ForAll("numbers") String c) {
        var order = ParagraphNumbers.NATURAL_ORDER;
        if (order.compare(a, b) <= 0 && order.compare(b, c) <= 0) {
            assertThat(order.compare(a, c)).isLessThanOrEqualTo(0);
        }
    }

    @Property
    void orderIsConsistentWithEquals(@ForAll("numbers") String a, @ForAll("numbers") String b) {
        assertThat(ParagraphNumbers.NATURAL_ORDER.compare(a, b) == 0).isEqualTo(a.equals(b));
    }

    @Property
    void integersSortByValue(@ForAll("positive") int a, @ForAll("positive") int b) {
        assertThat(Integer.signum(ParagraphNumbers.NATURAL_ORDER.compare(String.valueOf(a), String.valueOf(b))))
                .isEqualTo(Integer.signum(Integer.compare(a, b)));
    }

    @Property
    void aSubItemFollowsItsParent(@ForAll("positive") int parent, @ForAll("letters") String item) {
        assertThat(ParagraphNumbers.NATURAL_ORDER.compare(parent + "." + item, String.valueOf(parent))).isPositive();
        assertThat(ParagraphNumbers.NATURAL_ORDER.compare(parent + "." + item, String.valueOf(parent + 1))).isNegative();
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789.abAB -").ofMinLength(1).ofMaxLength(8),
                Arbitraries.integers().between(0, 300).map(String::valueOf),
                Arbitraries.of("Education", "Health", "Migration", "A", "b").flatMap(word ->
                        Arbitraries.integers().between(1, 30).map(n -> word + " " + n)));
    }

    @Provide
    Arbitrary<Integer> positive() {
        return Arbitraries.integers().between(1, 100_000);
    }

    @Provide
    Arbitrary<String> letters() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(2);
    }
}
