package org.mandato.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.mandato.BrowserSession;
import org.mandato.MandatoWriteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Which forms posted without a live session are kept for their writer, and which are not: only one
 * sent from this site by a browser whose signed-in session ended, once, and within the size limit.
 * A form that is not kept leaves no session behind. (The rate limit is in RateLimitsTest.)
 */
@MandatoWriteTest
class KeptFormsTest {

    private static final String TYPED = "An afternoon of writing.";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    final long started = System.currentTimeMillis();

    @Test
    void aFormOfABrowserWhoseSessionEndedIsKeptOnce() throws Exception {
        String writer = users.account("kept-once@iom.example", Role.INSTITUTION_REPORTER, "iom");
        BrowserSession browser = signedInThenExpired(writer);
        String endedSession = browser.id();

        assertThat(browser.perform(report(TYPED)).getResponse().getRedirectedUrl()).isEqualTo("/login?expired");

        BrowserSession replay = new BrowserSession(mvc);
        replay.useCookie(endedSession);
        int sessions = sessionRows();
        assertThat(replay.perform(report("Planted text.")).getResponse().getRedirectedUrl())
                .as("the ended session keeps one form only").isEqualTo("/login?ended");
        assertThat(sessionRows()).isEqualTo(sessions);

        assertThat(signIn(browser, writer)).isEqualTo("/my/reports/new");
        assertThat(bodyInEditor(browser)).isEqualTo(TYPED);
    }

    @Test
    void aFormWithoutTheCookieOfAnEndedSessionKeepsNothingAndLeavesNoSession() throws Exception {
        String writer = users.account("no-cookie@iom.example", Role.INSTITUTION_REPORTER, "iom");
        BrowserSession stranger = new BrowserSession(mvc);
        int sessions = sessionRows();

        MockHttpServletResponse answer = stranger.perform(report("Planted text.")).getResponse();

        assertThat(answer.getRedirectedUrl()).isEqualTo("/login?ended");
        assertThat(answer.getCookie(BrowserSession.COOKIE)).as("no session begun").isNull();
        assertThat(sessionRows()).isEqualTo(sessions);
        assertThat(signIn(stranger, writer)).isEqualTo("/my/work");
        assertThat(bodyInEditor(stranger)).isEmpty();
        assertThat(page(new BrowserSession(mvc), "/login?ended").select(".error-summary").text())
                .isEqualTo("Your session had ended, and what you sent could not be kept: sign in, then send it again.");
    }

    @Test
    void aSessionEndedBySigningOutKeepsNothing() throws Exception {
        String writer = users.account("signed-out@iom.example", Role.INSTITUTION_REPORTER, "iom");
        BrowserSession browser = new BrowserSession(mvc);
        signIn(browser, writer);
        String signedOut = browser.id();
        browser.perform(post("/logout").with(csrf()));

        browser.useCookie(signedOut);
        assertThat(browser.perform(report("Planted text.")).getResponse().getRedirectedUrl()).isEqualTo("/login?ended");
    }

    @Test
    void aFormSentFromAnotherSiteIsRefusedAndLeavesTheWritersCookieAlone() throws Exception {
        String writer = users.account("cross-site@iom.example", Role.INSTITUTION_REPORTER, "iom");
        BrowserSession browser = signedInThenExpired(writer);
        String endedSession = browser.id();
        int sessions = sessionRows();

        for (MockHttpServletRequestBuilder crossSite : new MockHttpServletRequestBuilder[] {
                report("Planted text.").header("Origin", "https://elsewhere.example"),
                report("Planted text.").header("Sec-Fetch-Site", "cross-site"),
                report("Planted text.").header("Origin", "null"),
                report("Planted text.").header("Referer", "https://elsewhere.example/form")}) {
            MockHttpServletResponse answer = browser.perform(crossSite).getResponse();
            assertThat(answer.getStatus()).isEqualTo(403);
            assertThat(answer.getCookie(BrowserSession.COOKIE)).isNull();
        }

        assertThat(sessionRows()).isEqualTo(sessions);
        assertThat(browser.id()).isEqualTo(endedSession);
        assertThat(browser.perform(report(TYPED).header("Origin", "http://localhost").header("Sec-Fetch-Site", "same-origin"))
                .getResponse().getRedirectedUrl()).as("the writer's own form is still kept").isEqualTo("/login?expired");
    }

    @Test
    void aFormTooLargeToKeepIsRefusedWithSignInAndAWord() throws Exception {
        String writer = users.account("too-large@iom.example", Role.INSTITUTION_REPORTER, "iom");
        BrowserSession browser = signedInThenExpired(writer);
        String large = "x".repeat(300 * 1024);
        int sessions = sessionRows();

        MockHttpServletResponse byLength = browser.perform(post("/my/reports/new").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("originalLanguage=en&body-en=" + large)).getResponse();
        assertThat(byLength.getRedirectedUrl()).isEqualTo("/login?tooLarge");
        assertThat(sessionRows()).isEqualTo(sessions);

        MockHttpServletResponse byContent = browser.perform(report(large)).getResponse();
        assertThat(byContent.getRedirectedUrl()).as("a body of unknown length, measured once read").isEqualTo("/login?tooLarge");
        assertThat(sessionRows()).isEqualTo(sessions);
        assertThat(page(new BrowserSession(mvc), "/login?tooLarge").select(".error-summary").text()).contains("too large to be kept");
    }

    private MockHttpServletRequestBuilder report(String body) {
        return post("/my/reports/new").param("date", "2026-01-15").param("originalLanguage", "en").param("body-en", body);
    }

    private BrowserSession signedInThenExpired(String username) throws Exception {
        BrowserSession browser = new BrowserSession(mvc);
        assertThat(signIn(browser, username)).isEqualTo("/my/work");
        browser.expire(jdbc);
        return browser;
    }

    private static String signIn(BrowserSession browser, String username) throws Exception {
        return browser.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD)).getResponse().getRedirectedUrl();
    }

    private static String bodyInEditor(BrowserSession browser) throws Exception {
        return page(browser, "/my/reports/new").selectFirst("#body-en").text();
    }

    private static org.jsoup.nodes.Document page(BrowserSession browser, String url) throws Exception {
        return Jsoup.parse(browser.perform(get(url).header("Accept-Language", "en")).getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    /** Live sessions begun since the test started. */
    private int sessionRows() {
        return jdbc.sql("select count(*) from spring_session where creation_time >= :start and expiry_time > :now")
                .param("start", started).param("now", System.currentTimeMillis()).query(Integer.class).single();
    }
}
