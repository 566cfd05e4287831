package org.mandato.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mandato.BrowserSession;
import org.mandato.mail.MailServer;
import org.mandato.mail.MailTestBase;
import org.mandato.mail.Mails;
import org.mandato.web.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accounts by mail: the Secretariat's "new user" sends an invitation to choose a password, "forgot
 * password" sends a reset link and answers the same for any address, and a link works once, until
 * it expires, for a password the rules accept, ending every session of the account.
 */
class AccountMailTest extends MailTestBase {

    static final String GOOD_PASSWORD = "seven lanterns over the quiet harbour";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @Test
    void aNewAccountGetsAnInvitationInItsLanguageToChooseItsPasswordInsteadOfAOneTimePassword() throws Exception {
        String username = unique("lucia");
        MockHttpServletResponse created = mvc.perform(post("/secretariat/users/new").with(user(TestUsers.secretariat())).with(csrf())
                .param("username", username).param("displayName", "Lucía Gómez").param("email", username + "@Cancilleria.Example")
                .param("language", "es").param("role", "national_coordinator").param("country", "pe")).andReturn().getResponse();

        Document page = Jsoup.parse(created.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("code.secret")).as("no one-time password while mail is on").isEmpty();
        assertThat(page.select("#invitation-sent").text()).contains(username + "@cancilleria.example");
        assertThat(sendQueued()).isEqualTo(1);
        MimeMessage invitation = MailServer.received().get(0);
        assertThat(Mails.to(invitation)).isEqualTo(username + "@cancilleria.example");
        assertThat(Mails.subject(invitation)).isEqualTo("Su cuenta de Mandato: elija su contraseña");
        assertThat(Mails.header(invitation, "Content-Language")).isEqualTo("es");
        assertThat(Mails.text(invitation)).contains("Hola, Lucía Gómez").contains(username).contains("7 días");
        assertThat(Mails.header(invitation, "List-Unsubscribe")).isNull();
        String link = Mails.link(invitation, "https://mandato.example.org/password/choose?token=");
        assertThat(Mails.html(invitation)).contains("href=\"" + link + "\"");
        String path = link.substring("https://mandato.example.org".length());
        String token = link.substring(link.indexOf('=') + 1);
        assertThat(jdbc.sql("select count(*) from account_link where token_hash = :hash").param("hash", ApiTokens.hash(token))
                .query(Integer.class).single()).as("only the token's hash is stored").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from account_link where token_hash = :token").param("token", token)
                .query(Integer.class).single()).isZero();

        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Lucía Gómez");
        MockHttpServletResponse common = choose(path, "password1234567", "password1234567");
        assertThat(common.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(common.getContentAsString(StandardCharsets.UTF_8)).select("#next-error").text())
                .contains("common");
        assertThat(choose(path, GOOD_PASSWORD, GOOD_PASSWORD).getRedirectedUrl()).isEqualTo("/login?passwordSet");

