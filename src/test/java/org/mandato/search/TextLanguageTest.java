package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLanguageTest {

    @Test
    void aSentenceIsTakenForTheLanguageWhoseLittleWordsItUses() {
        assertThat(TextLanguage.of("Register every migrant worker by 2027, and publish the figures of the census.")).isEqualTo("en");
        assertThat(TextLanguage.of("Registrar a todos los trabajadores migrantes antes de 2027 y publicar las cifras del censo."))
                .isEqualTo("es");
        assertThat(TextLanguage.of("Registrar todos os trabalhadores migrantes até 2027 e publicar os números do censo.")).isEqualTo("pt");
        assertThat(TextLanguage.of("Enregistrer tous les travailleurs migrants d'ici 2027 et publier les chiffres du recensement."))
                .isEqualTo("fr");
    }

    @Test
    void aTextWithoutWordsIsTakenForEnglish() {
        assertThat(TextLanguage.of("")).isEqualTo("en");
        assertThat(TextLanguage.of(null)).isEqualTo("en");
        assertThat(TextLanguage.of("2024: 63.25 %")).isEqualTo("en");
    }
}
