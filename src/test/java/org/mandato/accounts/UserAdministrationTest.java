package org.mandato.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoWriteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@MandatoWriteTest
class UserAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    final SignedInUser secretariat = TestUsers.secretariat();

    @Test
    void secretariatCreatesAReporterBoundToAnInstitutionWithAOneTimePassword() throws Exception {
        MvcResult created = mvc.perform(post("/secretariat/users/new").with(user(secretariat)).with(csrf())
                .param("username", "jose@cepal.example").param("displayName", "José Pérez")
                .param("role", "institution_reporter").param("institution", "eclac").param("country", "pe")).andReturn();

        Document page = Jsoup.parse(created.getResponse().getContentAsString());
        String oneTime = page.selectFirst("code.secret").text();
        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(16);
        assertThat(jdbc.sql("""
                        select a.code from app_user u join actor a on a.id = u.actor_id where u.username = 'jose@cepal.example'""")
                .query(String.class).single()).isEqualTo("eclac");
        MvcResult signIn = mvc.perform(formLogin("/login").user("jose@cepal.example").password(oneTime)).andReturn();
        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/my/work");
        assertThat(jdbc.sql("select detail from audit_event where kind = 'user-created' and subject = 'user jose@cepal.example'")
                .query(String.class).single()).isEqualTo("role institution_reporter for eclac");
    }

    @Test
    void badAccountFormsNameTheFieldAndCreateNothing() throws Exception {
        int before = jdbc.sql("select count(*) from app_user").query(Integer.class).single();

        MvcResult noInstitution = mvc.perform(post("/secretariat/users/new").with(user(secretariat)).with(csrf())
                .param("username", "x@y.example").param("displayName", "X").param("role", "institution_reporter")).andReturn();
        MvcResult badName = mvc.perform(post("/secretariat/users/new").with(user(secretariat)).with(csrf())
                .param("username", "a b").param("displayName", "X").param("role", "secretariat")).andReturn();
        MvcResult taken = mvc.perform(post("/secretariat/users/new").with(user(secretariat)).with(csrf())
                .param("username", "admin").param("displayName", "X").param("role", "secretariat")).andReturn();

        assertThat(noInstitution.getResponse().getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(noInstitution.getResponse().getContentAsString()).select("#actor-error").text())
                .isEqualTo("Choose the institution this reporter reports for.");
        assertThat(Jsoup.parse(badName.getResponse().getContentAsString()).select("#username-error").text())
                .startsWith("The user name must have 3 to 120");
        assertThat(Jsoup.parse(taken.getResponse().getContentAsString()).select("#username-error").text())
                .isEqualTo("The user name admin is taken.");
        assertThat(jdbc.sql("select count(*) from app_user").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void disablingAUserOrChangingItsRoleIsAudited() throws Exception {
        mvc.perform(post("/secretariat/users/new").with(user(secretariat)).with(csrf())
                .param("username", "rotating@oas.example").param("displayName", "Rotating")
                .param("role", "institution_reporter").param("institution", "oas")).andReturn();
        long id = jdbc.sql("select id from app_user where username = 'rotating@oas.example'").query(Long.class).single();

        mvc.perform(post("/secretariat/users/" + id).with(user(secretariat)).with(csrf())
                .param("displayName", "Rotating").param("role", "national_coordinator").param("country", "cl")).andReturn();

        assertThat(jdbc.sql("select enabled from app_user where id = :id").param("id", id).query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select detail from audit_event where kind = 'user-changed' and subject = 'user rotating@oas.example'")
                .query(String.class).single())
                .isEqualTo("role institution_reporter (oas) → national_coordinator (cl); disabled");
        assertThat(mvc.perform(formLogin("/login").user("rotating@oas.example").password("whatever")).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void auditLogFiltersByKindAndUser() throws Exception {
        mvc.perform(formLogin("/login").user("nobody-here").password("x")).andReturn();

        Document page = Jsoup.parse(mvc.perform(get("/secretariat/audit").with(user(secretariat))
                .param("kind", "sign-in-failed").param("user", "nobody-here")).andReturn().getResponse().getContentAsString());

        assertThat(page.select("tbody tr")).hasSize(1);
        assertThat(page.select("tbody tr td").get(1).text()).as("the kind in words").isEqualTo("Sign-in refused");
        Document badDate = Jsoup.parse(mvc.perform(get("/secretariat/audit").with(user(secretariat)).param("from", "yesterday"))
                .andReturn().getResponse().getContentAsString());
        assertThat(badDate.select("#error-summary").text()).contains("was not a date");
    }
}
