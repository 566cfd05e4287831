package org.mandato.national;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandato.BrowserSession;
import org.mandato.MandatoWriteTest;
import org.mandato.accounts.Role;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Paragraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A national report's whole life through the pages: a cycle is set, a coordinator writes entries with
 * indicators, submits, the Secretariat returns and publishes, the public reads it, coverage and
 * freshness count it.
 */
@MandatoWriteTest
class NationalReportingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Catalog catalog;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportingCycles cycles;
    @Autowired
    PopulationGroups groups;

    NationalRequests requests;
    SignedInUser secretariat = TestUsers.secretariat();
    SignedInUser peru;
    Paragraph portOfSpain47;

    @BeforeEach
    void setUp() {
        requests = new NationalRequests(mvc);
        peru = users.reporterFor("pe");
        portOfSpain47 = catalog.paragraphByCitation("Port of Spain 2009", "47").orElseThrow();
        if (cycles.cycle("test-2026").isEmpty()) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("slug", "test-2026");
            form.put("name-en", "Test cycle 2026");
            form.put("name-es", "Ciclo de prueba 2026");
            form.put("periodStart", "2025-01-01");
            form.put("periodEnd", "2025-12-31");
            form.put("dueDate", java.time.LocalDate.now().plusYears(1).toString());
            form.put("summits", String.valueOf(catalog.summit("v").orElseThrow().id()));
            assertThat(requests.post(secretariat, "/secretariat/cycles/new", form).getStatus()).isEqualTo(302);
        }
        if (groups.all().stream().noneMatch(g -> g.code().equals("youth"))) {
            assertThat(requests.post(secretariat, "/secretariat/groups/new", Map.of("code", "youth", "name-en", "Young people"))
                    .getStatus()).isEqualTo(302);
        }
    }

    Map<String, String> entry(long id, String status) {
        return entry(peru, id, status);
    }

    Map<String, String> entry(SignedInUser as, long id, String status) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(requests.version(as, id)));
        form.put("paragraph", String.valueOf(portOfSpain47.id()));
        form.put("status", status);
        form.put("goals", "Register every migrant worker by 2027.");
        form.put("policies", "A national migration policy adopted in 2024.");
        form.put("indicator-0-name", "Migrant workers registered");
        form.put("indicator-0-unit", "%");
        form.put("indicator-0-baselineValue", "20");
        form.put("indicator-0-baselineYear", "2020");
        form.put("indicator-0-targetValue", "100");
        form.put("indicator-0-targetYear", "2027");
        form.put("indicator-0-values", "2023-12-31; 41,5\n\n2024-12-31; 63.25; total; ; provisional\n2024-12-31; 66; women\n2024-12-31; 58; men; youth");
        form.put("indicator-1-name", "");
        return form;
    }

    @Test
    void reportGoesFromEntriesThroughReviewToThePublicPages() {
        SignedInUser peru = users.reporterFor("ar");
        long id = requests.open(peru, "test-2026", "ar");
        assertThat(requests.open(peru, "test-2026", "ar")).as("opening again finds the same report").isEqualTo(id);
        assertThat(requests.get(null, "/national-reports/" + id).getStatus()).as("a draft is not public").isEqualTo(404);
        assertThat(requests.page(null, "/coverage?document=v/port-of-spain-declaration")
                .select("ul.orphans a[href=" + portOfSpain47.path() + "]")).as("nobody reports on ¶47 yet").hasSize(1);

        MockHttpServletResponse empty = requests.act(peru, id, "submit");
        assertThat(empty.getStatus()).as("an empty report cannot be submitted").isEqualTo(422);
        assertThat(NationalRequests.parse(empty).select(".error-summary").text()).contains("at least one entry");

        assertThat(requests.post(peru, "/my/national/" + id + "/entries", entry(peru, id, "in_progress")).getRedirectedUrl())
                .isEqualTo("/my/national/" + id + "?done=saved");
        Document workspace = requests.page(peru, "/my/national/" + id);
        assertThat(workspace.select("#entries ~ .table-scroll tbody tr th").text()).isEqualTo("Port of Spain 2009 ¶47");
        assertThat(workspace.select("#entries ~ .table-scroll tbody tr td").first().text()).isEqualTo("In progress");

        long entryId = jdbc.sql("select id from national_entry where national_report_id = :id").param("id", id).query(Long.class).single();
        Document form = requests.page(peru, "/my/national/" + id + "/entries/" + entryId);
        assertThat(form.select("#indicator-0-rows tbody tr").stream().map(row -> row.select("input, select").stream()
                        .map(field -> field.is("select") ? field.select("option[selected]").val() : field.val()).toList().subList(0, 5).toString())
                .filter(row -> !row.startsWith("[, "))).as("values come back one to a row, numbers written for the page")
                .containsExactly("[2023-12-31, 41.5, total, , ]", "[2024-12-31, 63.25, total, , provisional]", "[2024-12-31, 66, women, , ]",
                        "[2024-12-31, 58, men, youth, ]");
        assertThat(form.selectFirst("#indicator-0-values").text()).as("nothing pasted").isEmpty();
        assertThat(form.select("fieldset.indicator")).as("one stored indicator and a blank one").hasSize(2);

        assertThat(requests.act(peru, id, "submit").getStatus()).isEqualTo(302);
        assertThat(requests.act(secretariat, id, "return", "comment", "Please add the 2025 value.").getStatus()).isEqualTo(302);
        assertThat(requests.page(peru, "/my/national/" + id).select(".notice").text()).contains("Please add the 2025 value.");

        Map<String, String> completed = entry(peru, id, "completed");
        completed.put("indicator-0-values", completed.get("indicator-0-values") + "\n2025-12-31; 100");
        assertThat(requests.post(peru, "/my/national/" + id + "/entries/" + entryId, completed).getStatus()).isEqualTo(302);
        assertThat(requests.act(peru, id, "submit").getStatus()).isEqualTo(302);
        assertThat(requests.act(peru, id, "publish").getStatus()).as("a coordinator cannot publish").isEqualTo(403);
        assertThat(requests.act(secretariat, id, "publish", "confirmed", "yes").getStatus()).isEqualTo(302);

        Document page = requests.page(null, "/national-reports/" + id);
        assertThat(page.selectFirst("h1").text()).isEqualTo("National report of Argentina — Test cycle 2026");
        assertThat(page.select("section.entry strong").text()).isEqualTo("Completed");
        assertThat(page.select("section.entry table tbody tr")).hasSize(5);
        assertThat(page.select("section.entry table tbody tr").get(3).text()).contains("Men · Young people", "58");
        assertThat(page.select("svg.chart g.chart__series--total use")).as("the three values for everyone are drawn").hasSize(3);
        assertThat(page.select("svg.chart g.chart__series--women use, svg.chart g.chart__series--group use"))
                .as("the women's value and the young men's are drawn too, not only listed").hasSize(2);
        assertThat(page.select("svg.chart title").text()).contains("Migrant workers registered", "2020", "2027");
        assertThat(requests.page(null, "/national-reports").select("a[href=/national-reports/" + id + "]").text()).isEqualTo("Argentina");

        String csv = NationalRequests.body(requests.get(null, "/national-reports/" + id + ".csv"));
        assertThat(csv.lines().toList()).hasSize(6).first().asString().startsWith("country,cycle,paragraph,status,indicator");
        assertThat(csv).contains("ar,test-2026,Port of Spain 2009 ¶47,completed,Migrant workers registered,%,20,2020,100,2027,2024-12-31,men,youth,58,");

        Document coverage = requests.page(null, "/coverage?document=v/port-of-spain-declaration");
        assertThat(coverage.select("ul.orphans a")).as("the document has orphans").isNotEmpty();
        assertThat(coverage.select("ul.orphans a[href=" + portOfSpain47.path() + "]")).as("a national entry covers its mandate").isEmpty();
        assertThat(requests.page(null, "/freshness").select("tr:has(a[href=/countries/AR]) .light--green, tr:has(a[href=/countries/ar]) .light--green"))
                .isNotEmpty();

        assertThat(jdbc.sql("select kind from audit_event where subject = :s order by id").param("s", "national report " + id)
                .query(String.class).list()).containsExactly("national-entry-saved", "national-report-submitted", "national-report-returned",
                "national-entry-saved", "national-report-submitted", "national-report-published");
    }

    @Test
    void wrongValueLinesAreNamedByLineAndNothingIsSaved() {
        long id = requests.open(peru, "test-2026", "pe");
        int entriesBefore = entries(id);
        Map<String, String> form = entry(id, "in_progress");
        form.put("indicator-0-values", "2023-12-31; 41.5\n31/12/2024; 50\n2024-12-31; many\n2024-12-31; 3; girls\n2024-12-31; 3; women; elders");
        form.put("indicator-0-targetYear", "2019");
        MockHttpServletResponse response = requests.post(peru, "/my/national/" + id + "/entries", form);
        assertThat(response.getStatus()).isEqualTo(422);
        Document page = NationalRequests.parse(response);
        assertThat(page.select(".error-summary li").eachText()).containsExactly(
                "The target year cannot come before the baseline year.",
                "Line 2: “31/12/2024” is not a date (YYYY-MM-DD).",
                "Line 3: “many” is not a number as this page writes them (for example 1,200.5).",
                "Line 4: “girls” is not one of total, women, men.",
                "Line 5: “elders” is not a group code the Secretariat has defined.");
        assertThat(page.select(".error-summary a").eachAttr("href")).contains("#indicator-0-values", "#indicator-0-targetYear");
        assertThat(page.selectFirst("#indicator-0-values").text()).as("what was typed comes back").contains("31/12/2024; 50");
        assertThat(entries(id)).isEqualTo(entriesBefore);
    }

    @Test
    void aMandateOutsideTheCycleIsRefused() {
        long id = requests.open(peru, "test-2026", "pe");
        Map<String, String> form = entry(id, "in_progress");
        form.put("paragraph", String.valueOf(catalog.paragraphByCitation("Lima 2018", "7").orElseThrow().id()));
        MockHttpServletResponse response = requests.post(peru, "/my/national/" + id + "/entries", form);
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(NationalRequests.parse(response).select("#paragraph-error").text()).contains("not among those the cycle asks about");
    }

    @Test
    void anOutdatedFormIsKeptAndShownAgain() {
        long id = requests.open(peru, "test-2026", "pe");
        Map<String, String> first = entry(id, "in_progress");
        Map<String, String> second = entry(id, "completed");
        second.put("goals", "A goal typed in a second window.");
        assertThat(requests.post(peru, "/my/national/" + id + "/entries", first).getStatus()).isEqualTo(302);
        MockHttpServletResponse stale = requests.post(peru, "/my/national/" + id + "/entries", second);
        assertThat(stale.getStatus()).isEqualTo(409);
        Document page = NationalRequests.parse(stale);
        assertThat(page.select(".error-summary").text()).contains("changed while you were writing");
        assertThat(page.selectFirst("#goals").text()).isEqualTo("A goal typed in a second window.");
        assertThat(page.selectFirst("input[name=version]").val()).isEqualTo(String.valueOf(requests.version(peru, id)));
    }

    @Test
    void peopleOnlyReachTheReportsOfTheirOwnCountry() {
        long id = requests.open(peru, "test-2026", "pe");
        SignedInUser mexico = users.reporterFor("mx");
        SignedInUser oas = users.reporterFor("oas");
        assertThat(requests.get(mexico, "/my/national/" + id).getStatus()).isEqualTo(404);
        assertThat(requests.post(mexico, "/my/national/" + id + "/entries", entry(id, "completed")).getStatus()).isEqualTo(403);
        assertThat(requests.post(mexico, "/my/national/open", Map.of("cycle", "test-2026", "country", "pe")).getStatus()).isEqualTo(403);
        assertThat(requests.post(oas, "/my/national/open", Map.of("cycle", "test-2026", "country", "pe")).getStatus()).isEqualTo(403);
        assertThat(requests.get(oas, "/my/national").getStatus()).isEqualTo(403);
        assertThat(requests.get(peru, "/secretariat/cycles").getStatus()).isEqualTo(403);
        assertThat(requests.get(null, "/my/national").getStatus()).as("signed out: to the sign-in page").isEqualTo(302);
        assertThat(requests.page(secretariat, "/my/national/" + id).selectFirst("h1").text()).contains("Peru");
    }

    @Test
    void dueViewShowsEveryCountryForTheSecretariatAndOnlyTheirOwnForACoordinator() {
        requests.open(peru, "test-2026", "pe");
        Document all = requests.page(secretariat, "/secretariat/national");
        assertThat(all.select("tbody tr:contains(Test cycle 2026)")).hasSize(catalog.countries().size());
        Document own = requests.page(peru, "/my/national");
        assertThat(own.select("tbody tr:contains(Test cycle 2026) th").eachText()).containsExactly("Peru");
        assertThat(own.select("tbody tr:contains(Test cycle 2026) a").attr("href")).startsWith("/my/national/");
    }

    @Test
    void cycleFormNamesEachWrongField() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("slug", "Bad Slug");
        form.put("periodStart", "2026-12-31");
        form.put("periodEnd", "2026-01-01");
        form.put("dueDate", "soon");
        form.put("summits", "999999");
        MockHttpServletResponse response = requests.post(secretariat, "/secretariat/cycles/new", form);
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(NationalRequests.parse(response).select(".error-summary a").eachAttr("href"))
                .containsExactly("#slug", "#name-en", "#dueDate", "#periodEnd", "#summits");
        assertThat(cycles.all().stream().map(ReportingCycle::slug).toList()).doesNotContain("Bad Slug");
    }

    @Test
    void anEntryPostedAfterTheSessionEndedIsBackInItsFormOnceTheCoordinatorSignsInAgain() throws Exception {
        String coordinator = users.account("rosa@pe.example", Role.NATIONAL_COORDINATOR, "pe");
        long id = requests.open(peru, "test-2026", "pe");
        String formPage = "/my/national/" + id + "/entries/new?paragraph=" + portOfSpain47.id();
        Map<String, String> typed = entry(id, "in_progress");
        typed.put("goals", "Two hours of careful writing that must not be lost.");
        BrowserSession browser = signedInThenExpired(coordinator);

        var lost = MockMvcRequestBuilders.post("/my/national/" + id + "/entries").header("Referer", "http://localhost" + formPage);
        typed.forEach(lost::param);
        assertThat(browser.perform(lost).getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(jdbc.sql("select count(*) from national_entry where goals like 'Two hours%'").query(Integer.class).single()).isZero();

        MvcResult signedIn = browser.perform(MockMvcRequestBuilders.post("/login").with(csrf())
                .param("username", coordinator).param("password", TestUsers.PASSWORD));
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo(formPage);

        Document form = NationalRequests.parse(browser.perform(MockMvcRequestBuilders.get(formPage)).getResponse());
        assertThat(form.select(".notice").text()).contains("Everything you had typed is back");
        assertThat(form.selectFirst("#goals").text()).isEqualTo("Two hours of careful writing that must not be lost.");
        assertThat(form.selectFirst("[name=indicator-0-name]").val()).isEqualTo("Migrant workers registered");
        assertThat(form.selectFirst("[name=indicator-0-values]").text()).startsWith("2023-12-31; 41,5");
        assertThat(form.select("#paragraph input[checked]").eachAttr("value")).containsExactly(String.valueOf(portOfSpain47.id()));

        Document again = NationalRequests.parse(browser.perform(MockMvcRequestBuilders.get(formPage)).getResponse());
        assertThat(again.selectFirst("#goals").text()).as("the kept form is given once").isEmpty();
        assertThat(again.select(".notice")).isEmpty();
    }

    @Test
    void anActionPostedAfterTheSessionEndedLeadsBackToThePageItCameFrom() throws Exception {
        String coordinator = users.account("luis@pe.example", Role.NATIONAL_COORDINATOR, "pe");
        long id = requests.open(peru, "test-2026", "pe");
        BrowserSession browser = signedInThenExpired(coordinator);

        assertThat(browser.perform(MockMvcRequestBuilders.post("/my/national/" + id + "/submit").param("version", "1")
                .header("Referer", "http://localhost/my/national/" + id)).getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
        MvcResult signedIn = browser.perform(MockMvcRequestBuilders.post("/login").with(csrf())
                .param("username", coordinator).param("password", TestUsers.PASSWORD));

        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/my/national/" + id);
        assertThat(browser.perform(MockMvcRequestBuilders.get("/my/national/" + id)).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aRefererFromAnotherSiteIsNeverWhereSigningInLeads() throws Exception {
        String coordinator = users.account("ines@pe.example", Role.NATIONAL_COORDINATOR, "pe");
        long id = requests.open(peru, "test-2026", "pe");
        BrowserSession browser = signedInThenExpired(coordinator);

        assertThat(browser.perform(MockMvcRequestBuilders.post("/my/national/" + id + "/entries").param("goals", "x")
                .header("Referer", "https://elsewhere.example/my/national/" + id + "/entries/new")).getResponse().getStatus())
                .as("a form sent from another site is not kept").isEqualTo(403);
        assertThat(browser.perform(MockMvcRequestBuilders.post("/my/national/" + id + "/entries").param("goals", "x")
                .header("Referer", "http://localhost/themes/migration")).getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
        MvcResult signedIn = browser.perform(MockMvcRequestBuilders.post("/login").with(csrf())
                .param("username", coordinator).param("password", TestUsers.PASSWORD));

        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/my/national/" + id + "/entries");
        Document form = NationalRequests.parse(browser.perform(MockMvcRequestBuilders.get("/my/national/" + id + "/entries"))
                .getResponse());
        assertThat(form.selectFirst("#goals").text()).isEqualTo("x");
    }

    private int entries(long id) {
        return jdbc.sql("select count(*) from national_entry where national_report_id = :id").param("id", id).query(Integer.class).single();
    }

    /** A browser whose writer signed in, then left the form open past the session's timeout. */
    private BrowserSession signedInThenExpired(String username) throws Exception {
        BrowserSession browser = new BrowserSession(mvc);
        assertThat(browser.perform(MockMvcRequestBuilders.post("/login").with(csrf())
                .param("username", username).param("password", TestUsers.PASSWORD)).getResponse().getRedirectedUrl()).isEqualTo("/my/work");
        browser.expire(jdbc);
        return browser;
    }
}
