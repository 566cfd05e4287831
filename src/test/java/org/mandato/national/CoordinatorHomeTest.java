package org.mandato.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoWriteTest;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A national coordinator's "My work" leads with their country's national report for the open cycle:
 * where it stands, when it is due and what is missing; a country page with national reports does not
 * say it has no published report under them.
 */
@MandatoWriteTest
class CoordinatorHomeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Catalog catalog;
    @Autowired
    TestUsers users;
    @Autowired
    ReportingCycles cycles;
    @Autowired
    NationalReportWorkflow workflow;

    @Test
    void myWorkLeadsWithTheCountrysNationalReportForTheOpenCycle() {
        NationalRequests requests = new NationalRequests(mvc);
        SignedInUser mexico = users.reporterFor("mx");
        ReportingCycle open = cycles.cycle("demo-2026").orElseThrow();
        int mandates = workflow.mandatesOf(open).values().stream().mapToInt(java.util.List::size).sum();
        long daysLeft = ChronoUnit.DAYS.between(LocalDate.now(), open.dueDate());

        Document home = requests.page(mexico, "/my/work");
        assertThat(home.selectFirst("h1 + section.national-duty")).as("the national report comes first").isNotNull();
        assertThat(home.select("#duty-heading").text()).isEqualTo("Your national report — Demonstration cycle 2026 (fictitious data)");
        assertThat(home.select(".national-duty .status").text()).isEqualTo("Not started");
        assertThat(home.select(".national-duty p").first().text()).contains("due ", daysLeft + " days left");
        assertThat(home.select(".duty-missing").text())
                .isEqualTo(mandates + " of the " + mandates + " mandates the cycle asks about have no entry yet.");
        assertThat(home.select(".national-duty form[action=/my/national/open] button").text()).isEqualTo("Start the national report");
        assertThat(home.select("a.button[href=/my/reports/new]")).as("no institutional call to action before it").isEmpty();

        long id = requests.open(mexico, "demo-2026", "mx");
        Map<String, String> entry = new java.util.LinkedHashMap<>();
        entry.put("version", String.valueOf(requests.version(mexico, id)));
        entry.put("paragraph", String.valueOf(catalog.paragraphByCitation("Port of Spain 2009", "47").orElseThrow().id()));
        entry.put("status", "in_progress");
        assertThat(requests.post(mexico, "/my/national/" + id + "/entries", entry).getStatus()).isEqualTo(302);

        Document started = requests.page(mexico, "/my/work");
        assertThat(started.select(".national-duty .status").text()).isEqualTo("Draft");
        assertThat(started.select(".duty-missing").text())
                .isEqualTo((mandates - 1) + " of the " + mandates + " mandates the cycle asks about have no entry yet.");
        assertThat(started.select(".national-duty a.button").attr("href")).isEqualTo("/my/national/" + id);
        assertThat(started.select(".national-duty a.button").text()).isEqualTo("Continue the national report");

        assertThat(requests.page(users.reporterFor("iom"), "/my/work").select(".national-duty")).as("institutions owe none").isEmpty();
    }

    @Test
    void aCountryPageWithNationalReportsDoesNotSayItHasNoPublishedReport() {
        NationalRequests requests = new NationalRequests(mvc);
        String jamaica = catalog.actor("jm").orElseThrow().path();
        Document page = requests.page(null, jamaica);
        assertThat(page.select("a[href^=/national-reports/]")).isNotEmpty();
        assertThat(page.text()).doesNotContain("has no published report");
    }
}
