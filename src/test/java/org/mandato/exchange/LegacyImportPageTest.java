package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mandato.accounts.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The Secretariat's upload page: check a legacy page, then import it; nobody else may. */
class LegacyImportPageTest extends LegacyImportDatabase {

    static final String PAGE = "/secretariat/import/legacy";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @Test
    void theFormHasOneHeadingALabelForEveryControlAndBreadcrumbsToTheSecretariat() throws Exception {
        Document page = parse(mvc.perform(get(PAGE).with(user(TestUsers.secretariat()))).andReturn().getResponse());

        assertThat(page.select("h1")).singleElement().extracting(e -> e.text()).isEqualTo("Import legacy pages");
        for (String control : new String[] {"file", "theme", "institution"}) {
            assertThat(page.select("label[for=" + control + "]")).as(control).hasSize(1);
        }
        assertThat(page.select("form[enctype=multipart/form-data] input[name=_csrf]")).hasSize(1);
        assertThat(page.select("button[name=action]")).extracting(e -> e.text()).containsExactly("Check (dry run)", "Import");
        assertThat(page.select("nav.breadcrumbs li")).extracting(e -> e.text())
                .containsExactly("Home", "Secretariat", "Import legacy pages");
        assertThat(page.select("nav.breadcrumbs a[href=/secretariat]")).hasSize(1);
        assertThat(page.select("#theme option[value=migration]").text()).isEqualTo("Migration");
        assertThat(page.select("#institution option[value=iom]").text()).startsWith("IOM");
    }

    @Test
    void aDryRunShowsWhatTheImportWouldDoInATableAndWritesNothing() throws Exception {
        MockHttpServletResponse response = upload(LegacyFixtures.THEME_PAGE, LegacyFixtures.bytes(LegacyFixtures.THEME_PAGE), "check");
        Document page = parse(response);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page.select("#legacy-report caption").text()).isEqualTo("What importing themesdetails2-theme15-jswg10.txt would do");
        assertThat(page.select("#legacy-report thead th[scope=col]")).hasSize(6);
        assertThat(page.select("#legacy-report tbody tr")).hasSize(3);
        assertThat(page.select("#legacy-report tbody tr th[scope=row]")).extracting(e -> e.text()).containsExactly("6", "11", "23");
        assertThat(page.select("#legacy-report tbody tr").get(2).text())
                .contains("June 21, 2011", "New report", "Migration", "Port of Spain 2009 ¶17", "To contribute to upholding");
        assertThat(page.select("[role=status]").text()).contains("new reports: 3; already here: 0; problems: 0");
        assertThat(page.select("#theme option[selected]").val()).isEqualTo("migration");
        assertThat(reportCount()).isZero();
    }

    @Test
    void aPageSavedByABrowserAsHtmlIsCheckedLikeItsTextAndTheDryRunListsTheChromeItSkipped() throws Exception {
        String saved = "saved/jswgdetails-jswg4.html";
        MockHttpServletResponse response = mvc.perform(multipart(PAGE)
                        .file(new MockMultipartFile("file", "jswgdetails-jswg4.html", "text/html", LegacyFixtures.bytes(saved)))
                        .param("action", "check").with(user(TestUsers.secretariat())).with(csrf()))
                .andReturn().getResponse();
        Document page = parse(response);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page.select("#file").attr("accept")).contains(".html");
        assertThat(page.select("#legacy-report tbody tr")).hasSize(4);
        assertThat(page.select("#legacy-report tbody tr").get(3).text())
                .contains("September 15, 2015", "New report", "Youth and childhood", "VII Summit Education ¶1", "VII Summit Education ¶3");
        assertThat(page.select("[role=status]").text()).contains("new reports: 4; already here: 0; problems: 0",
                "lines were skipped as page chrome: nothing of a report is lost.");
        assertThat(page.select("#legacy-skipped caption").text())
                .isEqualTo("Lines of jswgdetails-jswg4.html skipped as page chrome (navigation, tabs, drop-down, headings)");
        assertThat(page.select("#legacy-skipped tbody tr")).extracting(e -> e.text())
                .contains("17 Skip Navigation Links", "19 First", "32 -- Select -- Gender issues Health Youth and childhood");
        assertThat(reportCount()).isZero();
    }

    @Test
    void theImportButtonCreatesTheReports() throws Exception {
        Document page = parse(upload(LegacyFixtures.THEME_PAGE, LegacyFixtures.bytes(LegacyFixtures.THEME_PAGE), "import"));

        assertThat(page.select("[role=status]").text()).contains("reports created: 3; already here and left alone: 0");
        assertThat(page.select("table caption").text()).isEqualTo("What importing themesdetails2-theme15-jswg10.txt did");
        assertThat(page.select("table tbody tr")).allSatisfy(row -> assertThat(row.text()).contains("Created"));
        assertThat(reportCount()).isEqualTo(3);
    }

    @Test
    void problemsAreListedInTheErrorSummaryAndBesideTheFileWithTheirLines() throws Exception {
        MockHttpServletResponse response = upload("unknown-paragraph.txt", LegacyFixtures.bytes("unknown-paragraph.txt"), "import");
        Document page = parse(response);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(page.select(".error-summary a[href=#file]")).extracting(e -> e.text())
                .containsExactly("Line 5: Port of Spain 2009 has no paragraph 98.");
        assertThat(page.select("#file-error").text()).isEqualTo("Line 5: Port of Spain 2009 has no paragraph 98.");
        assertThat(page.select("#file").attr("aria-invalid")).isEqualTo("true");
        assertThat(reportCount()).isZero();
    }

    @Test
    void aFiftyMegabyteUploadIsRefusedWithAClearMessage() throws Exception {
        byte[] huge = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');

        MockHttpServletResponse response = upload("huge.txt", huge, "check");

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(parse(response).select("#file-error").text())
                .isEqualTo("The file is 50 MB; the import takes files of up to 10 MB. Save the page again or split it.");
    }

    @Test
    void noFileChosenIsNamedBesideTheFileField() throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart(PAGE).param("theme", "migration").param("action", "check")
                .with(user(TestUsers.secretariat())).with(csrf())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(parse(response).select("#file-error").text()).isEqualTo("Choose the file to import.");
    }

    @Test
    void anInstitutionReporterMayNotImport() throws Exception {
        var reporter = users.reporterFor("iom");

        assertThat(mvc.perform(get(PAGE).with(user(reporter))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(multipart(PAGE).file(file(LegacyFixtures.THEME_PAGE, LegacyFixtures.bytes(LegacyFixtures.THEME_PAGE)))
                .param("theme", "migration").param("institution", "iom").param("action", "import")
                .with(user(reporter)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(reportCount()).isZero();
    }

    private MockHttpServletResponse upload(String name, byte[] content, String action) throws Exception {
        return mvc.perform(multipart(PAGE).file(file(name, content))
                        .param("theme", "migration").param("institution", "iom").param("action", action)
                        .with(user(TestUsers.secretariat())).with(csrf()))
                .andReturn().getResponse();
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "text/plain", content);
    }

    private static Document parse(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
