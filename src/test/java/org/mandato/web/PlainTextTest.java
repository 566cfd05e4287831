package org.mandato.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void blankLinesSeparateParagraphsAndSingleBreaksStayLines() {
        assertThat(PlainText.paragraphs("First line\nsame paragraph\n\n  \nSecond\r\n\r\nThird"))
                .containsExactly(List.of("First line", "same paragraph"), List.of("Second"), List.of("Third"));
    }

    @Test
    void emptyTextHasNoParagraphs() {
        assertThat(PlainText.paragraphs(null)).isEmpty();
        assertThat(PlainText.paragraphs(" \n ")).isEmpty();
    }

    @Test
    void excerptCutsAtAWord() {
        assertThat(PlainText.excerpt("one two three four", 100)).isEqualTo("one two three four");
        assertThat(PlainText.excerpt("one two three four", 12)).isEqualTo("one two…");
    }
}
