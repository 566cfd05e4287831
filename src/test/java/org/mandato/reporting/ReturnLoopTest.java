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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The return-and-fix loop of an institutional report: the return comment above the editor's fields,
 * a message after each action, and for the reviewer of the report sent again the changes since it was
 * returned (the version returned against the latest, not the last two revisions).
 */
@MandatoWriteTest
class ReturnLoopTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Catalog catalog;
    @Autowired
    TestUsers users;

    ReportRequests requests;
    SignedInUser secretariat = TestUsers.secretariat();
    SignedInUser iom;

    @BeforeEach
    void setUp() {
        requests = new ReportRequests(mvc, catalog);
        iom = users.reporterFor("iom");
    }

    @Test
    void theWriterSeesWhyAndEachStepIsConfirmedAndTheReviewerSeesWhatChangedSinceTheReturn() {
        long id = requests.create(iom, requests.form("IOM trained border officials."));
        MockHttpServletResponse submitted = requests.act(iom, id, "submit");
        assertThat(requests.page(iom, submitted.getRedirectedUrl()).select("h1 + .notice[role=status]").text())
                .isEqualTo("The report is submitted to the Secretariat.");
        MockHttpServletResponse returned = requests.act(secretariat, id, "return", "comment", "Say how many officials.");
        assertThat(requests.page(secretariat, returned.getRedirectedUrl()).select("h1 + .notice[role=status]").text())
                .isEqualTo("The report is returned to its writers with your comment.");

        Document editor = requests.page(iom, "/my/reports/" + id + "/edit");
        assertThat(editor.select("h1 + .notice--returned .return-comment").text()).isEqualTo("Say how many officials.");

        Map<String, String> fixed = requests.form("IOM trained 240 border officials.");
        fixed.put("version", String.valueOf(requests.version(iom, id)));
        MockHttpServletResponse saved = requests.post(iom, "/my/reports/" + id + "/edit", fixed);
        assertThat(requests.page(iom, saved.getRedirectedUrl()).select("h1 + .notice[role=status]").text()).isEqualTo("The report is saved.");
        // A second save after the return: "the last two revisions" would no longer show the whole fix.
        fixed.put("title-en", "Training of border officials");
        fixed.put("version", String.valueOf(requests.version(iom, id)));
        assertThat(requests.post(iom, "/my/reports/" + id + "/edit", fixed).getStatus()).isEqualTo(302);
        assertThat(requests.act(iom, id, "submit").getStatus()).isEqualTo(302);

        Document review = requests.page(secretariat, "/my/reports/" + id);
        String link = review.select(".since-returned a").attr("href");
        assertThat(review.select(".since-returned a").text()).isEqualTo("Changes since it was returned");
        Document changes = requests.page(secretariat, link);
        assertThat(changes.select(".diff ins").eachText()).contains("240", "Training of border officials");
        assertThat(requests.page(iom, "/my/reports/" + id).select(".since-returned")).as("for the reviewer").isEmpty();
    }
}
