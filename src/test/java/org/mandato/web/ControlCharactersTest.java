package org.mandato.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The one rule on control characters in text people type, and how output leaves them out. */
class ControlCharactersTest {

    @Test
    void tabsLineBreaksAccentsAndCharactersOutsideTheBasicPlaneAreText() {
        assertThat(ControlCharacters.firstIn("Línea 1\tcol\r\nLigne 2 « œuvre » — ¶17 \uD83C\uDF0E ok")).isEmpty();
        assertThat(ControlCharacters.firstIn(null)).isEmpty();
    }

    @Test
    void controlCharactersDeleteC1ControlsLoneSurrogatesAndNonCharactersAreRefused() {
        for (String refused : new String[] {"\u0000", "\u0007", "\u000B", "\u000C", "\u001B", "\u001F", "\u007F", "\u0080", "\u0085",
                "\u009F", "\uD800", "\uDFFF", "\uFFFE", "\uFFFF"}) {
            assertThat(ControlCharacters.firstIn("a" + refused + "b")).as("U+%04X", (int) refused.charAt(0)).isPresent();
        }
        assertThat(ControlCharacters.firstIn("ab\uDC00")).as("a low surrogate without its high one").isPresent();
    }

    @Test
    void theFirstRefusedCharacterIsNamedByCodeAndPositionCountingCharactersNotUtf16Units() {
        assertThat(ControlCharacters.firstIn("\uD83C\uDF0E é\u0085x\u0007")).contains(new ControlCharacters.Found("U+0085", 4));
    }

    @Test
    void aFormProblemNamesTheFieldByItsLabel() {
        FormErrors errors = new FormErrors();
        var label = new DefaultMessageSourceResolvable("editor.citations");

        assertThat(ControlCharacters.check(errors, "citations", label, "Port of Spain 17")).isTrue();
        assertThat(ControlCharacters.check(errors, "citations", label, "Port of\u0002 Spain")).isFalse();

        assertThat(errors.of("citations")).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo(ControlCharacters.MESSAGE_KEY);
            assertThat(problem.args()).containsExactly(label, "U+0002", 8);
        });
    }

    @Test
    void anImportProblemNamesTheColumn() {
        ControlCharacters.refuse("column 'goals'", "A clean goal.");
        assertThatThrownBy(() -> ControlCharacters.refuse("column 'goals'", "A\u0010 goal."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column 'goals': holds an invisible control character (U+0010) at character 2; remove it");
    }

    @Test
    void outputLeavesOutOnlyTheRefusedCharacters() {
        assertThat(ControlCharacters.removedFrom("12\u0007 ports\u0000,\t3\nairports \uD83C\uDF0E\uD800")).isEqualTo("12 ports,\t3\nairports \uD83C\uDF0E");
        String clean = "Nothing to remove.";
        assertThat(ControlCharacters.removedFrom(clean)).isSameAs(clean);
    }

    @Property
    void whatOutputKeepsIsAlwaysAcceptedAndAcceptedTextIsKeptWhole(@ForAll String text) {
        String kept = ControlCharacters.removedFrom(text);
        assertThat(ControlCharacters.firstIn(kept)).isEmpty();
        if (ControlCharacters.firstIn(text).isEmpty()) {
            assertThat(kept).isEqualTo(text);
        }
    }
}
