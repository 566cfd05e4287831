package org.mandato.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.mandato.BrowserSession;
import org.mandato.MandatoWriteTest;
import org.mandato.accounts.Role;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.mandato.reporting.ReportForm;
import org.mandato.reporting.ReportWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Liveness and readiness for load balancers; metrics for the Secretariat only. */
@MandatoWriteTest
class ActuatorTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    Catalog catalog;
    @Autowired
    MeterRegistry registry;

    @Test
    void livenessAndReadinessAnswerAnyoneWithTheirStatusOnly() throws Exception {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health")) {
            MockHttpServletResponse response = mvc.perform(get(probe)).andReturn().getResponse();
            assertThat(response.getStatus()).as(probe).isEqualTo(200);
            assertThat(response.getContentAsString()).as(probe).contains("\"status\":\"UP\"").doesNotContain("components", "jdbc");
        }
    }

    @Test
    void readinessWaitsForTheDatabaseAndTheSearchIndex() throws Exception {
        String readiness = mvc.perform(get("/actuator/health/readiness").with(user(TestUsers.secretariat())))
                .andReturn().getResponse().getContentAsString();

        assertThat(readiness).contains("\"db\":{", "\"searchIndex\":{", "\"pendingChanges\":", "\"readinessState\"");
        assertThat(mvc.perform(get("/actuator/health/liveness").with(user(TestUsers.secretariat())))
                .andReturn().getResponse().getContentAsString()).doesNotContain("searchIndex", "\"db\"");
    }

    @Test
    void metricsAreForTheSecretariatOnly() throws Exception {
        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get("/actuator/prometheus").with(user(users.reporterFor("iom")))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer mdt_wrong")).andReturn().getResponse()
                .getStatus()).isEqualTo(401);
    }

    @Test
    void aSecretariatTokenReadsLatencyByRouteIndexLagAndReportsPublished() throws Exception {
        double publishedBefore = registry.get("mandato.reports.published").counter().count();
        publishAReport();
        mvc.perform(get("/themes/migration")).andReturn();

        MockHttpServletResponse metrics = mvc.perform(get("/actuator/prometheus")
                .header("Authorization", "Bearer " + secretariatToken())).andReturn().getResponse();

        assertThat(metrics.getStatus()).isEqualTo(200);
        String text = metrics.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("http_server_requests_seconds_count{", "uri=\"/themes/{theme}\"", "mandato_search_index_lag",
                "mandato_reports_published_total");
        assertThat(registry.get("mandato.reports.published").counter().count()).isEqualTo(publishedBefore + 1);
    }

    private void publishAReport() {
        SignedInUser secretariat = TestUsers.secretariat();
        String migration = String.valueOf(catalog.theme("migration").orElseThrow().id());
        long id = workflow.create(secretariat, new ReportForm("2026-03-03", "en", Map.of(),
                Map.of("en", "Counted once it is published."), List.of(migration), "", "iom", null));
        workflow.submit(secretariat, id, 1);
        workflow.publish(secretariat, id, 2);
    }

    private String secretariatToken() throws Exception {
        String username = "metrics-" + System.nanoTime() + "@secretariat.example";
        users.account(username, Role.SECRETARIAT, null);
        BrowserSession session = new BrowserSession(mvc);
        session.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD));
        String page = session.perform(post("/account/tokens").with(csrf()).param("name", "prometheus"))
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(page).selectFirst("code.secret").text();
    }
}