        assertThat(mvc.perform(formLogin("/login").user(username).password(GOOD_PASSWORD)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/my/work");
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as("used once").isEqualTo(410);
        assertThat(choose(path, "another long passphrase here", "another long passphrase here").getStatus()).isEqualTo(410);
        assertThat(mvc.perform(formLogin("/login").user(username).password("another long passphrase here")).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void anInvitationSentToAnAddressTheSecretariatChangedSinceNoLongerWorks() throws Exception {
        String username = unique("moved");
        mvc.perform(post("/secretariat/users/new").with(user(TestUsers.secretariat())).with(csrf())
                .param("username", username).param("displayName", "Moved").param("email", username + "@old.example")
                .param("language", "en").param("role", "institution_reporter").param("institution", "iica"));
        sendQueued();
        String path = Mails.link(MailServer.received().get(0), "https://mandato.example.org/password/choose").substring(27);

        mvc.perform(post("/secretariat/users/" + users.userId(username)).with(user(TestUsers.secretariat())).with(csrf())
                .param("displayName", "Moved").param("role", "institution_reporter").param("institution", "iica")
                .param("enabled", "true").param("email", username + "@new.example").param("language", "en"));

        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(410);
        assertThat(jdbc.sql("select email from app_user where username = :u").param("u", username).query(String.class).single())
                .isEqualTo(username + "@new.example");
    }

    @Test
    void aNewAccountNeedsAValidAddressOfItsOwnWhileMailIsOn() throws Exception {
        users.account(unique("holder"), Role.INSTITUTION_REPORTER, "iom", "taken@iom.example", Language.EN);
        int before = jdbc.sql("select count(*) from app_user").query(Integer.class).single();

        for (String[] typed : new String[][] {{"", "Type the mail address of the person"}, {"not an address", "Type one mail address"},
                {"Someone <someone@example.org>", "Type one mail address"}, {"TAKEN@iom.example", "Another account has the address taken@iom.example."}}) {
            MockHttpServletResponse refused = mvc.perform(post("/secretariat/users/new").with(user(TestUsers.secretariat())).with(csrf())
                    .param("username", unique("x")).param("displayName", "X").param("email", typed[0]).param("language", "en")
                    .param("role", "institution_reporter").param("institution", "iom")).andReturn().getResponse();
            assertThat(refused.getStatus()).isEqualTo(422);
            assertThat(Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8)).select("#email-error").text()).startsWith(typed[1]);
        }
        assertThat(jdbc.sql("select count(*) from app_user").query(Integer.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from mail_outbox").query(Integer.class).single()).isZero();
    }

    @Test
    void forgotPasswordAnswersTheSameForAnyAddressAndMailsOnlyAnAccountThatHasIt() throws Exception {
        String username = users.account(unique("ines"), Role.INSTITUTION_REPORTER, "paho", "ines@paho.example", Language.PT);

        String known = forgot("Ines@PAHO.example");
        String unknown = forgot("nobody-" + System.nanoTime() + "@paho.example");

        assertThat(unknown.replaceAll("nobody-\\d+@paho.example", "ADDRESS"))
                .isEqualTo(known.replace("ines@paho.example", "ADDRESS"));
        assertThat(sendQueued()).isEqualTo(1);
        MimeMessage reset = MailServer.received().get(0);
        assertThat(Mails.to(reset)).isEqualTo("ines@paho.example");
        assertThat(Mails.subject(reset)).isEqualTo("Mandato: escolha uma nova senha");
        assertThat(Mails.text(reset)).contains(username).contains("2 horas");
        assertThat(mvc.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).as("asking for a link changes nothing yet").isEqualTo("/my/work");
    }

    @Test
    void aPasswordChosenThroughAResetLinkEndsEverySessionOfTheAccount() throws Exception {
        String username = users.account(unique("rosa"), Role.INSTITUTION_REPORTER, "oas", "rosa@oas.example", Language.EN);
        BrowserSession laptop = new BrowserSession(mvc);
        assertThat(laptop.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD)).getResponse().getRedirectedUrl())
                .isEqualTo("/my/work");
        forgot("rosa@oas.example");
        sendQueued();
        String path = Mails.link(MailServer.received().get(0), "https://mandato.example.org/password/choose").substring(27);

        assertThat(choose(path, GOOD_PASSWORD, GOOD_PASSWORD).getRedirectedUrl()).isEqualTo("/login?passwordSet");

        assertThat(laptop.perform(get("/my/work")).getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(jdbc.sql("select count(*) from audit_event where kind = 'password-changed' and subject = :subject")
                .param("subject", "user " + username).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aResetLinkExpiresAndOnlyTheNewestWorks() throws Exception {
        users.account(unique("teo"), Role.INSTITUTION_REPORTER, "idb", "teo@idb.example", Language.FR);
        forgot("teo@idb.example");
        forgot("teo@idb.example");
        assertThat(sendQueued()).isEqualTo(2);
        String first = Mails.link(MailServer.received().get(0), "https://mandato.example.org/password/choose").substring(27);
        String second = Mails.link(MailServer.received().get(1), "https://mandato.example.org/password/choose").substring(27);
        assertThat(Mails.subject(MailServer.received().get(0))).isEqualTo("Mandato : choisissez un nouveau mot de passe");

        assertThat(mvc.perform(get(first)).andReturn().getResponse().getStatus()).as("replaced by the second").isEqualTo(410);
        assertThat(mvc.perform(get(second)).andReturn().getResponse().getStatus()).isEqualTo(200);
        clock.advance(Duration.ofHours(2).plusSeconds(1));
        assertThat(mvc.perform(get(second)).andReturn().getResponse().getStatus()).as("expired").isEqualTo(410);
    }

    @Test
    void typingAnAddressAgainAndAgainSendsItThreeLinksADayAtMost() throws Exception {
        users.account(unique("flood"), Role.INSTITUTION_REPORTER, "iica", "flood@iica.example", Language.EN);
        for (int i = 0; i < 6; i++) {
            forgot("flood@iica.example");
        }
        assertThat(sendQueued()).isEqualTo(PasswordLinks.RESETS_PER_DAY);
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        forgot("flood@iica.example");
        assertThat(sendQueued()).isEqualTo(1);
    }

    @Test
    void aResetByTheSecretariatEndsThePasswordAndSessionsAndMailsALink() throws Exception {
        String username = users.account(unique("omar"), Role.INSTITUTION_REPORTER, "eclac", "omar@eclac.example", Language.EN);
        String noAddress = users.account(unique("noaddress"), Role.INSTITUTION_REPORTER, "eclac");
        BrowserSession desk = new BrowserSession(mvc);
        desk.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD));

        MockHttpServletResponse reset = mvc.perform(post("/secretariat/users/" + users.userId(username) + "/password")
                .with(user(TestUsers.secretariat())).with(csrf())).andReturn().getResponse();
        MockHttpServletResponse refused = mvc.perform(post("/secretariat/users/" + users.userId(noAddress) + "/password")
                .with(user(TestUsers.secretariat())).with(csrf())).andReturn().getResponse();

        assertThat(Jsoup.parse(reset.getContentAsString(StandardCharsets.UTF_8)).select("#invitation-sent").text()).contains("omar@eclac.example");
        assertThat(desk.perform(get("/my/work")).getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8)).select(".error-summary").text()).contains("no mail address");
        assertThat(sendQueued()).isEqualTo(1);
        assertThat(Mails.to(MailServer.received().get(0))).isEqualTo("omar@eclac.example");
    }

