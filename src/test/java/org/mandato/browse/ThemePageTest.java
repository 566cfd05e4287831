package org.mandato.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.mandato.WebPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The legacy page themesdetails2.aspx?theme=15&jswg=10, done right, on the demo pack. */
@MandatoTest
class ThemePageTest {

    @Autowired
    MockMvc mvc;

    WebPages pages;

    @BeforeEach
    void setUp() {
        pages = new WebPages(mvc);
    }

    @Test
    void migrationPageListsIomReportsNewestFirstWithTheirCitations() {
        Document page = pages.page("/themes/migration?institution=iom");

        List<Element> reports = page.select("article.report");
        assertThat(reports).extracting(r -> r.selectFirst("time").attr("datetime"))
                .containsExactly("2018-03-16", "2016-06-08", "2011-06-21");
        assertThat(reports).extracting(r -> r.selectFirst("time").text())
                .containsExactly("March 16, 2018", "June 8, 2016", "June 21, 2011");
        assertThat(reports.get(0).select(".report__citations").text()).isEqualTo("Paragraphs cited: none");
        assertThat(reports.get(1).select(".report__citations").text()).isEqualTo("Paragraphs cited: none");
        assertThat(reports.get(2).select(".report__citations").text()).isEqualTo("Paragraphs cited: Port of Spain 2009: ¶17");
        assertThat(reports.get(2).selectFirst(".report__citations a.citation").attr("href"))
                .isEqualTo("/summits/v/port-of-spain-declaration/17");
    }

    @Test
    void reportTextKeepsItsParagraphBreaks() {
        Document page = pages.page("/themes/migration?institution=iom");

        Element report2016 = page.select("article.report").get(1);
        assertThat(report2016.select(".report__body > p")).hasSize(5);
        assertThat(report2016.select(".report__body > p").get(0).text()).startsWith("There are approximately 57.5 million");
        assertThat(report2016.select(".report__body > p").get(4).text()).startsWith("For example, IOM organizes");
    }

    @Test
    void theOtherInstitutionsAreLinksAndTheSelectedOneIsMarkedCurrent() {
        Document page = pages.page("/themes/migration?institution=iom");

        var selector = page.select(".institution-selector a");
        assertThat(selector).extracting(Element::ownText)
                .containsExactly("All institutions", "IOM", "OAS", "IDB", "ECLAC", "PAHO", "World Bank", "IICA", "CAF", "CABEI", "CDB",
                        "ILO", "UNDP", "OECD");
        assertThat(page.select("details.institution-selector__more a")).as("those without a report on the theme, behind show all")
                .extracting(Element::ownText).containsExactly("OAS", "IDB", "ECLAC", "PAHO", "World Bank", "IICA", "CAF", "CABEI", "CDB",
                        "ILO", "UNDP", "OECD");
        assertThat(page.selectFirst("details.institution-selector__more summary").text())
                .isEqualTo("Show all institutions (12 more, without a report on this theme)");
        assertThat(page.select(".institution-selector a[aria-current]")).extracting(Element::ownText).containsExactly("IOM");
        assertThat(page.selectFirst(".institution-selector a:containsOwn(IDB)").attr("href"))
                .isEqualTo("/themes/migration?institution=idb");
        assertThat(page.select("#resources-heading + ul a").first().attr("href")).isEqualTo("https://www.iom.int/");
    }

    @Test
    void paragraphsAboutTheThemeAreGroupedByDocumentWithPermalinks() {
        Document page = pages.page("/themes/migration");

        Element paragraphs = page.selectFirst("section[aria-labelledby=paragraphs-heading]");
        assertThat(paragraphs.select("h3 a").first().text()).isEqualTo("Declaration of Commitment of Port of Spain");
        assertThat(paragraphs.select(".paragraph-number")).extracting(Element::text).contains("¶17", "¶70");
        assertThat(paragraphs.selectFirst(".paragraph-number").attr("href")).isEqualTo("/summits/v/port-of-spain-declaration/17");
    }

    @Test
    void anotherInstitutionWithoutReportsSaysSo() {
        Document page = pages.page("/themes/migration?institution=idb");

        assertThat(page.select("article.report")).isEmpty();
        assertThat(page.text()).contains("IDB has no published report on this theme.");
    }

    @Test
    void spanishReaderSeesSpanishInterfaceAndDatesAndANoteOnTheEnglishOriginal() {
        Document page = pages.page("/themes/migration?institution=iom&lang=es", "en");

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Migración");
        assertThat(page.select("article.report time")).extracting(Element::text)
                .containsExactly("16 de marzo de 2018", "8 de junio de 2016", "21 de junio de 2011");
        assertThat(page.select("article.report .note")).extracting(Element::text).containsOnly("(original en inglés)");
    }

    @Test
    void unknownThemeOrInstitutionIsNotFound() {
        assertThat(pages.fetch("/themes/no-such-theme", "en").getStatus()).isEqualTo(404);
        assertThat(pages.fetch("/themes/migration?institution=nobody", "en").getStatus()).isEqualTo(404);
    }
}
