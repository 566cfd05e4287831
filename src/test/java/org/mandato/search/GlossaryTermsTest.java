package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mandato.glossary.GlossaryConcept;

/** The glossary as search reads it: terms matched in their own language's reading, acronyms only as written. */
class GlossaryTermsTest {

    static final GlossaryConcept MIGRANT_WORKERS = new GlossaryConcept("migrant-workers", "term", Map.of(
            "en", List.of("migrant worker", "migrant workers"), "es", List.of("trabajador migrante", "trabajadores migrantes"),
            "pt", List.of("trabalhador migrante", "trabalhadores migrantes"), "fr", List.of("travailleur migrant", "travailleurs migrants")));
    static final GlossaryConcept WORKERS = new GlossaryConcept("workers", "term", Map.of(
            "en", List.of("workers"), "es", List.of("trabajadores"), "fr", List.of("travailleurs")));
    static final GlossaryConcept MIGRANTS_RIGHTS = new GlossaryConcept("migrants-rights", "term", Map.of(
            "en", List.of("rights of migrants"), "fr", List.of("droits des migrants", "droits de l'homme des migrants")));
    static final GlossaryConcept UN = new GlossaryConcept("un", "acronym", Map.of(
            "en", List.of("UN", "United Nations"), "fr", List.of("ONU", "Nations Unies")));
    static final GlossaryConcept SDGS = new GlossaryConcept("sdgs", "acronym", Map.of(
            "en", List.of("SDGs", "Sustainable Development Goals"), "fr", List.of("ODD", "objectifs de développement durable")));

    final GlossaryTerms glossary = new GlossaryTerms(List.of(MIGRANT_WORKERS, WORKERS, MIGRANTS_RIGHTS, UN, SDGS));

    @Test
    void aRunOfWordsNamesAConceptInItsLanguageWhateverItsAccentsStopWordsAndInflection() {
        assertThat(concepts(List.of("trabajadores", "migrantes"))).contains("migrant-workers@es:0-1");
        assertThat(concepts(List.of("Travailleurs", "migrants"))).contains("migrant-workers@fr:0-1");
        assertThat(concepts(List.of("droit", "des", "migrants"))).containsExactly("migrants-rights@fr:0-2");
        assertThat(concepts(List.of("les", "droits", "migrants"))).containsExactly("migrants-rights@fr:1-2");
    }

    @Test
    void theWordsWithinALongerRunNameTheirOwnConceptsToo() {
        assertThat(concepts(List.of("migrant", "workers"))).containsExactlyInAnyOrder("migrant-workers@en:0-1", "workers@en:1-1");
    }

    @Test
    void anAcronymMatchesOnlyAsWrittenSoTheFrenchArticleIsNotTheUnitedNations() {
        assertThat(concepts(List.of("UN"))).containsExactly("un@en:0-0");
        assertThat(concepts(List.of("un", "rapport"))).isEmpty();
        assertThat(concepts(List.of("ODD"))).containsExactly("sdgs@fr:0-0");
        assertThat(concepts(List.of("odd"))).isEmpty();
        assertThat(concepts(List.of("SDG"))).as("the acronym without its plural s").containsExactly("sdgs@en:0-0");
        assertThat(glossary.isAcronym("UN")).isTrue();
        assertThat(glossary.isAcronym("Un")).isFalse();
        assertThat(concepts(List.of("Nations", "Unies"))).containsExactly("un@fr:0-1");
    }

    @Test
    void theGlossaryKnowsItsWordsInAnyOfTheirForms() {
        assertThat(glossary.knows("travailleur")).isTrue();
        assertThat(glossary.knows("migrantes")).isTrue();
        assertThat(glossary.knows("vaccinaton")).isFalse();
    }

    @Test
    void aThemeNameIsFoundAmongTheTerms() {
        assertThat(glossary.conceptsNamed("fr", "Travailleurs migrants")).containsExactly(MIGRANT_WORKERS);
        assertThat(glossary.conceptsNamed("es", "Salud")).isEmpty();
    }

    @Test
    void aTextIsTaggedWithTheConceptsItNamesInItsLanguage() {
        assertThat(glossary.tag("fr", "Les travailleurs migrants saisonniers, selon l'ONU et l’OIT"))
                .containsExactlyInAnyOrder("migrant-workers@fr", "migrant-workers", "workers@fr", "workers", "un@fr", "un");
        assertThat(glossary.tag("fr", "Un rapport sur un plan")).isEmpty();
        assertThat(glossary.tag("en", "Progress on the SDGs")).containsExactly("sdgs@en", "sdgs");
    }

    @Test
    void anExpansionFindsTheConceptInEveryLanguageAndMarksItsTerms() {
        GlossaryTerms.Expansion un = glossary.expansion(UN);

        assertThat(un.query().toString()).isEqualTo("concepts:un");
        assertThat(un.byLanguage().get("fr").toString()).isEqualTo("concepts:un@fr");
        assertThat(un.marking().toString()).contains("text_en:\"unit nation\"").contains("text_fr:\"nation uni").doesNotContain("UN");
    }

    private List<String> concepts(List<String> words) {
        return glossary.find(words, Analyzers.LANGUAGES).stream()
                .map(m -> m.concept().slug() + "@" + m.lang() + ":" + m.from() + "-" + m.to()).toList();
    }
}
