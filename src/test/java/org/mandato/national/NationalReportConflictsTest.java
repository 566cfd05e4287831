package org.mandato.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

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
 * Every action on a national report names the version it was taken on: one taken on a version that
 * is no longer current (another window saved meanwhile) answers 409 and changes nothing, never 500.
 */
@MandatoWriteTest
class NationalReportConflictsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers users;

    final SignedInUser secretariat = TestUsers.secretariat();

    @Test
    void actionsOnAnOutdatedVersionAnswerConflictAndChangeNothing() {
        NationalRequests requests = new NationalRequests(mvc);
        long id = requests.open(secretariat, "demo-2026", "cl");
        int opened = requests.version(secretariat, id);
        assertThat(requests.post(secretariat, "/my/national/" + id + "/entries", entry(opened)).getStatus()).isEqualTo(302);
        long entryId = jdbc.sql("select id from national_entry where national_report_id = :id").param("id", id).query(Long.class).single();
        String outdated = String.valueOf(opened);

        assertThat(requests.post(secretariat, "/my/national/" + id + "/submit", Map.of("version", outdated)).getStatus()).isEqualTo(409);
        assertThat(requests.post(secretariat, "/my/national/" + id + "/entries/" + entryId + "/delete", Map.of("version", outdated))
                .getStatus()).isEqualTo(409);
        assertThat(status(id)).isEqualTo("draft");
        assertThat(jdbc.sql("select count(*) from national_entry where id = :id").param("id", entryId).query(Integer.class).single())
                .as("the entry is still there").isEqualTo(1);

        int beforeSubmit = requests.version(secretariat, id);
        assertThat(requests.act(secretariat, id, "submit").getStatus()).isEqualTo(302);
        String stale = String.valueOf(beforeSubmit);
        MockHttpServletResponse staleReturn = requests.post(secretariat, "/my/national/" + id + "/return",
                Map.of("version", stale, "comment", "Add a value."));
        assertThat(staleReturn.getStatus()).isEqualTo(409);
        assertThat(NationalRequests.parse(staleReturn).selectFirst("textarea#comment").text()).as("the comment is kept").isEqualTo("Add a value.");
        assertThat(NationalRequests.parse(staleReturn).select(".error-summary").text()).contains("changed while you were writing");
        assertThat(requests.post(secretariat, "/my/national/" + id + "/publish", Map.of("version", stale)).getStatus()).isEqualTo(409);
        assertThat(status(id)).isEqualTo("submitted");

        int beforePublish = requests.version(secretariat, id);
        assertThat(requests.act(secretariat, id, "publish", "confirmed", "yes").getStatus()).isEqualTo(302);
        MockHttpServletResponse staleWithdrawal = requests.post(secretariat, "/my/national/" + id + "/withdraw",
                Map.of("version", String.valueOf(beforePublish), "reason", "Published twice."));
        assertThat(staleWithdrawal.getStatus()).isEqualTo(409);
        assertThat(NationalRequests.parse(staleWithdrawal).selectFirst("textarea#reason").text()).isEqualTo("Published twice.");
        assertThat(status(id)).isEqualTo("published");
    }

    @Test
    void anEntrySavedAfterTheReportWasSubmittedMeanwhileComesBackWithItsText() {
        NationalRequests requests = new NationalRequests(mvc);
        SignedInUser colombia = users.reporterFor("co");
        long id = requests.open(colombia, "demo-2026", "co");
        int opened = requests.version(colombia, id);
        assertThat(requests.post(colombia, "/my/national/" + id + "/entries", entry(opened)).getStatus()).isEqualTo(302);
        Map<String, String> typedInAnotherWindow = entry(opened + 1);
        typedInAnotherWindow.put("goals", "A goal typed while a colleague submitted the report.");
        assertThat(requests.act(colombia, id, "submit").getStatus()).isEqualTo(302);

        MockHttpServletResponse stale = requests.post(colombia, "/my/national/" + id + "/entries", typedInAnotherWindow);

        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(NationalRequests.parse(stale).selectFirst("#goals").text()).isEqualTo("A goal typed while a colleague submitted the report.");
        assertThat(requests.post(colombia, "/my/national/" + id + "/submit", Map.of("version", String.valueOf(opened + 1))).getStatus())
                .as("submitting again from the older page").isEqualTo(409);
        assertThat(requests.act(colombia, id, "submit").getStatus()).as("on the current version: not a draft any more").isEqualTo(403);
    }

    private String status(long id) {
        return jdbc.sql("select status from national_report where id = :id").param("id", id).query(String.class).single();
    }

    private Map<String, String> entry(int version) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(version));
        form.put("paragraph", String.valueOf(catalog.paragraphByCitation("Port of Spain 2009", "47").orElseThrow().id()));
        form.put("status", "in_progress");
        form.put("goals", "Every port inspected by 2027.");
        form.put("indicator-0-name", "");
        return form;
    }
}
