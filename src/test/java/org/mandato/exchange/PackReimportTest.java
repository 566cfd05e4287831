package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.mandato.BrowserSession;
import org.mandato.MandatoTest;
import org.mandato.accounts.Role;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The Secretariat's full export, loaded again, changes nothing: reports written in the editor and
 * through the API carry the key they got when created, national reports are matched on cycle and
 * country, and every row, date and revision stays as it was; loaded into a fresh database, the
 * export brings the same reports, and a second load there changes nothing either.
 */
@MandatoTest
class PackReimportTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () ->
                "jdbc:h2:mem:pack-reimport;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers users;
    @Autowired
    Catalog catalog;
    @Autowired
    PackImporter importer;

    final SignedInUser secretariat = TestUsers.secretariat();

    @Test
    void theFullExportLoadedTwiceIntoItsOwnDatabaseChangesNothing() throws Exception {
        writeReportsThroughTheEditorAndTheApi("ar", "uy");
        Map<String, List<Map<String, Object>>> before = snapshot();
        byte[] export = fullExport();

        assertThat(upload(export)).startsWith("Loaded 'Mandato full export': ");
        assertThat(snapshot()).as("after the first load").isEqualTo(before);
        assertThat(upload(export)).startsWith("Loaded 'Mandato full export': ");
        assertThat(snapshot()).as("after the second load").isEqualTo(before);
        assertThat(fullExport()).as("and it exports to the same bytes").isEqualTo(export);
    }

    @Test
    void theFullExportLoadedIntoAFreshDatabaseBringsTheSameReportsAndASecondLoadChangesNothing() throws Exception {
        writeReportsThroughTheEditorAndTheApi("br", "py");
        byte[] export = fullExport();
        long reports = count("report");
        long entries = count("national_entry");

        freshDatabaseWithTheDemoPack();
        assertThat(count("report")).isLessThan(reports);
        upload(export);

        assertThat(count("report")).isEqualTo(reports);
        assertThat(count("national_entry")).isEqualTo(entries);
        Map<String, String> first = files(export);
        Map<String, String> again = files(fullExport());
        for (String file : List.of("reports.csv", "national-entries.csv", "indicators.csv")) {
            assertThat(again.get(file)).as(file).isEqualTo(first.get(file));
        }
        Map<String, List<Map<String, Object>>> loaded = snapshot();
        upload(export);
        assertThat(snapshot()).isEqualTo(loaded);
    }

    /** Reports in every status from the editor, one from the API, and a national report published after a return. */
    private void writeReportsThroughTheEditorAndTheApi(String publishedCountry, String draftCountry) throws Exception {
        SignedInUser iom = users.reporterFor("iom");
        long draft = createInEditor(iom, "A draft written in the editor.\r\nSecond line, with \"quotes\", commas.");
        long published = createInEditor(iom, "=SUM(A1) looks like a formula but is a report.");
        act(iom, published, "submit");
        act(secretariat, published, "publish");
        long returned = createInEditor(iom, "Returned for more detail.");
        act(iom, returned, "submit");
        act(secretariat, returned, "return", "comment", "Please name the countries.");
        long withdrawn = createInEditor(iom, "Published, then withdrawn.");
        act(iom, withdrawn, "submit");
        act(secretariat, withdrawn, "publish");
        act(secretariat, withdrawn, "withdraw", "reason", "Filed twice.");
        createThroughTheApi("Sent by a program, with a title.");
        assertThat(jdbc.sql("select count(*) from report where id in (:ids) and external_key is not null")
                .param("ids", List.of(draft, published, returned, withdrawn)).query(Long.class).single()).isEqualTo(4);

        long national = nationalReport(publishedCountry);
        actNational(secretariat, national, "submit");
        actNational(secretariat, national, "return", "comment", "Please add the 2025 value.");
        actNational(secretariat, national, "submit");
        actNational(secretariat, national, "publish", "confirmed", "yes");
        nationalReport(draftCountry);
    }

    private long createInEditor(SignedInUser as, String body) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/my/reports/new").with(user(as)).with(csrf())
                .param("date", "2026-03-02").param("originalLanguage", "en").param("body-en", body)
                .param("title-en", "Title of " + body.substring(0, 10)).param("title-es", "Título").param("body-es", "Texto en español.")
                .param("themes", String.valueOf(catalog.theme("migration").orElseThrow().id()))
                .param("citations", "Port of Spain 17; VII Summit Education 2")).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        return Long.parseLong(response.getRedirectedUrl().replaceAll("^/my/reports/(\\d+).*$", "$1"));
    }

    private void createThroughTheApi(String body) throws Exception {
        String username = "api-" + System.nanoTime() + "@iom.example";
        users.account(username, Role.INSTITUTION_REPORTER, "iom");
        BrowserSession session = new BrowserSession(mvc);
        session.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD));
        String page = session.perform(post("/account/tokens").with(csrf()).param("name", "export test"))
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        String token = Jsoup.parse(page).selectFirst("code.secret").text();
        MockHttpServletResponse created = mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\":\"2026-01-10\",\"originalLanguage\":\"fr\",\"titles\":{\"fr\":\"Un titre\"},"
                        + "\"bodies\":{\"fr\":\"" + body + "\"},\"themes\":[\"migration\",\"health\"],\"citations\":\"Port of Spain 17\"}"))
                .andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
    }

    /** A national report of the country for the demo's 2026 cycle, with one entry and an indicator split by sex and group. */
    private long nationalReport(String country) throws Exception {
        MockHttpServletResponse opened = mvc.perform(post("/my/national/open").with(user(secretariat)).with(csrf())
                .param("cycle", "demo-2026").param("country", country)).andReturn().getResponse();
        long id = Long.parseLong(opened.getRedirectedUrl().replaceAll("^/my/national/(\\d+).*$", "$1"));
        MockHttpServletResponse saved = mvc.perform(post("/my/national/" + id + "/entries").with(user(secretariat)).with(csrf())
                .param("version", String.valueOf(nationalVersion(id)))
                .param("paragraph", String.valueOf(catalog.paragraphByCitation("Port of Spain 2009", "47").orElseThrow().id()))
                .param("status", "in_progress").param("goals", "Register every migrant worker by 2027.")
                .param("policies", "A policy adopted in 2024.")
                .param("indicator-0-name", "Migrant workers registered").param("indicator-0-unit", "%")
                .param("indicator-0-baselineValue", "20").param("indicator-0-baselineYear", "2020")
                .param("indicator-0-targetValue", "100").param("indicator-0-targetYear", "2027")
                .param("indicator-0-values", "2023-12-31; 41.5\n2024-12-31; 63.25; total; ; provisional\n2024-12-31; 66; women\n"
                        + "2024-12-31; 58; men; youth")
                .param("indicator-1-name", "")).andReturn().getResponse();
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
        return id;
    }

    private void act(SignedInUser as, long id, String action, String... fields) throws Exception {
        perform(as, id, "reports", action, fields);
    }

    private void actNational(SignedInUser as, long id, String action, String... fields) throws Exception {
        perform(as, id, "national", action, fields);
    }

    private void perform(SignedInUser as, long id, String kind, String action, String... fields) throws Exception {
        int version = kind.equals("national") ? nationalVersion(id) : reportVersion(id);
        MockHttpServletRequestBuilder request = post("/my/" + kind + "/" + id + "/" + action).with(user(as)).with(csrf())
                .param("version", String.valueOf(version));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(action + " " + response.getContentAsString()).isEqualTo(302);
    }

    private int reportVersion(long id) {
        return jdbc.sql("select version from report where id = :id").param("id", id).query(Integer.class).single();
    }

    private int nationalVersion(long id) {
        return jdbc.sql("select version from national_report where id = :id").param("id", id).query(Integer.class).single();
    }

    private byte[] fullExport() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/secretariat/export/pack.zip").with(user(secretariat))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsByteArray();
    }

    private String upload(byte[] zip) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/secretariat/import/pack")
                .file(new MockMultipartFile("file", "pack.zip", "application/zip", zip)).with(user(secretariat)).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    private void freshDatabaseWithTheDemoPack() {
        jdbc.sql("update paragraph set parent_id = null").update();
        jdbc.sql("update theme set parent_id = null").update();
        for (String table : PackRoundTripTest.TABLES_IN_DELETE_ORDER) {
            jdbc.sql("delete from " + table).update();
        }
        importer.load(PackImporterTest.DEMO_PACK);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : PackImporterTest.TABLES) {
            tables.put(table, jdbc.sql("select * from " + table + " order by 1, 2").query().listOfRows());
        }
        return tables;
    }

    private static Map<String, String> files(byte[] zip) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
