package org.mandato.browse;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.mandato.WebPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@MandatoTest
class ParagraphPageTest {

    @Autowired
    MockMvc mvc;

    WebPages pages;

    @BeforeEach
    void setUp() {
        pages = new WebPages(mvc);
    }

    @Test
    void portOfSpain17ListsThe2011IomReportThatCitesIt() {
        Document page = pages.page("/summits/v/port-of-spain-declaration/17");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Port of Spain 2009 ¶17");
        assertThat(page.selectFirst(".lead").text()).startsWith("Protect migrants' human rights");
        assertThat(page.select("section[aria-labelledby=themes-heading] a")).extracting(Element::text)
                .containsExactly("Migration", "Labor", "Human rights");
        var reports = page.select("article.report");
        assertThat(reports).hasSize(1);
        assertThat(reports.first().selectFirst("time").attr("datetime")).isEqualTo("2011-06-21");
        assertThat(reports.first().selectFirst(".report__meta a").attr("href")).isEqualTo("/institutions/iom");
    }

    @Test
    void aParagraphNobodyCitesSaysSoAndLinksTheOfficialDocument() {
        Document page = pages.page("/summits/v/port-of-spain-declaration/18");

        assertThat(page.select("article.report")).isEmpty();
        assertThat(page.text()).contains("No published report cites this paragraph yet.", "Topic not yet recorded");
        assertThat(page.select("a[href=https://2009-2017.state.gov/p/wha/rls/123028.htm]")).isNotEmpty();
        assertThat(page.select("a[rel=prev]").attr("href")).isEqualTo("/summits/v/port-of-spain-declaration/17");
        assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("/summits/v/port-of-spain-declaration/19");
    }

    @Test
    void aMandateShowsWhatGovernmentsPublishedAboutItInTheirNationalReports() {
        Document page = pages.page("/summits/v/port-of-spain-declaration/35");

        var rows = page.select("section[aria-labelledby=national-heading] tbody tr");
        assertThat(rows).hasSize(1);
        assertThat(rows.first().select("th").text()).isEqualTo("Jamaica");
        assertThat(rows.first().select("td").eachText()).startsWith("Demonstration cycle 2025 (fictitious data)", "In progress");
        String link = rows.first().select("th a").attr("href");
        assertThat(link).matches("/national-reports/\\d+#entry-\\d+");
        assertThat(pages.page(link.substring(0, link.indexOf('#'))).getElementById(link.substring(link.indexOf('#') + 1)))
                .as("the row leads to the entry").isNotNull();
        assertThat(rows.first().select("time").attr("datetime")).isEqualTo("2026-05-05");

        assertThat(pages.page("/summits/viii/lima-commitment/2").select("section[aria-labelledby=national-heading]").text())
                .as("Colombia's entry on it is only submitted")
                .contains("No government has published a national report entry on this mandate yet.");
    }

    @Test
    void sectionedNumbersHaveReadablePermalinks() {
        Document page = pages.page("/summits/vii/mandates-for-action/education-2");

        assertThat(page.selectFirst("h1").text()).isEqualTo("VII Summit Education ¶2");
        assertThat(page.select(".facts dd").get(1).text()).isEqualTo("Education");
    }

    @Test
    void documentPageListsAllParagraphsInOrderUnderTheirSections() {
        Document page = pages.page("/summits/v/port-of-spain-declaration");

        var numbers = page.select(".paragraph-list .paragraph-number");
        assertThat(numbers).hasSize(97);
        assertThat(numbers.first().text()).isEqualTo("¶1");
        assertThat(numbers.get(9).text()).isEqualTo("¶10");
        assertThat(numbers.last().text()).isEqualTo("¶97");
        assertThat(page.select(".paragraph-group h3")).extracting(Element::text)
                .startsWith("Preamble", "Promoting Human Prosperity");
    }

    @Test
    void unknownParagraphDocumentOrSummitIsNotFound() {
        assertThat(pages.fetch("/summits/v/port-of-spain-declaration/98", "en").getStatus()).isEqualTo(404);
        assertThat(pages.fetch("/summits/v/no-such-document/1", "en").getStatus()).isEqualTo(404);
        assertThat(pages.fetch("/summits/xx", "en").getStatus()).isEqualTo(404);
        assertThat(pages.fetch("/reports/424242", "en").getStatus()).isEqualTo(404);
    }
}
