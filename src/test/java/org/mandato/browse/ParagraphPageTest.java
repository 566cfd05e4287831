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
