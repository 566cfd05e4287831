package org.mandato.reporting;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Bad input gets a message naming the field and changes nothing; concurrent saves never overwrite. */
@MandatoWriteTest
class ReportEditorTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Catalog catalog;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    ReportRequests requests;
    SignedInUser iom;

    @BeforeEach
    void setUp() {
        requests = new ReportRequests(mvc, catalog);
        iom = users.reporterFor("iom");
    }

    @Test
    void eachBadFieldIsNamedAndNothingIsWritten() {
        assertRejected("date", "2026-02-30", "date", "The date \"2026-02-30\" is not a date");
        assertRejected("date", "2999-01-01", "date", "The date 2999-01-01 is in the future.");
        assertRejected("body-en", "x".repeat(ReportForm.MAX_BODY_LENGTH + 1), "body-en", "at most 50,000 characters; it has 50,001");
        assertRejected("body-en", "   ", "body-en", "Write the text of the report in its original language.");
        assertRejected("themes", "999999", "themes", "There is no theme \"999999\"");
        assertRejected("themes", "'; drop table report; --", "themes", "There is no theme");
        assertRejected("citations", "Port of Spain 98", "citations", "Port of Spain 2009 has no paragraph 98.");
        assertRejected("citations", "Atlantis 3", "citations", "No document is cited as \"Atlantis 3\".");
        assertRejected("originalLanguage", "de", "originalLanguage", "Choose the original language");
    }

    @Test
    void theTypedTextStaysInTheFormAfterAnError() {
        Map<String, String> form = requests.form("Every word of this paragraph must survive the error.");
        form.put("date", "not a date");

        Document page = ReportRequests.parse(requests.post(iom, "/my/reports/new", form));

        assertThat(page.selectFirst("#body-en").text()).isEqualTo("Every word of this paragraph must survive the error.");
        assertThat(page.selectFirst("#error-summary a[href=#date]")).isNotNull();
        assertThat(page.selectFirst("#date").attr("aria-describedby")).contains("date-error");
        assertThat(page.selectFirst("#date").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aParagraphPickedByDocumentAndNumberJoinsTheCitations() {
        Map<String, String> form = requests.form("Text.");
        form.put("citations", "Port of Spain 17");
        form.put("pickDocument", "VII Summit");
        form.put("pickNumber", "Education 3");
        form.put("addCitation", "1");

        Document page = ReportRequests.parse(requests.post(iom, "/my/reports/new", form));

        assertThat(page.selectFirst("#citations").text()).isEqualTo("Port of Spain 17; VII Summit Education ¶3");
        assertThat(count()).as("adding a citation saves nothing").isEqualTo(count());

        form.put("pickNumber", "Education 99");
        Document rejected = ReportRequests.parse(requests.post(iom, "/my/reports/new", form));
        assertThat(rejected.select("#pickNumber-error").text()).isEqualTo("VII Summit has no paragraph Education 99.");
    }

    @Test
    void suggestedParagraphsAreListedWithTheirMatchedWordsAndCanBeAdded() {
        Map<String, String> form = requests.form("We trained labour inspectors to protect the rights of migrant workers, "
                + "whatever their migratory status.");
        form.put("citations", "");
        form.put("suggest", "1");
        int before = count();

        Document page = ReportRequests.parse(requests.post(iom, "/my/reports/new", form));

        assertThat(page.select(".suggestion-list li").first().text()).contains("Port of Spain 2009 ¶17", "matched:", "migrants");
        assertThat(count()).isEqualTo(before);
        form.remove("suggest");
        form.put("addSuggested", page.select(".suggestion-list button").first().val());
        Document added = ReportRequests.parse(requests.post(iom, "/my/reports/new", form));
        assertThat(added.selectFirst("#citations").text()).isEqualTo("Port of Spain 2009 ¶17");
    }

    @Test
    void theSecondOfTwoConcurrentSavesGetsAConflictPageAndBothTextsAreKept() {
        long id = requests.create(iom, requests.form("Original text."));
        Map<String, String> first = requests.form("First editor's text.");
        first.put("version", "1");
        Map<String, String> second = requests.form("Second editor's text.");
        second.put("version", "1");

        assertThat(requests.post(iom, "/my/reports/" + id + "/edit", first).getStatus()).isEqualTo(302);
        MockHttpServletResponse conflict = requests.post(iom, "/my/reports/" + id + "/edit", second);

        assertThat(conflict.getStatus()).isEqualTo(409);
        Document page = ReportRequests.parse(conflict);
        assertThat(page.select("section[aria-labelledby=mine-heading] pre").text()).isEqualTo("Second editor's text.");
        assertThat(page.select("section[aria-labelledby=current-heading] pre").text()).isEqualTo("First editor's text.");
        assertThat(page.selectFirst("form input[name=version]").val()).isEqualTo("2");
        assertThat(jdbc.sql("select body from report_text where report_id = :id").param("id", id).query(String.class).single())
                .isEqualTo("First editor's text.");
        assertThat(jdbc.sql("""
                        select t.body from report_revision r join report_revision_text t on t.revision_id = r.id
                        where r.report_id = :id and r.kind = 'conflict'""").param("id", id).query(String.class).single())
                .isEqualTo("Second editor's text.");
    }

    @Test
    void savingAnUnchangedFormKeepsTheVersion() {
        long id = requests.create(iom, requests.form("Stable text."));
        Map<String, String> same = requests.form("Stable text.");
        same.put("version", "1");

        requests.post(iom, "/my/reports/" + id + "/edit", same);

        assertThat(requests.version(iom, id)).isEqualTo(1);
    }

    private void assertRejected(String field, String value, String errorField, String message) {
        int before = count();
        Map<String, String> form = requests.form("A valid body.");
        form.put(field, value);

        MockHttpServletResponse response = requests.post(iom, "/my/reports/new", form);

        assertThat(response.getStatus()).as(field + "=" + value).isEqualTo(422);
        Document page = ReportRequests.parse(response);
        assertThat(page.select("#" + errorField + "-error").text()).as(field).contains(message);
        assertThat(count()).as("nothing written for " + field).isEqualTo(before);
    }

    private int count() {
        return jdbc.sql("select count(*) from report").query(Integer.class).single()
                + jdbc.sql("select count(*) from report_revision").query(Integer.class).single();
    }
}
