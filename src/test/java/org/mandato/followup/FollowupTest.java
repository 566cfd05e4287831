package org.mandato.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Coverage, heat map and freshness on the demo pack: 157 paragraphs, three IOM reports, one citing Port of Spain ¶17. */
@MandatoTest
class FollowupTest {

    @Autowired
    MockMvc mvc;

    @Test
    void coverageCountsTheParagraphsSomeReportCitesAndListsTheOthers() throws Exception {
        assertThat(page("/coverage").selectFirst("#covered-text").text()).isEqualTo("6 of 157 paragraphs are cited by at least one published report or national report (4 %).");
        Document portOfSpain = page("/coverage?summit=v");
        assertThat(portOfSpain.selectFirst("#covered-text").text()).startsWith("3 of 97 paragraphs");
        assertThat(portOfSpain.select(".orphans a")).hasSize(94);
        assertThat(portOfSpain.select(".orphans a").eachText())
                .as("cited by IOM's report (¶17) or in a published national report (¶29, ¶35)")
                .doesNotContain("Port of Spain 2009 ¶17", "Port of Spain 2009 ¶29", "Port of Spain 2009 ¶35")
                .contains("Port of Spain 2009 ¶18");
        assertThat(page("/coverage?theme=migration").selectFirst("#covered-text").text()).startsWith("1 of 2 paragraphs");
        assertThat(page("/coverage?summit=v&from=2012-01-01&to=2026-03-19").selectFirst("#covered-text").text()).startsWith("0 of 97 paragraphs");
        assertThat(page("/coverage?summit=v&from=2026-03-20&to=2026-05-04").selectFirst("#covered-text").text())
                .as("a national report counts from the day it was published").startsWith("1 of 97 paragraphs");
        assertThat(page("/coverage").selectFirst("svg[role=img] title").text()).isEqualTo(page("/coverage").selectFirst("#covered-text").text());
    }

    @Test
    void heatMapCountsEachReportOncePerThemeWithItsNumberWritten() throws Exception {
        Document page = page("/coverage");
        Element iom = page.select(".heat-map tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("IOM")).findFirst().orElseThrow();
        int migrationColumn = page.select(".heat-map thead th").eachText().indexOf("Migration");

        assertThat(iom.select("td").get(migrationColumn - 1).text()).isEqualTo("3");
        assertThat(iom.select("td").get(migrationColumn - 1).hasClass("heat-map__cell--4")).isTrue();
        assertThat(iom.select("td").last().text()).isEqualTo("3");
        assertThat(page.select(".heat-map tbody tr").get(0).select("td").eachText()).containsOnly("0");
        String csv = mvc.perform(get("/coverage.csv")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\r\niom,").contains("Port of Spain 2009 ¶18,/summits/v/port-of-spain-declaration/18");
    }

    @Test
    void freshnessShowsALightInWordsForEveryActor() throws Exception {
        Document page = page("/freshness");
        Element iom = page.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().equals("IOM")).findFirst().orElseThrow();

        assertThat(iom.select("time").attr("datetime")).isEqualTo("2018-03-16");
        assertThat(iom.select("td").last().text()).isEqualTo("red: more than two years ago");
        assertThat(page.select("tbody tr")).hasSize(13 + 35);
        assertThat(page.select("td:containsOwn(grey: never reported)")).hasSize(13 + 35 - 3);
        assertThat(mvc.perform(get("/freshness.csv")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("iom,institution,2018-03-16,red", "pe,country,,grey", "cl,country,2026-03-20,", "jm,country,2026-05-05,");
    }

    @Test
    void lightsFollowTheAgeOfTheLastReport() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertThat(Followup.light(null, today)).isEqualTo("grey");
        assertThat(Followup.light(today.minusDays(364), today)).isEqualTo("green");
        assertThat(Followup.light(today.minusYears(1), today)).isEqualTo("amber");
        assertThat(Followup.light(today.minusYears(2).plusDays(1), today)).isEqualTo("amber");
        assertThat(Followup.light(today.minusYears(2), today)).isEqualTo("red");
    }

    @Test
    void aBadDateOrAnUnknownScopeIsRefused() throws Exception {
        assertThat(mvc.perform(get("/coverage?from=2020-02-30")).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/coverage?theme=nothing")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private Document page(String url) throws Exception {
        var response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
