package org.mandato.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoWriteTest;
import org.mandato.WebPages;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A report's whole life through the pages: written, submitted, returned, fixed, published, withdrawn. */
@MandatoWriteTest
class ReportLifecycleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Catalog catalog;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    ReportRequests requests;
    WebPages publicPages;
    SignedInUser secretariat = TestUsers.secretariat();
    SignedInUser iom;

    @BeforeEach
    void setUp() {
        requests = new ReportRequests(mvc, catalog);
        publicPages = new WebPages(mvc);
        iom = users.reporterFor("iom");
    }

    @Test
    void reportGoesFromDraftThroughReviewToThePublicPages() {
        var form = requests.form("IOM trained border officials on the rights of migrants.\n\nA second paragraph.");
        form.put("citations", "Port of Spain 17, 23; VII: Education 2");
        long id = requests.create(iom, form);

        assertThat(publicPages.fetch("/reports/" + id, "en").getStatus()).as("a draft is not public").isEqualTo(404);
        assertThat(requests.page(iom, "/my/work").select("#drafts-heading + ul a").eachAttr("href")).contains("/my/reports/" + id);

        assertThat(requests.act(iom, id, "submit").getStatus()).isEqualTo(302);
        assertThat(requests.page(secretariat, "/secretariat").select("ul.review-inbox a").eachAttr("href"))
                .contains("/my/reports/" + id);

        assertThat(requests.act(secretariat, id, "return", "comment", "Please cite the Lima Commitment too.").getStatus())
                .isEqualTo(302);
        Document work = requests.page(iom, "/my/work");
        assertThat(work.select("#returned-heading ~ ul .return-comment").text()).contains("Please cite the Lima Commitment too.");

        Map<String, String> fixed = requests.form("IOM trained border officials on the rights of migrants.\n\nA second paragraph.");
        fixed.put("citations", "Port of Spain 2009 ¶17, ¶23; VII Summit Education ¶2; Lima 2018 ¶7");
        fixed.put("version", String.valueOf(requests.version(iom, id)));
        assertThat(requests.post(iom, "/my/reports/" + id + "/edit", fixed).getStatus()).isEqualTo(302);
        assertThat(requests.act(iom, id, "submit").getStatus()).isEqualTo(302);
        assertThat(requests.act(secretariat, id, "publish").getStatus()).isEqualTo(302);

        Document theme = publicPages.page("/themes/migration?institution=iom");
        Element published = theme.select("article.report").first();
        assertThat(published.selectFirst("time").attr("datetime")).isEqualTo("2026-03-02");
        assertThat(published.select(".report__citations").text())
                .isEqualTo("Paragraphs cited: Port of Spain 2009: ¶17 ¶23 VII Summit: Education ¶2 Lima 2018: ¶7");
        assertThat(publicPages.page("/summits/v/port-of-spain-declaration/23").select("article.report a[href=/institutions/iom]"))
                .isNotEmpty();
        assertThat(publicPages.page("/reports/" + id).select(".report__body p")).hasSize(2);

        assertThat(jdbc.sql("select kind from audit_event where subject = :s order by id").param("s", "report " + id)
                .query(String.class).list())
                .containsExactly("report-submitted", "report-returned", "report-submitted", "report-published");
    }

    @Test
    void anActionOnAnOutdatedVersionAnswersConflictAndKeepsTheWordsTyped() {
        long id = requests.create(iom, requests.form("A report reviewed in two windows."));
        assertThat(requests.act(iom, id, "submit").getStatus()).isEqualTo(302);
        String outdated = "1";

        assertThat(requests.post(iom, "/my/reports/" + id + "/submit", Map.of("version", outdated)).getStatus()).isEqualTo(409);
        assertThat(requests.post(secretariat, "/my/reports/" + id + "/publish", Map.of("version", outdated)).getStatus()).isEqualTo(409);
        MockHttpServletResponse staleReturn = requests.post(secretariat, "/my/reports/" + id + "/return",
                Map.of("version", outdated, "comment", "Cite the Lima Commitment."));
        assertThat(staleReturn.getStatus()).isEqualTo(409);
        Document page = ReportRequests.parse(staleReturn);
        assertThat(page.selectFirst("textarea#comment").text()).isEqualTo("Cite the Lima Commitment.");
        assertThat(page.select(".error-summary a[href=#comment]").text()).contains("changed while you were writing");
        assertThat(jdbc.sql("select status from report where id = :id").param("id", id).query(String.class).single()).isEqualTo("submitted");

        MockHttpServletResponse refused = requests.act(secretariat, id, "return", "comment", "Cite\u0007 Lima.");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(ReportRequests.parse(refused).selectFirst("textarea#comment").text()).as("a refused comment comes back").isEqualTo("Cite\u0007 Lima.");
    }

    @Test
    void aSaveOfADraftSubmittedMeanwhileIsAConflictThatKeepsTheText() {
        long id = requests.create(iom, requests.form("The draft as first written."));
        var edited = requests.form("The draft as edited in a window opened before the report was submitted.");
        edited.put("version", "1");
        assertThat(requests.act(iom, id, "submit").getStatus()).isEqualTo(302);

        MockHttpServletResponse conflict = requests.post(iom, "/my/reports/" + id + "/edit", edited);

        assertThat(conflict.getStatus()).isEqualTo(409);
        Document page = ReportRequests.parse(conflict);
        assertThat(page.text()).contains("The draft as edited in a window opened before", "can no longer be changed here");
        assertThat(page.select("form[action$=/edit]")).as("nothing to save over: the report is no longer the writer's to edit").isEmpty();
        assertThat(jdbc.sql("""
                        select t.body from report_revision r join report_revision_text t on t.revision_id = r.id
                        where r.report_id = :id and r.kind = 'conflict'""").param("id", id).query(String.class).single())
                .isEqualTo("The draft as edited in a window opened before the report was submitted.");
        edited.put("version", "2");
        assertThat(requests.post(iom, "/my/reports/" + id + "/edit", edited).getStatus()).as("on the current version: not allowed")
                .isEqualTo(403);
    }

    @Test
    void withdrawnReportLeavesThePublicSiteButKeepsItsHistory() {
        long id = published("A report that will be withdrawn.");
        assertThat(publicPages.fetch("/reports/" + id, "en").getStatus()).isEqualTo(200);

        assertThat(requests.act(secretariat, id, "withdraw", "reason", "Filed twice.").getStatus()).isEqualTo(302);

        assertThat(publicPages.fetch("/reports/" + id, "en").getStatus()).isEqualTo(404);
        assertThat(publicPages.page("/institutions/iom").text()).doesNotContain("A report that will be withdrawn.");
        Document history = requests.page(secretariat, "/my/reports/" + id + "/history");
        assertThat(history.select("tbody tr td:last-child").eachText())
                .containsExactly("Draft — created", "Submitted — submitted", "Published — published",
                        "Withdrawn — withdrawn: Filed twice.");
    }

    @Test
    void historyComparesAnyTwoVersionsWordByWord() {
        long id = requests.create(iom, requests.form("The programme reached 300 migrants in 2025."));
        var edit = requests.form("The programme reached 450 migrants in 2025.");
        edit.put("version", "1");
        requests.post(iom, "/my/reports/" + id + "/edit", edit);

        Document history = requests.page(iom, "/my/reports/" + id + "/history");

        assertThat(history.select("tbody tr")).hasSize(2);
        assertThat(history.select("tbody tr").get(1).text()).contains("iom-reporter", "changed: text (en)");
        Element body = history.select(".diff-field").stream()
                .filter(f -> f.selectFirst("h3").text().startsWith("Text in English")).findFirst().orElseThrow();
        assertThat(body.select("del").text()).isEqualTo("300");
        assertThat(body.select("ins").text()).isEqualTo("450");
    }

    @Test
    void whateverAWriterTypesIsShownAsText() {
        long id = published("<script>alert('x')</script> and <b>bold</b> & more");

        String html = ReportRequests.body(publicPages.fetch("/reports/" + id, "en"));

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>bold</b>");
        assertThat(html).contains("&lt;script&gt;alert('x')&lt;/script&gt; and &lt;b&gt;bold&lt;/b&gt; &amp; more");
    }

    private long published(String body) {
        long id = requests.create(iom, requests.form(body));
        requests.act(iom, id, "submit");
        requests.act(secretariat, id, "publish");
        return id;
    }
}
