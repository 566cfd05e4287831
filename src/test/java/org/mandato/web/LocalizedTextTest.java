package org.mandato.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void readerLanguageWinsWhenPresent() {
        var text = LocalizedText.of(Map.of("en", "Migration", "es", "Migración"), "en");

        assertThat(text.in("es")).isEqualTo(new LocalizedText.Shown("Migración", "es", false));
    }

    @Test
    void otherwiseTheOriginalIsShownAndMarkedUntranslated() {
        var text = LocalizedText.of(Map.of("en", "English text", "fr", "Texte français"), "fr");

        assertThat(text.in("es")).isEqualTo(new LocalizedText.Shown("Texte français", "fr", true));
    }

    @Test
    void withoutAnOriginalEnglishIsTheFallback() {
        var text = LocalizedText.of(Map.of("en", "English", "pt", "Português"));

        assertThat(text.in("es")).isEqualTo(new LocalizedText.Shown("English", "en", true));
    }

    @Test
    void blankTextsDoNotCount() {
        var text = LocalizedText.of(Map.of("en", "  ", "es", "Texto"));

        assertThat(text.in("en")).isEqualTo(new LocalizedText.Shown("Texto", "es", true));
        assertThat(LocalizedText.empty().in("en").isBlank()).isTrue();
    }
}
