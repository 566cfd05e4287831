package org.mandato.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.mandato.BrowserSession;
import org.mandato.MandatoWriteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a refused sign-in or password tells: the same for a name that exists and one that does not,
 * locked or not; and the bad input that used to answer 500 (a name or a password longer than they
 * may be) answered as what it is.
 */
@MandatoWriteTest
class SignInRefusalsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountsUserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    UserAccounts accounts;

    @Test
    void aNameThatExistsAndOneThatDoesNotGetTheSameAnswersBeforeAndAfterTheLock() throws Exception {
        String existing = users.account("known@idb.example", Role.INSTITUTION_REPORTER, "idb");
        List<String> forExisting = new ArrayList<>();
        List<String> forUnknown = new ArrayList<>();
        for (int attempt = 1; attempt <= 7; attempt++) {
            forExisting.add(signIn(existing, "wrong " + attempt).getRedirectedUrl());
            forUnknown.add(signIn("unknown@idb.example", "wrong " + attempt).getRedirectedUrl());
        }
        forExisting.add(signIn(existing, TestUsers.PASSWORD).getRedirectedUrl());
        forUnknown.add(signIn("unknown@idb.example", TestUsers.PASSWORD).getRedirectedUrl());

        assertThat(forExisting).containsOnly("/login?error").isEqualTo(forUnknown);
        assertThat(jdbc.sql("select locked_until from app_user where username = :name").param("name", existing)
                .query(OffsetDateTime.class).single()).as("the account is locked all the same").isAfter(OffsetDateTime.now());
        assertThat(Jsoup.parse(mvc.perform(get("/login?error").header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).select(".error-summary").text())
                .isEqualTo("The user name or the password is wrong, or the account is locked for a while after five failed "
                        + "sign-ins in a row. Check both and try again later, or ask the Secretariat.");
    }

    @Test
    void everyRefusalCostsOnePasswordCheckLockedDisabledOrUnknown() {
        users.account("slow-locked@idb.example", Role.INSTITUTION_REPORTER, "idb");
        users.account("slow-disabled@idb.example", Role.INSTITUTION_REPORTER, "idb");
        jdbc.sql("update app_user set locked_until = :until where username = 'slow-locked@idb.example'")
                .param("until", OffsetDateTime.now().plusHours(1)).update();
        jdbc.sql("update app_user set enabled = false where username = 'slow-disabled@idb.example'").update();
        AtomicInteger checks = new AtomicInteger();
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return passwords.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checks.incrementAndGet();
                return passwords.matches(raw, encoded);
            }
        };
        var provider = SecurityConfiguration.signInProviderOf(userDetails, counting);

        for (String name : List.of("slow-locked@idb.example", "slow-disabled@idb.example", "nobody-at-all@idb.example")) {
            int before = checks.get();
            assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
            assertThat(checks.get() - before).as(name).isEqualTo(1);
        }
        int before = checks.get();
        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("slow-locked@idb.example",
                TestUsers.PASSWORD))).isInstanceOf(LockedException.class);
        assertThat(checks.get() - before).as("the lock is told only after the password was checked").isEqualTo(1);
    }

    @Test
    void aNameLongerThanAnyAccountsIsAFailedSignIn() throws Exception {
        String tooLong = "m".repeat(300) + "@example.org";

        assertThat(signIn(tooLong, "whatever").getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(jdbc.sql("select username from audit_event where kind = 'sign-in-failed' and username like 'mmmm%'")
                .query(String.class).single()).hasSize(120).endsWith("…");
    }

    @Test
    void aNewPasswordLongerThanTheHashHoldsIsRefusedNamingTheField() throws Exception {
        BrowserSession session = signedIn(users.account("long-password@oas.example", Role.INSTITUTION_REPORTER, "oas"));
        String longPassword = "Un ñandú corre por la pampa húmeda y bebe agua del río Paraná al atardecer";
        assertThat(longPassword.length()).isLessThan(75);
        assertThat(longPassword.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);

        MockHttpServletResponse refused = changePassword(session, longPassword, "en");

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(error(refused, "next")).isEqualTo("The new password may have at most 72 bytes (a letter with an accent takes two): "
                + "choose a shorter one.");
        assertThat(signIn("long-password@oas.example", TestUsers.PASSWORD).getRedirectedUrl()).as("unchanged").isEqualTo("/my/work");
    }

    @Test
    void aCommonOrRepeatedNewPasswordIsRefusedInTheReadersLanguage() throws Exception {
        BrowserSession session = signedIn(users.account("weak-password@oas.example", Role.INSTITUTION_REPORTER, "oas"));

        assertThat(error(changePassword(session, "Sunshine2024!!", "en"), "next"))
                .isEqualTo("The new password is one of the most common passwords, which are the first to be tried: choose another.");
        assertThat(error(changePassword(session, "qwertyuiop123", "es"), "next"))
                .isEqualTo("La contraseña nueva es una de las más comunes, que son las primeras que se prueban: elija otra.");
        assertThat(error(changePassword(session, "zzzzzzzzzzzzzz", "fr"), "next"))
                .isEqualTo("Le nouveau mot de passe répète un caractère ou un groupe de caractères : choisissez-en un plus difficile à deviner.");
        assertThat(error(changePassword(session, "abc1abc1abc1abc1", "pt"), "next"))
                .isEqualTo("A nova senha repete um caractere ou um grupo de caracteres: escolha uma mais difícil de adivinhar.");
        assertThat(changePassword(session, "a heron fishing at dawn", "en").getRedirectedUrl()).isEqualTo("/account/password?changed");
    }

    @Test
    void aFirstStartPasswordLongerThanTheHashHoldsStopsTheStartNamingTheSetting() {
        var firstStart = new FirstStart(accounts, "admin", "ç".repeat(37));

        assertThatThrownBy(() -> firstStart.run(null)).hasMessageContaining("mandato.admin.password").hasMessageContaining("72 bytes");
    }

    private MockHttpServletResponse signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password)).andReturn().getResponse();
    }

    private BrowserSession signedIn(String username) throws Exception {
        BrowserSession session = new BrowserSession(mvc);
        assertThat(session.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD)).getResponse().getRedirectedUrl())
                .isEqualTo("/my/work");
        return session;
    }

    private static MockHttpServletResponse changePassword(BrowserSession session, String next, String language) throws Exception {
        return session.perform(post("/account/password").with(csrf()).header("Accept-Language", language)
                .param("current", TestUsers.PASSWORD).param("next", next).param("confirmation", next)).getResponse();
    }

    private static String error(MockHttpServletResponse page, String field) throws Exception {
        return Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8)).select("#" + field + "-error").text();
    }
}