    @Test
    void theAccountPageKeepsTheLanguageAndTheNoticesEachPersonReceives() throws Exception {
        String username = users.account(unique("ana"), Role.NATIONAL_COORDINATOR, "cl", "ana@minrel.example", Language.EN);
        BrowserSession browser = new BrowserSession(mvc);
        browser.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD));
        Document page = Jsoup.parse(browser.perform(get("/account")).getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#account-email").text()).isEqualTo("ana@minrel.example");
        assertThat(page.select("input[name=receive]").eachAttr("value")).containsExactly("due_soon", "overdue", "returned", "published");
        assertThat(page.select("input[name=receive][checked]")).hasSize(4);

        assertThat(browser.perform(post("/account").with(csrf()).param("language", "fr").param("receive", "due_soon")
                .param("receive", "returned")).getResponse().getRedirectedUrl()).isEqualTo("/account?saved");

        page = Jsoup.parse(browser.perform(get("/account")).getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("input[name=receive][checked]").eachAttr("value")).containsExactly("due_soon", "returned");
        assertThat(page.select("#language option[selected]").attr("value")).isEqualTo("fr");
        assertThat(jdbc.sql("select kind from notice_opt_out where user_id = :id order by kind").param("id", users.userId(username))
                .query(String.class).list()).containsExactly("overdue", "published");
    }

    private String forgot(String address) throws Exception {
        MockHttpServletResponse answer = mvc.perform(post("/password/forgot").with(csrf()).param("email", address)).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        return Jsoup.parse(answer.getContentAsString(StandardCharsets.UTF_8)).select("main").text();
    }

    private MockHttpServletResponse choose(String path, String next, String confirmation) throws Exception {
        String token = path.substring(path.indexOf("token=") + 6);
        return mvc.perform(post("/password/choose").with(csrf()).param("token", token).param("next", next)
                .param("confirmation", confirmation)).andReturn().getResponse();
    }

    private static String unique(String name) {
        return name + "-" + System.nanoTime();
    }
}
