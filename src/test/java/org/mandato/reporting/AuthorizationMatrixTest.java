package org.mandato.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoWriteTest;
import org.mandato.WebPages;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every role against every write endpoint, on reports of another actor and of its own. The rule:
 * what one may not see answers 404, what one may see but not do answers 403, anonymous writers are
 * sent to sign in, and nothing changes.
 */
@MandatoWriteTest
class AuthorizationMatrixTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Catalog catalog;
    @Autowired
    TestUsers users;

    ReportRequests requests;
    SignedInUser secretariat = TestUsers.secretariat();
    SignedInUser iom;
    SignedInUser idb;
    SignedInUser peru;
    List<String> failures = new ArrayList<>();

    @BeforeEach
    void setUp() {
        requests = new ReportRequests(mvc, catalog);
        iom = users.reporterFor("iom");
        idb = users.reporterFor("idb");
        peru = users.reporterFor("pe");
    }

    @Test
    void othersCannotReadEditSubmitOrReviewAnInstitutionsDraft() {
        long draft = requests.create(idb, requests.form("IDB draft that nobody else may see."));

        expect("IOM reads IDB's draft", requests.get(iom, "/my/reports/" + draft), 404);
        expect("IOM reads IDB's draft history", requests.get(iom, "/my/reports/" + draft + "/history"), 404);
        expect("IOM opens IDB's draft editor", requests.get(iom, "/my/reports/" + draft + "/edit"), 403);
        expect("IOM saves IDB's draft", requests.post(iom, "/my/reports/" + draft + "/edit", withVersion(requests.form("x"), 1)), 403);
        expect("IOM submits IDB's draft", requests.post(iom, "/my/reports/" + draft + "/submit", Map.of("version", "1")), 403);
        expect("Peru submits IDB's draft", requests.post(peru, "/my/reports/" + draft + "/submit", Map.of("version", "1")), 403);
        expect("IDB publishes its own draft", requests.post(idb, "/my/reports/" + draft + "/publish", Map.of("version", "1")), 403);
        expect("anonymous reads the draft", requests.get(null, "/my/reports/" + draft), 302);
        expect("anonymous submits the draft", requests.post(null, "/my/reports/" + draft + "/submit", Map.of("version", "1")), 302);
        expect("the Secretariat reads it", requests.get(secretariat, "/my/reports/" + draft), 200);
        expect("IDB reads it", requests.get(idb, "/my/reports/" + draft), 200);

        assertThat(failures).isEmpty();
        assertThat(requests.page(idb, "/my/reports/" + draft).select(".status").text()).isEqualTo("Draft");
    }

    @Test
    void onlyTheSecretariatPublishesReturnsAndWithdraws() {
        long submitted = requests.create(idb, requests.form("IDB report under review."));
        requests.act(idb, submitted, "submit");

        for (SignedInUser reporter : List.of(idb, iom, peru)) {
            expect(reporter.getUsername() + " publishes", requests.act(reporter, submitted, "publish"), 403);
            expect(reporter.getUsername() + " returns", requests.act(reporter, submitted, "return", "comment", "no"), 403);
        }
        expect("IDB edits its submitted report", requests.get(idb, "/my/reports/" + submitted + "/edit"), 403);
        expect("IDB submits twice", requests.act(idb, submitted, "submit"), 403);
        expect("the Secretariat publishes", requests.act(secretariat, submitted, "publish"), 302);
        for (SignedInUser reporter : List.of(idb, iom, peru)) {
            expect(reporter.getUsername() + " withdraws", requests.act(reporter, submitted, "withdraw", "reason", "no"), 403);
        }
        expect("the Secretariat withdraws", requests.act(secretariat, submitted, "withdraw", "reason", "duplicate"), 302);

        assertThat(failures).isEmpty();
    }

    @Test
    void aCoordinatorFilesOnlyForItsOwnCountry() {
        Map<String, String> forChile = requests.form("Peru writing as Chile.");
        forChile.put("author", "cl");
        expect("Peru files for Chile", requests.post(peru, "/my/reports/new", forChile), 403);
        Map<String, String> forIdb = requests.form("IOM writing as IDB.");
        forIdb.put("author", "idb");
        expect("IOM files for IDB", requests.post(iom, "/my/reports/new", forIdb), 403);

        long own = requests.create(peru, requests.form("Peru's own national report."));
        expect("Peru reads its own", requests.get(peru, "/my/reports/" + own), 200);
        assertThat(requests.page(secretariat, "/my/reports/" + own).text()).contains("Report of Peru");

        Map<String, String> bySecretariat = requests.form("Filed by the Secretariat for Chile.");
        bySecretariat.put("author", "cl");
        long forChileBySecretariat = requests.create(secretariat, bySecretariat);
        expect("Peru reads Chile's", requests.get(peru, "/my/reports/" + forChileBySecretariat), 404);
        assertThat(failures).isEmpty();
    }

    @Test
    void secretariatScreensAreTheSecretariatsOnly() {
        for (String url : List.of("/secretariat", "/secretariat/users", "/secretariat/users/new", "/secretariat/audit")) {
            expect("IOM opens " + url, requests.get(iom, url), 403);
            expect("Peru opens " + url, requests.get(peru, url), 403);
            expect("anonymous opens " + url, requests.get(null, url), 302);
            expect("the Secretariat opens " + url, requests.get(secretariat, url), 200);
        }
        Map<String, String> account = new LinkedHashMap<>(Map.of("username", "intruder", "displayName", "Intruder",
                "role", "secretariat"));
        expect("IOM creates a Secretariat account", requests.post(iom, "/secretariat/users/new", account), 403);
        expect("anonymous creates an account", requests.post(null, "/secretariat/users/new", account), 302);
        assertThat(failures).isEmpty();
    }

    @Test
    void theAnonymousPublicSeesNoDraftOrSubmittedReportAnywhere() throws Exception {
        String secret = "Unpublished words 7f3a";
        long draft = requests.create(iom, requests.form(secret + " in a draft."));
        long submitted = requests.create(iom, requests.form(secret + " under review."));
        requests.act(iom, submitted, "submit");
        WebPages anonymous = new WebPages(mvc);

        for (long id : List.of(draft, submitted)) {
            assertThat(anonymous.fetch("/reports/" + id, "en").getStatus()).isEqualTo(404);
        }
        for (String url : List.of("/", "/themes/migration", "/themes/migration?institution=iom", "/institutions/iom",
                "/summits/v/port-of-spain-declaration/17")) {
            assertThat(anonymous.page(url).text()).as(url).doesNotContain(secret);
        }
        for (String api : List.of("/api/v1/reports?institution=iom&per_page=100", "/feeds/institutions/iom.atom",
                "/api/v1/search?q=7f3a", "/search?q=7f3a")) {
            assertThat(anonymous.fetch(api, "en").getContentAsString()).as(api).doesNotContain(secret);
        }
        assertThat(anonymous.fetch("/api/v1/reports/" + draft, "en").getStatus()).isEqualTo(404);
        int publishedIomMigration = anonymous.page("/themes/migration?institution=iom").select("article.report").size();
        assertThat(anonymous.page("/themes/migration").selectFirst(".institution-selector a[href$=iom] .count").text())
                .isEqualTo("(" + publishedIomMigration + ")");
    }

    private Map<String, String> withVersion(Map<String, String> form, int version) {
        form.put("version", String.valueOf(version));
        return form;
    }

    private void expect(String what, MockHttpServletResponse response, int status) {
        if (response.getStatus() != status) {
            failures.add(what + ": expected " + status + " but got " + response.getStatus());
        }
    }
}
