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
class ActorPagesTest {

    @Autowired
    MockMvc mvc;

    WebPages pages;

    @BeforeEach
    void setUp() {
        pages = new WebPages(mvc);
    }

    @Test
    void institutionPageGroupsItsReportsByTheme() {
        Document page = pages.page("/institutions/iom");

        assertThat(page.selectFirst("h1").text()).isEqualTo("International Organization for Migration (IOM)");
        assertThat(page.select(".theme-reports h3")).extracting(Element::text).containsExactly("Migration");
        assertThat(page.select(".theme-reports h3 a").attr("href")).isEqualTo("/themes/migration?institution=iom");
        assertThat(page.select("article.report time")).extracting(e -> e.attr("datetime"))
                .containsExactly("2018-03-16", "2016-06-08", "2011-06-21");
    }

    @Test
    void institutionWithoutReportsSaysSo() {
        Document page = pages.page("/institutions/idb");

        assertThat(page.select("article.report")).isEmpty();
        assertThat(page.text()).contains("Inter-American Development Bank has no published report yet.");
    }

    @Test
    void countryPageIsHonestWhenEmpty() {
        Document page = pages.page("/countries/pe");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Peru");
        assertThat(page.text()).contains("Peru has no published report yet.");
        assertThat(pages.page("/countries/PE").selectFirst("h1").text()).isEqualTo("Peru");
    }

    @Test
    void countryPageLinksItsPublishedNationalReports() {
        Document chile = pages.page("/countries/cl");
        assertThat(chile.select("h2").eachText()).contains("National reports");
        assertThat(chile.select("a[href^=/national-reports/]").text()).isEqualTo("Demonstration cycle 2025 (fictitious data)");
        assertThat(chile.select("li:has(a[href^=/national-reports/])").text()).contains("3 entries", "published on");
        assertThat(chile.select("h2").eachText()).contains("Other reports");
        assertThat(chile.text()).as("under its national reports it does not say it has no published report")
                .contains("Chile has published no report besides its national reports.").doesNotContain("has no published report")
                .doesNotContain("No national report");
        assertThat(pages.page("/countries/co").select("a[href^=/national-reports/]")).as("a submitted report is not public").isEmpty();
    }

    @Test
    void listsHoldThe13InstitutionsAndThe35Countries() {
        assertThat(pages.page("/institutions").select(".actor-list > li")).hasSize(13);
        assertThat(pages.page("/countries").select(".actor-list > li")).hasSize(35);
    }

    @Test
    void reportPageShowsOneReportWithItsCitations() {
        Document theme = pages.page("/themes/migration?institution=iom");
        String reportLink = theme.select("article.report").get(2).selectFirst(".report__heading a").attr("href");

        Document page = pages.page(reportLink);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Report of IOM, June 21, 2011");
        assertThat(page.select(".report__citations a.citation")).extracting(e -> e.attr("href"))
                .containsExactly("/summits/v/port-of-spain-declaration/17");
    }

    @Test
    void homeShowsLatestReportsSummitsAndThemes() {
        Document page = pages.page("/");

        assertThat(page.select(".latest-reports a")).extracting(Element::text)
                .startsWith("IOM · March 16, 2018", "IOM · June 8, 2016", "IOM · June 21, 2011");
        assertThat(page.select(".timeline a")).hasSize(12);
        assertThat(page.select(".timeline a").first().text()).isEqualTo("First Summit of the Americas");
        assertThat(page.select(".theme-grid a")).extracting(Element::text).contains("Migration", "Health", "Summit follow-up");
        assertThat(page.select("form[role=search][action=/search] input[type=search][name=q]")).as("the search box").hasSize(1);
        assertThat(page.select("section[aria-labelledby=latest-national-heading] li a")).extracting(Element::text)
                .as("the published national reports, newest first; Colombia's is only submitted")
                .containsExactly("Jamaica · Demonstration cycle 2025 (fictitious data)", "Chile · Demonstration cycle 2025 (fictitious data)");
        assertThat(page.select("section[aria-labelledby=latest-national-heading] a[href=/national-reports]")).hasSize(1);
    }
}
