package org.mandato.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.mandato.WebPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The catalogue speaks the reader's language (issue 18): Portuguese and French readers see summit
 * places and paragraph titles in their language on the summit pages, the summit list, the home page,
 * the paragraph pages, the compilation and its PDF; the API gives the places by language.
 */
@MandatoTest
class CatalogueInFourLanguagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aSummitsPlaceIsNamedInTheReadersLanguage() {
        WebPages pages = new WebPages(mvc);
        assertThat(pages.page("/summits/v?lang=fr").select(".facts dd").eachText()).contains("Port-d'Espagne");
        assertThat(pages.page("/summits/v?lang=pt").select(".facts dd").eachText()).contains("Porto de Espanha");
        assertThat(pages.page("/summits/v?lang=es").select(".facts dd").eachText()).contains("Puerto España");
        assertThat(pages.page("/summits/v?lang=en").select(".facts dd").eachText()).contains("Port of Spain");
        assertThat(pages.page("/summits?lang=fr").text()).contains("Port-d'Espagne").contains("Québec").doesNotContain("Port of Spain");
        assertThat(pages.page("/?lang=pt").text()).contains("Porto de Espanha");
    }

    @Test
    void aParagraphsTitleIsInTheReadersLanguageWithoutAnOriginalLanguageNote() {
        WebPages pages = new WebPages(mvc);
        Document portuguese = pages.page("/summits/v/port-of-spain-declaration/17?lang=pt");
        assertThat(portuguese.selectFirst(".lead span").text()).startsWith("Proteger os direitos humanos dos migrantes");
        assertThat(portuguese.selectFirst(".lead span").attr("lang")).isEqualTo("pt");
        assertThat(portuguese.select(".lead .note")).isEmpty();
        Document french = pages.page("/summits/viii/lima-commitment/57?lang=fr");
        assertThat(french.selectFirst(".lead span").text()).startsWith("Le Groupe d'examen de la mise en œuvre");
        assertThat(french.selectFirst(".lead span").attr("lang")).isEqualTo("fr");
    }

    @Test
    void aParagraphPageNamesItsDocumentSummitPlaceSectionAndThemesInTheReadersLanguage() {
        WebPages pages = new WebPages(mvc);
        Document portuguese = pages.page("/summits/v/port-of-spain-declaration/17?lang=pt");
        assertThat(portuguese.select(".facts dd").eachText()).contains(
                "Declaração de Compromisso de Porto de Espanha (V Cúpula das Américas, Porto de Espanha, 2009)",
                "Promover a prosperidade humana");
        assertThat(portuguese.select("#themes-heading + ul a").eachText()).containsExactly("Migração", "Trabalho", "Direitos humanos");
        assertThat(portuguese.select("nav.breadcrumbs li").eachText()).contains("V Cúpula das Américas",
                "Declaração de Compromisso de Porto de Espanha");

        Document french = pages.page("/summits/v/port-of-spain-declaration/17?lang=fr");
        assertThat(french.select(".facts dd").eachText()).contains(
                "Déclaration d'engagement de Port-d'Espagne (Cinquième Sommet des Amériques, Port-d'Espagne, 2009)",
                "Promouvoir la prospérité humaine");
        assertThat(french.select("#themes-heading + ul a").eachText()).containsExactly("Migration", "Travail", "Droits humains");
        assertThat(pages.page("/summits/v/port-of-spain-declaration/17?lang=en").select(".facts dd").eachText())
                .contains("Declaration of Commitment of Port of Spain (Fifth Summit of the Americas, Port of Spain, 2009)");
    }

    @Test
    void theCompilationListsTheCitedParagraphsWithTheirTitlesInItsLanguage() throws Exception {
        Document french = new WebPages(mvc).page("/compilation?from=2009-01-01&to=2018-12-31&language=fr");
        assertThat(french.select(".compilation-cited caption").text()).isEqualTo("Paragraphes cités, avec leurs titres");
        assertThat(french.select(".compilation-cited tbody tr").eachText())
                .containsExactly("Port of Spain 2009 ¶17 Protéger les droits humains des migrants, quel que soit leur statut migratoire ; "
                        + "appliquer le droit du travail et les droits fondamentaux au travail de l'OIT");

        MockHttpServletResponse pdf = mvc.perform(get("/compilation.pdf?from=2009-01-01&to=2018-12-31&language=pt")).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Parágrafos citados, com seus títulos").contains("Proteger os direitos humanos dos migrantes")
                    .contains("Declaração de Compromisso de Porto de Espanha (Port of Spain 2009) 1 97 1 %")
                    .contains("Organização Internacional para as Migrações (OIM)").contains("Migração");
        }
        assertThat(french.select(".compilation-summary th[scope=row] span[lang=fr]").eachText())
                .contains("Déclaration d'engagement de Port-d'Espagne", "Engagement de Lima : gouvernance démocratique face à la corruption");
    }

    @Test
    void theApiGivesAPlaceInEachLanguage() throws Exception {
        mvc.perform(get("/api/v1/summits/v"))
                .andExpect(jsonPath("$.place").value("Port of Spain"))
                .andExpect(jsonPath("$.places.es").value("Puerto España"))
                .andExpect(jsonPath("$.places.pt").value("Porto de Espanha"))
                .andExpect(jsonPath("$.places.fr").value("Port-d'Espagne"));
    }
}
