package org.mandato.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoWriteTest;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A reporting cycle's due date: never before its period ends, never in the past when it is set; and
 * every creation and change of a cycle in the audit log, in words, with a link to the cycle.
 */
@MandatoWriteTest
class ReportingCycleRulesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportingCycles cycles;
    @Autowired
    Catalog catalog;

    NationalRequests requests;
    SignedInUser secretariat = TestUsers.secretariat();
    LocalDate nextYear = LocalDate.now().plusYears(1);

    @BeforeEach
    void setUp() {
        requests = new NationalRequests(mvc);
    }

    Map<String, String> cycle(String slug, LocalDate periodEnd, LocalDate due) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("slug", slug);
        form.put("name-en", "Cycle " + slug);
        form.put("periodStart", periodEnd.minusYears(1).plusDays(1).toString());
        form.put("periodEnd", periodEnd.toString());
        form.put("dueDate", due.toString());
        form.put("summits", String.valueOf(catalog.summit("viii").orElseThrow().id()));
        return form;
    }

    @Test
    void aDueDateBeforeThePeriodEndsIsRefusedWithAMessage() {
        MockHttpServletResponse response = requests.post(secretariat, "/secretariat/cycles/new",
                cycle("due-too-early", nextYear, nextYear.minusDays(1)));
        assertThat(response.getStatus()).isEqualTo(422);
        Document page = NationalRequests.parse(response);
        assertThat(page.select(".error-summary a[href=#dueDate]").text())
                .isEqualTo("The due date cannot come before the period ends (" + nextYear + ").");
        assertThat(cycles.cycle("due-too-early")).isEmpty();
    }

    @Test
    void aDueDateInThePastIsRefusedWithAMessage() {
        MockHttpServletResponse response = requests.post(secretariat, "/secretariat/cycles/new",
                cycle("due-passed", LocalDate.of(2019, 12, 31), LocalDate.of(2020, 4, 30)));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(NationalRequests.parse(response).select(".error-summary a[href=#dueDate]").text())
                .isEqualTo("This due date has passed: give one from today (" + LocalDate.now() + ") on.");
        assertThat(cycles.cycle("due-passed")).isEmpty();
    }

    @Test
    void aCyclePastItsDueDateCanBeRenamedButItsDueDateNotMovedIntoThePast() {
        long id = cycles.cycle("demo-2025").orElseThrow().id();
        Map<String, String> form = cycle("demo-2025", LocalDate.of(2025, 12, 31), LocalDate.of(2026, 4, 30));
        form.put("periodStart", "2025-01-01");
        form.put("summits", String.join("\u0000", cycles.cycle(id).orElseThrow().summitIds().stream().map(String::valueOf).toList()));
        form.put("name-en", "Demonstration cycle 2025 (fictitious data, renamed)");
        assertThat(requests.post(secretariat, "/secretariat/cycles/" + id, form).getStatus())
                .as("the stored due date has passed, but it is not being set").isEqualTo(302);

        form.put("dueDate", "2026-05-31");
        assertThat(requests.post(secretariat, "/secretariat/cycles/" + id, form).getStatus()).isEqualTo(422);
        assertThat(cycles.cycle(id).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void creatingAndChangingACycleGoToTheAuditLogInWordsWithALinkToTheCycle() {
        assertThat(requests.post(secretariat, "/secretariat/cycles/new", cycle("audited-cycle", nextYear, nextYear.plusMonths(4)))
                .getStatus()).isEqualTo(302);
        long id = cycles.cycle("audited-cycle").orElseThrow().id();
        Map<String, String> changed = cycle("audited-cycle", nextYear, nextYear.plusMonths(5));
        changed.put("name-es", "Ciclo auditado");
        assertThat(requests.post(secretariat, "/secretariat/cycles/" + id, changed).getStatus()).isEqualTo(302);

        assertThat(jdbc.sql("select kind || ' ' || username || ' ' || subject || ' ' || detail from audit_event where subject = :s order by id")
                .param("s", "cycle " + id).query(String.class).list()).containsExactly(
                "cycle-created secretariat-test cycle " + id + " audited-cycle: period " + nextYear.minusYears(1).plusDays(1) + " to "
                        + nextYear + ", due " + nextYear.plusMonths(4),
                "cycle-changed secretariat-test cycle " + id + " audited-cycle: due date " + nextYear.plusMonths(4) + " → "
                        + nextYear.plusMonths(5) + "; name (es)");

        Document log = requests.page(secretariat, "/secretariat/audit?kind=cycle-changed");
        assertThat(log.select("tbody tr td:nth-child(2)").eachText()).containsOnly("Reporting cycle changed");
        assertThat(log.select("tbody tr a[href=/secretariat/cycles/" + id + "]").text()).isEqualTo("Reporting cycle " + id);
        assertThat(log.select("#kind option[value=cycle-created]").text()).isEqualTo("Reporting cycle created");
    }
}
