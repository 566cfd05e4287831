package org.mandato.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mandato.BrowserSession;
import org.mandato.MandatoWriteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A refused sign-in keeps the name typed (never the password); the password change forced at first sign-in ends at home, saying so. */
@MandatoWriteTest
class SignInSlipsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefusedSignInKeepsTheUserNameButNotThePassword() throws Exception {
        String name = users.account("kept-name@iom.example", Role.INSTITUTION_REPORTER, "iom");
        BrowserSession session = new BrowserSession(mvc);
        session.perform(get("/login"));
        assertThat(session.perform(formLogin("/login").user(name).password("not the password")).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");

        Document page = page(session.perform(get("/login?error")).getResponse());
        assertThat(page.select("#username").val()).isEqualTo(name);
        assertThat(page.select("#password").val()).isEmpty();
        assertThat(page.select(".error-summary").text()).isNotBlank();
        assertThat(page(session.perform(get("/login")).getResponse()).select("#username").val()).as("once only").isEmpty();
        assertThat(session.perform(get("/login?error")).getResponse().getRedirectedUrl()).isNull();
    }

    @Test
    void theForcedPasswordChangeLandsOnTheHomePageWithAMessage() throws Exception {
        String name = users.account("first-time@oas.example", Role.INSTITUTION_REPORTER, "oas");
        jdbc.sql("update app_user set must_change_password = true where username = :name").param("name", name).update();
        BrowserSession session = new BrowserSession(mvc);
        session.perform(formLogin("/login").user(name).password(TestUsers.PASSWORD));
        assertThat(session.perform(get("/my/work")).getResponse().getRedirectedUrl()).isEqualTo("/account/password");

        var changed = session.perform(post("/account/password").with(csrf()).param("current", TestUsers.PASSWORD)
                .param("next", "a kite over the grey harbour").param("confirmation", "a kite over the grey harbour"));
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/my/work");
        assertThat(changed.getFlashMap().get("notice")).isEqualTo("password.changed.welcome");
        Document home = page(session.perform(get("/my/work")).getResponse());
        assertThat(home.select("h1 + .notice[role=status]").text()).isEqualTo("Your password has been changed. Welcome to your work.");
        assertThat(page(session.perform(get("/my/work")).getResponse()).select("h1 + .notice")).as("said once").isEmpty();
    }

    private static Document page(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
