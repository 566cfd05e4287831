package org.mandato.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mandato.BrowserSession;
import org.mandato.MandatoWriteTest;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Paragraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The Secretariat's long forms (an assessment's rationale, a paragraph's text) survive a session that
 * ended while they were being written, as a reporter's do: signing in again returns to the form with
 * every word in it, and nothing was saved in between.
 */
@MandatoWriteTest
class SecretariatFormsAfterLostSessionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAssessmentWrittenAfterTheSessionEndedIsBackInItsForm() throws Exception {
        String secretary = users.account("elena@secretariat.example", Role.SECRETARIAT, null);
        Paragraph mandate = catalog.paragraphByCitation("Port of Spain 2009", "17").orElseThrow();
        String formPage = "/secretariat/assessments/new?cycle=demo-2025";
        BrowserSession browser = signedInThenExpired(secretary);

        MockHttpServletRequestBuilder lost = post("/secretariat/assessments/new").header("Referer", "http://localhost" + formPage)
                .param("cycle", "demo-2025").param("actor", "iom").param("paragraph", String.valueOf(mandate.id()))
                .param("stage", "interim").param("score", "1")
                .param("rationale", "A long rationale written over an afternoon.").param("evidence", "Two workshops, one law.");
        assertThat(browser.perform(lost).getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(jdbc.sql("select count(*) from assessment where rationale like 'A long rationale%'").query(Integer.class).single())
                .isZero();

        assertThat(signIn(browser, secretary)).isEqualTo(formPage);
        Document form = page(browser, formPage);
        assertThat(form.select(".notice").text()).contains("Everything you had typed is back");
        assertThat(form.selectFirst("#rationale").text()).isEqualTo("A long rationale written over an afternoon.");
        assertThat(form.selectFirst("#evidence").text()).isEqualTo("Two workshops, one law.");
        assertThat(form.select("#stage-interim[checked]")).hasSize(1);
        assertThat(form.select("#paragraph option[selected]").eachAttr("value")).containsExactly(String.valueOf(mandate.id()));
    }

    @Test
    void aParagraphEditedAfterTheSessionEndedIsBackInItsForm() throws Exception {
        String secretary = users.account("tomas@secretariat.example", Role.SECRETARIAT, null);
        Paragraph paragraph = catalog.paragraphByCitation("Port of Spain 2009", "18").orElseThrow();
        String formPage = "/secretariat/catalog/paragraphs/" + paragraph.id();
        BrowserSession browser = signedInThenExpired(secretary);

        assertThat(browser.perform(post(formPage).param("number", "18").param("text-en", "A summary typed at length."))
                .getResponse().getRedirectedUrl()).as("no Referer: back to the address the form posts to").isEqualTo("/login?expired");

        assertThat(signIn(browser, secretary)).isEqualTo(formPage);
        Document form = page(browser, formPage);
        assertThat(form.select(".notice").text()).contains("Everything you had typed is back");
        assertThat(form.selectFirst("#text-en").text()).isEqualTo("A summary typed at length.");
        assertThat(catalog.paragraphByCitation("Port of Spain 2009", "18").orElseThrow().text().text("en"))
                .as("nothing was saved").isNotEqualTo("A summary typed at length.");
    }

    /** A browser whose writer signed in, then left the form open past the session's timeout. */
    private BrowserSession signedInThenExpired(String username) throws Exception {
        BrowserSession browser = new BrowserSession(mvc);
        assertThat(signIn(browser, username)).isEqualTo("/my/work");
        browser.expire(jdbc);
        return browser;
    }

    private String signIn(BrowserSession browser, String username) throws Exception {
        return browser.perform(post("/login").with(csrf()).param("username", username).param("password", TestUsers.PASSWORD))
                .getResponse().getRedirectedUrl();
    }

    private static Document page(BrowserSession browser, String url) throws Exception {
        return Jsoup.parse(browser.perform(get(url).header("Accept-Language", "en")).getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
