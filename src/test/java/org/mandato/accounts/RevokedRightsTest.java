package org.mandato.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandato.BrowserSession;
import org.mandato.MandatoWriteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A right taken away is gone from every session of the account at its next request: after the
 * Secretariat changes a role, disables an account or gives it a new one-time password, and after a
 * person changes their own password (the session that changed it stays signed in). API tokens act
 * with the account as it is at each call. Everything is done through the screens, each account in
 * two browsers at once.
 */
@MandatoWriteTest
class RevokedRightsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    BrowserSession administrator;
    String administratorName;

    @BeforeEach
    void signInTheAdministrator() throws Exception {
        administratorName = users.account(unique("head") + "@secretariat.example", Role.SECRETARIAT, null);
        administrator = signIn(administratorName);
    }

    @Test
    void aDemotedSecretariatSessionCanNeitherDownloadTheBackupNorCreateAccounts() throws Exception {
        String demoted = users.account(unique("clara") + "@secretariat.example", Role.SECRETARIAT, null);
        BrowserSession office = signIn(demoted);
        BrowserSession laptop = signIn(demoted);
        assertThat(laptop.perform(get("/secretariat/backup.zip")).getResponse().getStatus()).isEqualTo(200);

        assertThat(change(demoted, "institution_reporter", "iom", true).getStatus()).isEqualTo(302);

        assertThat(laptop.perform(get("/secretariat/backup.zip")).getResponse().getRedirectedUrl()).endsWith("/login");
        int accounts = countAccounts();
        assertThat(office.perform(post("/secretariat/users/new").with(csrf()).param("username", unique("mole") + "@example.org")
                .param("displayName", "Mole").param("role", "secretariat")).getResponse().getRedirectedUrl())
                .as("the form is kept for after signing in, not acted on").isEqualTo("/login?expired");
        assertThat(countAccounts()).isEqualTo(accounts);

        BrowserSession again = signIn(demoted);
        assertThat(again.perform(get("/secretariat/backup.zip")).getResponse().getStatus()).as("signed in anew as a reporter").isEqualTo(403);
        assertThat(again.perform(post("/secretariat/users/new").with(csrf()).param("username", unique("mole") + "@example.org")
                .param("displayName", "Mole").param("role", "secretariat")).getResponse().getStatus()).isEqualTo(403);
        assertThat(countAccounts()).isEqualTo(accounts);
    }

    @Test
    void aDisabledAccountIsSignedOutEverywhereAndCannotSignInAgain() throws Exception {
        String leaving = users.account(unique("pablo") + "@idb.example", Role.INSTITUTION_REPORTER, "idb");
        BrowserSession first = signIn(leaving);
        BrowserSession second = signIn(leaving);

        change(leaving, "institution_reporter", "idb", false);

        assertThat(first.perform(get("/my/work")).getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(second.perform(get("/account/tokens")).getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(sessionsOf(leaving)).isZero();
        assertThat(mvc.perform(formLogin("/login").user(leaving).password(TestUsers.PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void aOneTimePasswordFromTheSecretariatSignsTheAccountOutEverywhere() throws Exception {
        String forgetful = users.account(unique("iris") + "@paho.example", Role.INSTITUTION_REPORTER, "paho");
        BrowserSession first = signIn(forgetful);
        BrowserSession second = signIn(forgetful);

        MockHttpServletResponse reset = administrator.perform(post("/secretariat/users/" + users.userId(forgetful) + "/password")
                .with(csrf())).getResponse();
        String oneTimePassword = Jsoup.parse(reset.getContentAsString(StandardCharsets.UTF_8)).selectFirst("code.secret").text();

        assertThat(first.perform(get("/my/work")).getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(second.perform(get("/my/work")).getResponse().getRedirectedUrl()).endsWith("/login");
        BrowserSession withNewPassword = new BrowserSession(mvc);
        withNewPassword.perform(formLogin("/login").user(forgetful).password(oneTimePassword));
        assertThat(withNewPassword.perform(get("/my/work")).getResponse().getRedirectedUrl()).isEqualTo("/account/password");
    }

    @Test
    void aSecretaryWhoResetsTheirOwnPasswordSeesItOnceThenSignsInWithIt() throws Exception {
        String self = users.account(unique("marta") + "@secretariat.example", Role.SECRETARIAT, null);
        BrowserSession browser = signIn(self);

        MockHttpServletResponse reset = browser.perform(post("/secretariat/users/" + users.userId(self) + "/password").with(csrf()))
                .getResponse();
        assertThat(reset.getStatus()).isEqualTo(200);
        String oneTimePassword = Jsoup.parse(reset.getContentAsString(StandardCharsets.UTF_8)).selectFirst("code.secret").text();

        assertThat(browser.perform(get("/secretariat/users")).getResponse().getRedirectedUrl()).endsWith("/login");
        browser.perform(formLogin("/login").user(self).password(oneTimePassword));
        assertThat(browser.perform(get("/secretariat/users")).getResponse().getRedirectedUrl()).isEqualTo("/account/password");
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        String careful = users.account(unique("ana") + "@oas.example", Role.INSTITUTION_REPORTER, "oas");
        BrowserSession here = signIn(careful);
        BrowserSession forgottenElsewhere = signIn(careful);

        assertThat(here.perform(post("/account/password").with(csrf()).param("current", TestUsers.PASSWORD)
                .param("next", "a river runs past the old mill").param("confirmation", "a river runs past the old mill"))
                .getResponse().getRedirectedUrl()).isEqualTo("/account/password?changed");

        assertThat(here.perform(get("/my/work")).getResponse().getStatus()).isEqualTo(200);
        assertThat(forgottenElsewhere.perform(get("/my/work")).getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(sessionsOf(careful)).isEqualTo(1);
    }

    @Test
    void changingOnlyTheDisplayNameLeavesTheSessionsAlone() throws Exception {
        String renamed = users.account(unique("luz") + "@iom.example", Role.INSTITUTION_REPORTER, "iom");
        BrowserSession session = signIn(renamed);

        administrator.perform(post("/secretariat/users/" + users.userId(renamed)).with(csrf())
                .param("displayName", "Luz Marina").param("role", "institution_reporter").param("institution", "iom")
                .param("enabled", "true"));

        assertThat(session.perform(get("/my/work")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aTokenActsWithTheAccountAsItIsAtEachCall() throws Exception {
        String program = users.account(unique("robot") + "@secretariat.example", Role.SECRETARIAT, null);
        BrowserSession owner = signIn(program);
        String token = Jsoup.parse(owner.perform(post("/account/tokens").with(csrf()).param("name", "metrics"))
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).selectFirst("code.secret").text();
        assertThat(withToken(token, "/actuator/prometheus").getStatus()).isEqualTo(200);

        change(program, "institution_reporter", "iom", true);
        assertThat(withToken(token, "/actuator/prometheus").getStatus()).as("a reporter's token").isEqualTo(403);
        assertThat(withToken(token, "/api/v1/themes").getStatus()).as("still the reporter's to use").isEqualTo(200);

        change(program, "institution_reporter", "iom", false);
        assertThat(withToken(token, "/api/v1/themes").getStatus()).as("a disabled account's token").isEqualTo(401);

        change(program, "secretariat", null, true);
        assertThat(withToken(token, "/actuator/prometheus").getStatus()).as("enabled again, with its role back").isEqualTo(200);
    }

    /**
     * A sign-in under way while the Secretariat changes the account reads the account before the
     * change and writes its session after the others were ended; the change is made here straight in
     * the table, as no session-ending step sees it, and the session still ends at its next request.
     */
    @Test
    void aSessionSignedInUnderRightsChangedSinceEndsAtItsNextRequest() throws Exception {
        String racing = users.account(unique("rosa") + "@secretariat.example", Role.SECRETARIAT, null);
        BrowserSession session = signIn(racing);
        assertThat(session.perform(get("/secretariat/users")).getResponse().getStatus()).isEqualTo(200);

        jdbc.sql("update app_user set role = 'institution_reporter', actor_id = (select id from actor where code = 'iom') "
                + "where username = :name").param("name", racing).update();

        assertThat(session.perform(get("/secretariat/users")).getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(sessionsOf(racing)).as("the session was ended, not only refused").isZero();
        BrowserSession again = signIn(racing);
        assertThat(again.perform(get("/secretariat/users")).getResponse().getStatus()).as("signed in anew as a reporter").isEqualTo(403);
        assertThat(again.perform(get("/my/work")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aSessionSignedInWithAPasswordChangedSinceEndsAtItsNextRequest() throws Exception {
        String racing = users.account(unique("tomas") + "@idb.example", Role.INSTITUTION_REPORTER, "idb");
        BrowserSession session = signIn(racing);
        String otherHash = jdbc.sql("select password_hash from app_user where username = :name").param("name", administratorName)
                .query(String.class).single();

        jdbc.sql("update app_user set password_hash = :hash where username = :name").param("hash", otherHash)
                .param("name", racing).update();

        assertThat(session.perform(get("/my/work")).getResponse().getRedirectedUrl()).endsWith("/login");
    }

    /** The Secretariat's form for the account, sent by the administrator as the screen sends it. */
    private MockHttpServletResponse change(String username, String role, String institution, boolean enabled) throws Exception {
        var form = post("/secretariat/users/" + users.userId(username)).with(csrf())
                .param("displayName", username).param("role", role);
        if (institution != null) {
            form.param("institution", institution);
        }
        if (enabled) {
            form.param("enabled", "true");
        }
        MockHttpServletResponse response = administrator.perform(form).getResponse();
        assertThat(response.getRedirectedUrl()).as("the change was taken").isEqualTo("/secretariat/users");
        return response;
    }

    private BrowserSession signIn(String username) throws Exception {
        BrowserSession browser = new BrowserSession(mvc);
        assertThat(browser.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD)).getResponse().getRedirectedUrl())
                .isEqualTo("/my/work");
        return browser;
    }

    private MockHttpServletResponse withToken(String token, String url) throws Exception {
        return mvc.perform(get(url).header("Authorization", "Bearer " + token)).andReturn().getResponse();
    }

    private int countAccounts() {
        return jdbc.sql("select count(*) from app_user").query(Integer.class).single();
    }

    private int sessionsOf(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :name").param("name", username)
                .query(Integer.class).single();
    }

    private static String unique(String name) {
        return name + "-" + System.nanoTime();
    }
}
