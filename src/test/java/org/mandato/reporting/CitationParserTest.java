package org.mandato.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.mandato.catalog.Paragraph;
import org.springframework.beans.factory.annotation.Autowired;

@MandatoTest
class CitationParserTest {

    @Autowired
    CitationParser parser;

    @Test
    void readsCitationsInTheReadableForm() {
        assertThat(parser.parse("Port of Spain 2009 ¶17; VII Summit Education ¶2; Lima 2018 ¶7"))
                .extracting(Paragraph::citation)
                .containsExactly("Port of Spain 2009 ¶17", "VII Summit Education ¶2", "Lima 2018 ¶7");
    }

    @Test
    void emptyTextCitesNothingAndRepeatsCountOnce() {
        assertThat(parser.parse("")).isEmpty();
        assertThat(parser.parse(null)).isEmpty();
        assertThat(parser.parse("Port of Spain 2009 ¶17;Port of Spain 2009 ¶17 ; ")).hasSize(1);
    }

    @Test
    void unknownParagraphOrDocumentIsNamed() {
        assertThatThrownBy(() -> parser.parse("Port of Spain 2009 ¶17; VII Summit Migration ¶2"))
                .hasMessage("unknown paragraph 'VII Summit Migration ¶2': VII Summit has no paragraph Migration 2");
        assertThatThrownBy(() -> parser.parse("Atlantis 1999 ¶1"))
                .hasMessage("unknown document in citation 'Atlantis 1999 ¶1'");
        assertThatThrownBy(() -> parser.parse("Port of Spain"))
                .hasMessage("citation 'Port of Spain' names no paragraph number");
    }

    @Test
    void readsCitationsAsTheLegacySiteWroteThem() {
        assertThat(parser.parse("Port of Spain 17, 23; VII: Education 2, 3"))
                .extracting(Paragraph::citation)
                .containsExactly("Port of Spain 2009 ¶17", "Port of Spain 2009 ¶23", "VII Summit Education ¶2",
                        "VII Summit Education ¶3");
        assertThat(parser.parse("-")).isEmpty();
        assertThat(parser.parse("port of spain 2009 17; vii summit education ¶1")).extracting(Paragraph::citation)
                .containsExactly("Port of Spain 2009 ¶17", "VII Summit Education ¶1");
        assertThat(parser.parse("VIII: 7")).extracting(Paragraph::citation).containsExactly("Lima 2018 ¶7");
    }

    @Test
    void unknownParagraphCarriesAMessageKeyForForms() {
        assertThatThrownBy(() -> parser.parse("Port of Spain 98"))
                .isInstanceOfSatisfying(CitationParser.UnknownCitation.class, e -> {
                    assertThat(e.key()).isEqualTo("citation.error.unknownParagraph");
                    assertThat(e.args()).containsExactly("Port of Spain 2009", "98");
                });
    }
}
