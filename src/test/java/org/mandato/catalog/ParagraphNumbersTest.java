package org.mandato.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ParagraphNumbersTest {

    @Test
    void numbersSortNaturally() {
        List<String> numbers = new ArrayList<>(List.of("10.a", "Education 2", "2", "21.5", "10", "4.b", "1", "21.1",
                "Education 10", "A.3", "4", "Health 1"));

        numbers.sort(ParagraphNumbers.NATURAL_ORDER);

        assertThat(numbers).containsExactly("1", "2", "4", "4.b", "10", "10.a", "21.1", "21.5", "A.3",
                "Education 2", "Education 10", "Health 1");
    }

    @Test
    void slugsAreLowerCaseWordsJoinedByDashes() {
        assertThat(ParagraphNumbers.slug("17")).isEqualTo("17");
        assertThat(ParagraphNumbers.slug("Education 2")).isEqualTo("education-2");
        assertThat(ParagraphNumbers.slug("4.b")).isEqualTo("4-b");
        assertThat(ParagraphNumbers.slug("Participación Ciudadana 3")).isEqualTo("participacion-ciudadana-3");
        assertThatThrownBy(() -> ParagraphNumbers.slug(" . ")).hasMessageContaining("has no letter or digit");
    }

    @Test
    void citationsPutThePilcrowBeforeTheNumberProper() {
        assertThat(ParagraphNumbers.citation("Port of Spain 2009", "17")).isEqualTo("Port of Spain 2009 ¶17");
        assertThat(ParagraphNumbers.citation("VII Summit", "Migration 2")).isEqualTo("VII Summit Migration ¶2");
        assertThat(ParagraphNumbers.shortCitation("Citizen Participation 4")).isEqualTo("Citizen Participation ¶4");
    }
}
