package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How the text of a legacy report becomes a plain-text body, and what counts as the same text. */
class LegacyTextTest {

    @Test
    void strayBulletsBecomeListItemsButYenBeforeANumberStays() {
        assertThat(LegacyText.body(List.of("Results:", "¥ one", "•\u00a0two", "¥\tthree", "¥100 million were raised")))
                .isEqualTo("Results:\n- one\n- two\n- three\n¥100 million were raised");
    }

    @Test
    void formPromptsAreRemovedAndOtherParenthesesKept() {
        assertThat(LegacyText.body(List.of("Activities:", "(List the different activities for implementation of this Initiative)",
                "(In 2015) a census of migrants.")))
                .isEqualTo("Activities\n(In 2015) a census of migrants.");
        assertThat(LegacyText.body(List.of("Brief description of initiative: (Describe the initiative briefly) A census.")))
                .isEqualTo("Brief description of initiative\nA census.");
    }

    @Test
    void blankLinesSeparateParagraphsOnceAndNeverSplitAHeadingFromItsText() {
        assertThat(LegacyText.body(List.of("", "One", "", "", "Two", "Initiative:", "", "Three", "")))
                .isEqualTo("One\n\nTwo\n\nInitiative\nThree");
    }

    @Test
    void textsThatDifferOnlyInLineBreaksSpacesOrFormMarkupAreTheSame() {
        String legacy = "Initiative: A census\n¥ first\n\u00a0second line  wrapped";
        String stored = "Initiative\nA census\n\n- first second line wrapped";

        assertThat(LegacyText.comparable(legacy)).isEqualTo(LegacyText.comparable(stored));
        assertThat(LegacyText.fingerprint(legacy)).isEqualTo(LegacyText.fingerprint(stored)).hasSize(16);
        assertThat(LegacyText.fingerprint("another text")).isNotEqualTo(LegacyText.fingerprint(stored));
    }
}
