package org.mandato.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mandato.mail.MailServer;
import org.mandato.mail.MailTestBase;
import org.mandato.mail.Mails;
import org.mandato.reporting.ReportEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public subscriptions on a real SMTP server: the form on a theme page, double opt-in, the digest of
 * what was published about the topic with its one-click unsubscribe headers, unsubscribing without a
 * session or CSRF token, erasure of an address on request, and answers that never tell whether an
 * address is subscribed.
 */
class SubscriptionsTest extends MailTestBase {

    @Autowired
    MockMvc mvc;
    @Autowired
    SubscriptionDigests digests;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aThemePageOffersToFollowItByMailWithAFormThatNeedsNoScript() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/themes/migration")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        var form = page.selectFirst("section.follow form[method=post][action=/subscriptions]");
        assertThat(form).isNotNull();
        assertThat(form.select("input[type=hidden][name=kind]").val()).isEqualTo("theme");
        assertThat(form.select("input[type=hidden][name=key]").val()).isEqualTo("migration");
        assertThat(page.select("label[for=follow-email]").text()).isEqualTo("Your mail address");
        assertThat(form.select("input[name=frequency]")).hasSize(2);
        assertThat(page.select("section.follow a[href=/subscriptions/erase]")).hasSize(1);
        for (String path : List.of("/institutions/iom", "/countries/cl", "/summits/v/port-of-spain-declaration/17")) {
            Document other = Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(other.select("section.follow form input[name=kind]").val()).as(path)
                    .isEqualTo(path.startsWith("/institutions") ? "institution" : path.startsWith("/countries") ? "country" : "paragraph");
        }
    }

    @Test
    void aSubscriptionStartsOnlyOnceTheAddressConfirmsIt() throws Exception {
        MockHttpServletResponse asked = subscribe("Reader@Example.org", "theme", "migration", "daily", "es");
        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.getCookie("SESSION")).as("no session for a visitor").isNull();
        assertThat(text(asked)).contains("reader@example.org").contains("Migración");
        assertThat(status("reader@example.org")).containsExactly("pending");

        assertThat(sendQueued()).isEqualTo(1);
        MimeMessage confirmation = MailServer.received().get(0);
        assertThat(Mails.to(confirmation)).isEqualTo("reader@example.org");
        assertThat(Mails.subject(confirmation)).isEqualTo("Confirme: seguir Migración en Mandato");
        String link = Mails.link(confirmation, "https://mandato.example.org/subscriptions/confirm?token=");
        String token = link.substring(link.indexOf("token=") + 6);

        MockHttpServletResponse opened = mvc.perform(get("/subscriptions/confirm").param("token", token)).andReturn().getResponse();
        assertThat(Jsoup.parse(opened.getContentAsString(StandardCharsets.UTF_8)).select("form[action=/subscriptions/confirm] button")).hasSize(1);
        assertThat(status("reader@example.org")).as("opening the link (as a mail scanner would) confirms nothing").containsExactly("pending");

        assertThat(mvc.perform(post("/subscriptions/confirm").param("token", token)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(status("reader@example.org")).containsExactly("active");
        assertThat(mvc.perform(post("/subscriptions/confirm").param("token", token)).andReturn().getResponse().getStatus()).isEqualTo(410);
    }

    @Test
    void theDigestOfTheDayBeforeReachesThoseWhoFollowItsTopicWithOneClickUnsubscribe() throws Exception {
        String migration = follow("migration-reader@example.org", "theme", "migration", "daily");
        String iom = follow("iom-watcher@example.org", "institution", "iom", "daily");
        String energy = follow("energy-reader@example.org", "theme", "energy", "daily");
        String weekly = follow("weekly-reader@example.org", "theme", "migration", "weekly");
        long report = jdbc.sql("""
                        select r.id from report r join actor a on a.id = r.author_id join report_theme t on t.report_id = r.id
                        join theme h on h.id = t.theme_id where a.code = 'iom' and h.slug = 'migration' and r.status = 'published'
                        order by r.id limit 1""").query(Long.class).single();
        clock.set("2038-03-02T10:00:00Z"); // a Tuesday
        transactions.executeWithoutResult(s -> events.publishEvent(new ReportEvents.ReportPublished(report, "iom", "reviewer")));
        MailServer.clear();

        clock.set("2038-03-03T08:00:00Z");
        assertThat(digests.runOnce()).isEqualTo(2);
        assertThat(digests.runOnce()).as("once a day").isZero();
        sendQueued();

        assertThat(Mails.to(energy)).isEmpty();
        assertThat(Mails.to(weekly)).as("weekly digests go out on Mondays").isEmpty();
        assertThat(Mails.to(iom)).hasSize(1);
        MimeMessage digest = Mails.to(migration).get(0);
        assertThat(Mails.subject(digest)).isEqualTo("Mandato: one new publication about Migration");
        assertThat(Mails.text(digest)).contains("Published about Migration on March 2, 2038:")
                .contains("https://mandato.example.org/reports/" + report);
        String unsubscribe = Mails.header(digest, "List-Unsubscribe");
        assertThat(unsubscribe).startsWith("<https://mandato.example.org/subscriptions/unsubscribe?token=").endsWith(">");
        assertThat(Mails.header(digest, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(Mails.html(digest)).contains(unsubscribe.substring(1, unsubscribe.length() - 1).replace("&", "&amp;"));

        clock.set("2038-03-08T08:00:00Z"); // the Monday after
        digests.runOnce();
        sendQueued();
        assertThat(Mails.to(weekly)).hasSize(1);

        // The one-click POST of RFC 8058, as a mail program sends it: no cookie, no CSRF token.
        String path = unsubscribe.substring("<https://mandato.example.org".length(), unsubscribe.length() - 1);
        MockHttpServletResponse oneClick = mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click")).andReturn().getResponse();
        assertThat(oneClick.getStatus()).isEqualTo(200);
        assertThat(status(migration)).as("the address is forgotten with its last subscription").isEmpty();
        assertThat(jdbc.sql("select count(*) from subscriber where email = :email").param("email", migration).query(Integer.class).single()).isZero();
        assertThat(mvc.perform(post(path)).andReturn().getResponse().getStatus()).as("again: nothing more to do").isEqualTo(200);
    }

    @Test
    void anAddressIsErasedWithEverythingItFollowsThroughALinkSentToIt() throws Exception {
        String reader = follow("erase-me@example.org", "theme", "migration", "daily");
        follow(reader, "country", "cl", "weekly");
        jdbc.sql("delete from mail_outbox").update();
        MailServer.clear();

        String known = text(mvc.perform(post("/subscriptions/erase").param("email", reader)).andReturn().getResponse());
        String unknown = text(mvc.perform(post("/subscriptions/erase").param("email", "never-subscribed@example.org")).andReturn().getResponse());
        assertThat(unknown.replace("never-subscribed@example.org", "X")).isEqualTo(known.replace(reader, "X"));
        assertThat(sendQueued()).isEqualTo(1);
        String link = Mails.link(MailServer.received().get(0), "https://mandato.example.org/subscriptions/erase/confirm?token=");
        String token = link.substring(link.indexOf("token=") + 6);

        assertThat(mvc.perform(get("/subscriptions/erase/confirm").param("token", token)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(status(reader)).hasSize(2);
        assertThat(mvc.perform(post("/subscriptions/erase/confirm").param("token", token)).andReturn().getResponse().getStatus()).isEqualTo(200);

        assertThat(status(reader)).isEmpty();
        assertThat(jdbc.sql("select count(*) from subscriber where email = :email").param("email", reader).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :email").param("email", reader).query(Integer.class).single())
                .as("not even the messages sent to it are kept").isZero();
        assertThat(mvc.perform(post("/subscriptions/erase/confirm").param("token", token)).andReturn().getResponse().getStatus()).isEqualTo(410);
    }

    @Test
    void askingAgainForASubscriptionThatExistsAnswersAlikeAndSendsNothing() throws Exception {
        String reader = follow("twice@example.org", "theme", "health", "daily");
        String first = text(subscribe("someone-new@example.org", "theme", "health", "daily", "en"));
        sendQueued();
        MailServer.clear();

        String again = text(subscribe(reader, "theme", "health", "daily", "en"));

        assertThat(again.replace(reader, "X")).isEqualTo(first.replace("someone-new@example.org", "X"));
        assertThat(sendQueued()).isZero();
    }

    @Test
    void typingAnAddressAgainAndAgainSendsItFiveConfirmationsADayAtMost() throws Exception {
        for (String theme : List.of("health", "energy", "education", "security", "democracy", "labor", "youth-and-childhood")) {
            subscribe("flooded@example.org", "theme", theme, "daily", "en");
        }
        assertThat(sendQueued()).isEqualTo(Subscriptions.CONFIRMATIONS_PER_DAY);
    }

    @Test
    void aWrongRequestNamesTheFieldAndKeepsNothing() throws Exception {
        MockHttpServletResponse badAddress = subscribe("not an address", "theme", "migration", "daily", "en");
        MockHttpServletResponse badTopic = subscribe("someone@example.org", "theme", "no-such-theme", "daily", "en");
        MockHttpServletResponse badFrequency = subscribe("someone@example.org", "theme", "migration", "hourly", "en");

        assertThat(badAddress.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(badAddress.getContentAsString(StandardCharsets.UTF_8)).select("#follow-email-error").text())
                .startsWith("Type one mail address");
        assertThat(Jsoup.parse(badAddress.getContentAsString(StandardCharsets.UTF_8)).select("input#follow-email").val()).isEqualTo("not an address");
        assertThat(badTopic.getStatus()).isEqualTo(422);
        assertThat(text(badTopic)).contains("nothing to follow here");
        assertThat(badFrequency.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(badFrequency.getContentAsString(StandardCharsets.UTF_8)).select("#follow-frequency-error").text())
                .isEqualTo("Choose daily or weekly.");
        assertThat(jdbc.sql("select count(*) from subscriber where email = 'someone@example.org'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox").query(Integer.class).single()).isZero();
    }

    @Test
    void anAddressThatNeverConfirmsIsForgottenAfterAWeek() throws Exception {
        clock.set("2039-06-01T10:00:00Z");
        subscribe("never-confirms@example.org", "theme", "migration", "daily", "en");
        assertThat(status("never-confirms@example.org")).containsExactly("pending");

        clock.set("2039-06-07T08:00:00Z");
        digests.runOnce();
        assertThat(status("never-confirms@example.org")).as("six days on, still waiting").containsExactly("pending");
        clock.set("2039-06-08T11:00:00Z");
        digests.runOnce();

        assertThat(status("never-confirms@example.org")).isEmpty();
        assertThat(jdbc.sql("select count(*) from subscriber where email = 'never-confirms@example.org'").query(Integer.class).single()).isZero();
    }

    /** Subscribes and confirms through the pages; returns the address. */
    private String follow(String email, String kind, String key, String frequency) throws Exception {
        MailServer.clear();
        subscribe(email, kind, key, frequency, "en");
        sendQueued();
        String link = Mails.link(Mails.to(email).get(0), "https://mandato.example.org/subscriptions/confirm?token=");
        mvc.perform(post("/subscriptions/confirm").param("token", link.substring(link.indexOf("token=") + 6)));
        MailServer.clear();
        return email;
    }

    private MockHttpServletResponse subscribe(String email, String kind, String key, String frequency, String lang) throws Exception {
        return mvc.perform(post("/subscriptions").param("lang", lang).param("email", email).param("kind", kind).param("key", key)
                .param("frequency", frequency)).andReturn().getResponse();
    }

    private List<String> status(String email) {
        return jdbc.sql("select s.status from subscription s join subscriber r on r.id = s.subscriber_id where r.email = :email")
                .param("email", email).query(String.class).list();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("main").text();
    }
}
