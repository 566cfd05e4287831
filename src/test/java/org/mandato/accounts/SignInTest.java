package org.mandato.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.mandato.BrowserSession;
import org.mandato.MandatoWriteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signing in and out, throttling, the first Secretariat account, password changes and lost sessions. */
@MandatoWriteTest
class SignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void rightPasswordSignsInAndChangesTheSessionId() throws Exception {
        users.account("maria@iom.example", Role.INSTITUTION_REPORTER, "iom");
        BrowserSession session = new BrowserSession(mvc);
        session.perform(get("/login"));
        String before = session.id();

        MvcResult result = session.perform(formLogin("/login").user("maria@iom.example").password(TestUsers.PASSWORD));

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my/work");
        assertThat(before).isNotNull();
        assertThat(session.id()).isNotNull().isNotEqualTo(before);
        assertThat(lastAudit("maria@iom.example")).isEqualTo("sign-in");
    }

    @Test
    void theLongestUsernameAllowedSignsInAndItsSessionIsStored() throws Exception {
        String longest = "a".repeat(120 - "@iom.example".length()) + "@iom.example";
        users.account(longest, Role.INSTITUTION_REPORTER, "iom");
        BrowserSession session = new BrowserSession(mvc);

        assertThat(session.perform(formLogin("/login").user(longest).password(TestUsers.PASSWORD)).getResponse()
                .getRedirectedUrl()).isEqualTo("/my/work");
        assertThat(session.perform(get("/my/work")).getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :name").param("name", longest)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void wrongPasswordIsRefusedAndFiveFailuresLockTheAccount() throws Exception {
        users.account("locked@idb.example", Role.INSTITUTION_REPORTER, "idb");
        for (int i = 1; i <= 5; i++) {
            MvcResult failed = mvc.perform(formLogin("/login").user("locked@idb.example").password("wrong " + i)).andReturn();
            assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }

        MvcResult withRightPassword = mvc.perform(formLogin("/login").user("locked@idb.example").password(TestUsers.PASSWORD))
                .andReturn();

        assertThat(withRightPassword.getResponse().getRedirectedUrl()).as("the same answer as a wrong password").isEqualTo("/login?error");
        assertThat(jdbc.sql("select count(*) from audit_event where kind = 'account-locked' and username = 'locked@idb.example'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select locked_until from app_user where username = 'locked@idb.example'")
                .query(java.time.OffsetDateTime.class).single()).isAfter(java.time.OffsetDateTime.now());
    }

    @Test
    void firstStartCreatedASecretariatAccountThatMustChangeItsPassword() {
        assertThat(jdbc.sql("select must_change_password from app_user where username = 'admin' and role = 'secretariat'")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aOneTimePasswordLeadsOnlyToThePasswordFormUntilChanged() throws Exception {
        var created = jdbc.sql("select count(*) from app_user").query(Integer.class).single();
        BrowserSession session = signIn(createdWithOneTimePassword());

        assertThat(session.perform(get("/my/work")).getResponse().getRedirectedUrl())
                .isEqualTo("/account/password");
        MvcResult tooShort = session.perform(post("/account/password").with(csrf())
                .param("current", oneTimePassword).param("next", "short").param("confirmation", "short"));
        assertThat(tooShort.getResponse().getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(tooShort.getResponse().getContentAsString()).select("#next-error").text())
                .isEqualTo("The new password must have at least 12 characters.");

        session.perform(post("/account/password").with(csrf())
                .param("current", oneTimePassword).param("next", "a long enough new password")
                .param("confirmation", "a long enough new password"));

        assertThat(session.perform(get("/my/work")).getResponse().getStatus()).isEqualTo(200);
        assertThat(created).isPositive();
    }

    @Test
    void aFormPostedAfterTheSessionEndedIsKeptUntilTheWriterSignsInAgain() throws Exception {
        users.account("ana@iom.example", Role.INSTITUTION_REPORTER, "iom");
        BrowserSession browser = signIn("ana@iom.example");
        browser.expire(jdbc);

        MvcResult lost = browser.perform(post("/my/reports/new")
                .param("date", "2026-01-15").param("originalLanguage", "en")
                .param("body-en", "Three hours of careful writing that must not be lost.")
                .param("citations", "Port of Spain 17"));
        assertThat(lost.getResponse().getRedirectedUrl()).isEqualTo("/login?expired");

        MvcResult signedIn = browser.perform(post("/login").with(csrf())
                .param("username", "ana@iom.example").param("password", TestUsers.PASSWORD));
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/my/reports/new");

        var form = Jsoup.parse(browser.perform(get("/my/reports/new")).getResponse().getContentAsString());
        assertThat(form.selectFirst("#body-en").text()).isEqualTo("Three hours of careful writing that must not be lost.");
        assertThat(form.selectFirst("#date").val()).isEqualTo("2026-01-15");
        assertThat(form.selectFirst("#citations").text()).isEqualTo("Port of Spain 17");
        assertThat(form.select(".notice").text()).contains("Everything you had typed is back");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        assertThat(mvc.perform(post("/account/password").param("next", "x")).andReturn().getResponse().getStatus())
                .isIn(302, 403);
        users.account("nocsrf@iom.example", Role.INSTITUTION_REPORTER, "iom");
        BrowserSession session = signIn("nocsrf@iom.example");
        assertThat(session.perform(post("/my/reports/new").param("body-en", "x")).getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        users.account("leaving@iom.example", Role.INSTITUTION_REPORTER, "iom");
        BrowserSession session = signIn("leaving@iom.example");
        String signedInSession = session.id();

        session.perform(post("/logout").with(csrf()));

        assertThat(mvc.perform(get("/my/work").cookie(new jakarta.servlet.http.Cookie(BrowserSession.COOKIE, signedInSession)))
                .andReturn().getResponse().getRedirectedUrl()).as("the old session cookie no longer signs in").endsWith("/login");
    }

    private String oneTimePassword;

    private String createdWithOneTimePassword() {
        users.account("newcomer@paho.example", Role.INSTITUTION_REPORTER, "paho");
        long id = jdbc.sql("select id from app_user where username = 'newcomer@paho.example'").query(Long.class).single();
        oneTimePassword = accounts.resetPassword(id, TestUsers.secretariat()).oneTimePassword();
        return "newcomer@paho.example";
    }

    @Autowired
    UserAccounts accounts;

    private BrowserSession signIn(String username) throws Exception {
        String password = username.equals("newcomer@paho.example") ? oneTimePassword : TestUsers.PASSWORD;
        BrowserSession session = new BrowserSession(mvc);
        MvcResult result = session.perform(formLogin("/login").user(username).password(password));
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return session;
    }

    private String lastAudit(String username) {
        return jdbc.sql("select kind from audit_event where username = :u order by id desc limit 1")
                .param("u", username).query(String.class).single();
    }
}
