package org.mandato.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandato.BrowserSession;
import org.mandato.MandatoWriteTest;
import org.mandato.accounts.Role;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.mandato.exchange.PackImporter;
import org.mandato.exchange.PackLoadException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every way text comes in refuses invisible control characters, naming the field (and for an
 * import the file, line and column), and writes nothing: the forms, the write API and the pack import.
 */
@MandatoWriteTest
class ControlCharactersRefusedTest {

    static final String BELL = "Ports \u0007reopened";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Catalog catalog;
    @Autowired
    PackImporter packs;
    @Autowired
    JdbcClient jdbc;

    final SignedInUser secretariat = TestUsers.secretariat();

    @Test
    void theReportEditorNamesTheField() throws Exception {
        Map<String, String> form = reportForm();
        form.put("title-es", "Puertos");
        form.put("body-es", "Los puertos \u001Freabrieron.");
        MockHttpServletResponse response = send(users.reporterFor("iom"), "/my/reports/new", form);

        assertRefused(response, "body-es", "“Text in Spanish” holds an invisible control character (U+001F) at character 13");
    }

    @Test
    void theNationalEntryFormNamesTheField() throws Exception {
        String location = send(secretariat, "/my/national/open", Map.of("cycle", "demo-2026", "country", "co")).getRedirectedUrl();
        Document workspace = page(location);
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("version", workspace.selectFirst("[data-version]").attr("data-version"));
        entry.put("paragraph", String.valueOf(catalog.paragraphByCitation("Port of Spain 2009", "47").orElseThrow().id()));
        entry.put("status", "in_progress");
        entry.put("goals", BELL);
        entry.put("indicator-0-name", "Ports open");
        entry.put("indicator-0-unit", "ports\u0002");

        MockHttpServletResponse response = send(secretariat, location + "/entries", entry);

        assertRefused(response, "goals", "“Goals” holds an invisible control character (U+0007)");
        assertRefused(response, "indicator-0-unit", "“Unit” holds an invisible control character (U+0002)");
    }

    @Test
    void theCycleAndGroupFormsNameTheField() throws Exception {
        Map<String, String> cycle = new LinkedHashMap<>();
        cycle.put("slug", "control-" + System.nanoTime());
        cycle.put("name-en", "Cycle\u0000 2030");
        cycle.put("periodStart", "2029-01-01");
        cycle.put("periodEnd", "2029-12-31");
        cycle.put("dueDate", "2030-04-30");
        assertRefused(send(secretariat, "/secretariat/cycles/new", cycle), "name-en", "“Name” holds an invisible control character (U+0000)");

        assertRefused(send(secretariat, "/secretariat/groups/new", Map.of("code", "control-group", "name-en", "Older\u0085 people")),
                "name-en", "“Name” holds an invisible control character (U+0085)");
    }

    @Test
    void theAssessmentFormNamesTheField() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("cycle", "demo-2026");
        form.put("actor", "cdb");
        form.put("paragraph", String.valueOf(catalog.paragraphByCitation("Port of Spain 2009", "47").orElseThrow().id()));
        form.put("stage", "final");
        form.put("score", "1");
        form.put("rationale", BELL);

        assertRefused(send(secretariat, "/secretariat/assessments/new", form), "rationale",
                "“Rationale” holds an invisible control character (U+0007)");
    }

    @Test
    void theCatalogueFormsNameTheField() throws Exception {
        assertRefused(send(secretariat, "/secretariat/catalog/themes/new", Map.of("slug", "control-theme", "name-en", "Ports\u007F")),
                "name-en", "“Name” holds an invisible control character (U+007F)");
    }

    @Test
    void theUserAndTokenFormsNameTheField() throws Exception {
        assertRefused(send(secretariat, "/secretariat/users/new", Map.of("username", "control@iom.example", "displayName", "Ana\u0008 Silva",
                "role", "institution_reporter", "institution", "iom")), "displayName", "“Name” holds an invisible control character (U+0008)");
        assertRefused(send(secretariat, "/account/tokens", Map.of("name", "nightly\u001B script")), "name",
                "“Name of the new token (what it is for)” holds an invisible control character (U+001B)");
    }

    @Test
    void theWriteApiNamesTheField() throws Exception {
        String username = users.account("control-" + System.nanoTime() + "@iom.example", Role.INSTITUTION_REPORTER, "iom");
        BrowserSession session = new BrowserSession(mvc);
        session.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD));
        String token = Jsoup.parse(session.perform(post("/account/tokens").with(csrf()).param("name", "script"))
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).selectFirst("code.secret").text();
        MockHttpServletResponse response = mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + token)
                .contentType("application/json").content("""
                        {"date":"2026-01-10","originalLanguage":"en","titles":{"en":"Ports\\u0003"},"bodies":{"en":"Ports reopened."},
                         "themes":["migration"]}""")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"field\":\"title-en\"", "“Title in English (optional)” holds an invisible control character (U+0003)");
    }

    @Test
    void aPackImportNamesFileLineAndColumnAndWritesNothing(@TempDir Path folder) throws Exception {
        pack(folder, "reports.csv", """
                key,author,date,original_language,status,themes,citations,body_en
                control-clean,iom,2020-01-01,en,published,migration,,A clean report
                control-bell,iom,2020-01-02,en,published,migration,,A report with a\u0007bell
                """);
        assertThatThrownBy(() -> packs.load(folder.toUri().toString()))
                .isInstanceOf(PackLoadException.class)
                .hasMessage("reports.csv line 3: body_en: holds an invisible control character (U+0007) at character 16; remove it");
        assertThat(jdbc.sql("select count(*) from report where external_key like 'control-%'").query(Integer.class).single())
                .as("the clean row is rolled back with the rest").isZero();
    }

    @Test
    void aPackImportOfCatalogueAndNationalRowsNamesTheColumn(@TempDir Path catalogue, @TempDir Path national) throws Exception {
        pack(catalogue, "themes.csv", """
                slug,parent,name_en
                control-probe,,Probe\u0001 theme
                """);
        assertThatThrownBy(() -> packs.load(catalogue.toUri().toString()))
                .hasMessage("themes.csv line 2: column 'name_en': holds an invisible control character (U+0001) at character 6; remove it");

        pack(national, "national-entries.csv", """
                cycle,country,report_status,submitted_on,published_on,document,number,status,goals,policies,limitations,next_steps
                demo-2026,CR,draft,,,v/port-of-spain-declaration,30,in_progress,A goal,A\u0010 policy,,
                """);
        assertThatThrownBy(() -> packs.load(national.toUri().toString()))
                .hasMessage("national-entries.csv line 2: column 'policies': holds an invisible control character (U+0010) at character 2; remove it");
    }

    private static void pack(Path folder, String file, String csv) throws Exception {
        Files.writeString(folder.resolve("pack.properties"), "name=Control characters\nfiles=" + file + "\n");
        Files.writeString(folder.resolve(file), csv, StandardCharsets.UTF_8);
    }

    private Map<String, String> reportForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("date", "2026-03-02");
        form.put("originalLanguage", "en");
        form.put("body-en", "Ports reopened.");
        form.put("themes", String.valueOf(catalog.theme("migration").orElseThrow().id()));
        form.put("citations", "");
        return form;
    }

    private void assertRefused(MockHttpServletResponse response, String field, String message) throws Exception {
        assertThat(response.getStatus()).as(field).isEqualTo(422);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".error-summary a[href=#" + field + "]").text()).as(field).contains(message);
    }

    private MockHttpServletResponse send(SignedInUser as, String url, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post(url).with(csrf()).with(user(as)).header("Accept-Language", "en");
        for (var field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(secretariat)).header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
