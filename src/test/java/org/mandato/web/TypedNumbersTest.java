package org.mandato.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.mandato.web.TypedNumbers.Problem;
import org.mandato.web.TypedNumbers.Reading;

/** Numbers typed on a page, read in the page's language. */
class TypedNumbersTest {

    static final Locale EN = Language.EN.locale();
    static final Locale ES = Language.ES.locale();
    static final Locale PT = Language.PT.locale();
    static final Locale FR = Language.FR.locale();

    @Test
    void englishGroupsWithCommasAndMarksDecimalsWithAPoint() {
        assertValue("1,200", EN, "1200");
        assertValue("1,200.5", EN, "1200.5");
        assertValue("1,234,567.25", EN, "1234567.25");
        assertValue("1200.5", EN, "1200.5");
        assertValue("-3", EN, "-3");
        assertValue("\u22123.5", EN, "-3.5");
        assertValue("+0.125", EN, "0.125");
        assertValue(".5", EN, "0.5");
    }

    @Test
    void spanishPortugueseAndFrenchGroupWithPointsAndMarkDecimalsWithAComma() {
        for (Locale locale : new Locale[] {ES, PT, FR}) {
            assertValue("1.200,5", locale, "1200.5");
            assertValue("1.200", locale, "1200");
            assertValue("1.234.567", locale, "1234567");
            assertValue("45,25", locale, "45.25");
        }
    }

    @Test
    void spacesGroupThousandsInEveryLanguage() {
        assertValue("1 200,5", FR, "1200.5");
        assertValue("1\u202f200,5", FR, "1200.5");
        assertValue("1\u00a0234\u00a0567", ES, "1234567");
        assertValue("1 200.5", EN, "1200.5");
    }

    @Test
    void aSingleMarkNotFollowedByThreeDigitsIsTheDecimalMarkWhicheverItIs() {
        assertValue("45,2", EN, "45.2");
        assertValue("1200.5", ES, "1200.5");
        assertValue("0,125", EN, "0.125");
        assertValue("0.125", ES, "0.125");
        assertValue("12345.678", ES, "12345.678");
    }

    @Test
    void aTextThatIsAWholeNumberInOneConventionAndADecimalInTheOtherIsRefusedWithBothReadings() {
        Reading english = TypedNumbers.read("1.200", EN);
        assertThat(english.problem()).isEqualTo(Problem.AMBIGUOUS);
        assertThat(TypedNumbers.messageArguments("Value", "1.200", english, EN)).containsExactly("Value", "1.200", "1,200.5", "1,200", "1.2");
        Reading spanish = TypedNumbers.read("1,200", ES);
        assertThat(spanish.problem()).isEqualTo(Problem.AMBIGUOUS);
        assertThat(TypedNumbers.messageArguments("Valor", "1,200", spanish, ES)).containsExactly("Valor", "1,200", "1.200,5", "1.200", "1,2");
    }

    @Test
    void theOtherLanguagesConventionAndBrokenGroupingAreRefused() {
        assertProblem("1.200,5", EN, Problem.OTHER_CONVENTION);
        assertProblem("1,200.5", ES, Problem.OTHER_CONVENTION);
        assertProblem("1,2,3", ES, Problem.NOT_A_NUMBER);
        assertProblem("1,2,3", EN, Problem.NOT_A_NUMBER);
        assertProblem("1.200.000", EN, Problem.NOT_A_NUMBER);
        assertProblem("12,34,567", EN, Problem.NOT_A_NUMBER);
        assertProblem("1,200,5", EN, Problem.NOT_A_NUMBER);
        assertProblem("1 200.000", ES, Problem.NOT_A_NUMBER);
        assertProblem("1.", EN, Problem.NOT_A_NUMBER);
        assertProblem("", EN, Problem.NOT_A_NUMBER);
        assertProblem("twelve", EN, Problem.NOT_A_NUMBER);
        assertProblem("1e5", EN, Problem.NOT_A_NUMBER);
        assertProblem("--1", EN, Problem.NOT_A_NUMBER);
    }

    @Test
    void theColumnsBoundsAreKept() {
        assertProblem("0.12345", EN, Problem.TOO_MANY_DECIMALS);
        assertValue("0.12340", EN, "0.1234");
        assertProblem("12345678901234567", EN, Problem.TOO_LARGE);
        assertValue("1234567890123456", EN, "1234567890123456");
    }

    @Test
    void formsWriteValuesSoThatTheyReadBackUnchanged() {
        assertThat(TypedNumbers.format(new BigDecimal("1200.5"), EN)).isEqualTo("1,200.5");
        assertThat(TypedNumbers.format(new BigDecimal("1200.5"), ES)).isEqualTo("1.200,5");
        assertThat(TypedNumbers.format(new BigDecimal("1.234"), EN)).as("not 1.234, which reads two ways").isEqualTo("1.2340");
        assertThat(TypedNumbers.format(new BigDecimal("0.125"), EN)).isEqualTo("0.125");
    }

    private static void assertValue(String typed, Locale locale, String expected) {
        Reading reading = TypedNumbers.read(typed, locale);
        assertThat(reading.problem()).as(typed + " in " + locale).isNull();
        assertThat(reading.value()).as(typed + " in " + locale).isEqualByComparingTo(expected);
    }

    private static void assertProblem(String typed, Locale locale, Problem problem) {
        assertThat(TypedNumbers.read(typed, locale).problem()).as(typed + " in " + locale).isEqualTo(problem);
    }
}
