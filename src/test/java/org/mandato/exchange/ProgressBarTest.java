package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The folder import's progress: a bar redrawn in place on a terminal, plain lines anywhere else. */
class ProgressBarTest {

    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void onATerminalOneLineIsRedrawnWithABarAsLongAsTheShareDone() {
        ProgressBar bar = new ProgressBar(out, true, 4, (done, total, label) -> "unused");

        bar.show(1, "a-rather-long-name-of-a-saved-legacy-page-with-its-address.html");
        bar.show(4, "b.txt");
        bar.finish();

        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertThat(shown).startsWith("\r[#######                       ] 1/4 a-rather-long-name-of-a-saved-legacy-pa…");
        assertThat(shown).contains("\r[##############################] 4/4 b.txt");
        assertThat(shown).endsWith(System.lineSeparator()).doesNotContain("unused");
        assertThat(shown.chars().filter(c -> c == '\n').count()).as("lines ended").isEqualTo(1);
    }

    @Test
    void elsewhereEachStepIsALineOfItsOwn() {
        ProgressBar bar = new ProgressBar(out, false, 2, (done, total, label) -> "Page " + done + " of " + total + ": " + label);

        bar.show(1, "a.html");
        bar.show(2, "b.txt");
        bar.finish();

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly("Page 1 of 2: a.html", "Page 2 of 2: b.txt");
    }
}
