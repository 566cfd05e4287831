package org.mandato.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.mandato.accounts.TestUsers;
import org.mandato.web.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox on a real SMTP server: what a message carries, a relay that goes away, two senders, a crash. */
class OutboxTest extends MailTestBase {

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRepository repository;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JavaMailSender smtp;
    @Autowired
    MailSettings settings;
    @Autowired
    MockMvc mvc;

    @Test
    void aLetterGoesOutAsPlainTextAndHtmlWithItsMessageIdAndUnsubscribeHeaders() throws Exception {
        queue(Letter.to("reader@example.org", Language.ES, "test").subject("Asunto con acentos: ¿qué tal?")
                .paragraph("Un párrafo <con> signos & cosas.").action("Abrir la página", outbox.link("/themes/migration"))
                .unsubscribe(outbox.link("/subscriptions/unsubscribe?token=abc")).build());
        String messageId = jdbc.sql("select message_id from mail_outbox").query(String.class).single();

        assertThat(sendQueued()).isEqualTo(1);

        MimeMessage received = MailServer.received().get(0);
        assertThat(Mails.to(received)).isEqualTo("reader@example.org");
        assertThat(Mails.header(received, "From")).isEqualTo("Mandato <mandato@mandato.example.org>");
        assertThat(Mails.subject(received)).isEqualTo("Asunto con acentos: ¿qué tal?");
        assertThat(Mails.header(received, "Message-ID")).isEqualTo(messageId);
        assertThat(Mails.header(received, "Content-Language")).isEqualTo("es");
        assertThat(Mails.header(received, "List-Unsubscribe")).isEqualTo("<https://mandato.example.org/subscriptions/unsubscribe?token=abc>");
        assertThat(Mails.header(received, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(Mails.text(received)).contains("Un párrafo <con> signos & cosas.")
                .contains("Abrir la página:\nhttps://mandato.example.org/themes/migration")
                .contains("Mandato, seguimiento de los mandatos");
        assertThat(Mails.html(received)).contains("<html lang=\"es\">")
                .contains("Un párrafo &lt;con&gt; signos &amp; cosas.")
                .contains("<a href=\"https://mandato.example.org/themes/migration\"");
        assertThat(jdbc.sql("select status || ' ' || attempts || ' ' || coalesce(text_body, 'blanked') from mail_outbox")
                .query(String.class).single()).isEqualTo("sent 1 blanked");
    }

    @Test
    void aLetterOfATransactionRolledBackIsNeverQueued() {
        transactions.executeWithoutResult(status -> {
            outbox.enqueue(letter("rolled-back@example.org"));
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from mail_outbox").query(Integer.class).single()).isZero();
        assertThat(sendQueued()).isZero();
    }

    @Test
    void whileTheRelayIsDownNothingIsLostAndWhenItReturnsEachMessageGoesOutOnce() {
        for (int i = 1; i <= 3; i++) {
            queue(letter("patient" + i + "@example.org"));
        }
        MailServer.stop();
        try {
            assertThat(sendQueued()).isZero();
            // The pass stopped at the first message: the relay is down, not the message.
            assertThat(jdbc.sql("select attempts from mail_outbox order by id").query(Integer.class).list()).containsExactly(1, 0, 0);
            assertThat(jdbc.sql("select last_error from mail_outbox order by id limit 1").query(String.class).single())
                    .contains("ConnectException");

            clock.advance(Duration.ofSeconds(30));
            assertThat(sendQueued()).as("the first waits for its retry; the others try and stop the pass again").isZero();
            clock.advance(settings.firstRetry());
            assertThat(sendQueued()).isZero();
        } finally {
            MailServer.start();
        }
        clock.advance(settings.maxRetry());

        assertThat(sendQueued()).isEqualTo(3);
        assertThat(sendQueued()).isZero();
        assertThat(MailServer.received()).extracting(Mails::to)
                .containsExactlyInAnyOrder("patient1@example.org", "patient2@example.org", "patient3@example.org");
        assertThat(jdbc.sql("select count(*) from mail_outbox where status = 'sent'").query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void twoSendersOnOneDatabaseSendEachMessageOnce() throws Exception {
        int messages = 60;
        for (int i = 0; i < messages; i++) {
            queue(letter("many" + i + "@example.org"));
        }
        OutboxSender other = new OutboxSender(repository, smtp, settings, clock, "other-instance");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> passes = new ArrayList<>();
            for (OutboxSender each : List.of(sender, other)) {
                Callable<Integer> drain = () -> {
                    int sent = 0;
                    for (int pass = 0; pass < 10; pass++) {
                        sent += each.runOnce();
                    }
                    return sent;
                };
                passes.add(pool.submit(drain));
            }
            int sent = passes.get(0).get() + passes.get(1).get();
            assertThat(sent).isEqualTo(messages);
        } finally {
            pool.shutdownNow();
        }

        List<MimeMessage> received = MailServer.received();
        assertThat(received).hasSize(messages);
        assertThat(received.stream().map(m -> Mails.header(m, "Message-ID")).distinct()).hasSize(messages);
        assertThat(jdbc.sql("select count(*) from mail_outbox where status = 'sent' and attempts = 1").query(Integer.class).single())
                .isEqualTo(messages);
    }

    @Test
    void aMessageHeldByASenderThatStoppedIsSentByAnotherOnceItsLeaseRunsOutWithTheSameMessageId() {
        queue(letter("crash@example.org"));
        long id = jdbc.sql("select id from mail_outbox").query(Long.class).single();
        String messageId = jdbc.sql("select message_id from mail_outbox").query(String.class).single();
        OffsetDateTime now = OffsetDateTime.now(clock);
        // An instance claimed the message (and perhaps sent it), then stopped before marking it.
        assertThat(repository.claim(id, "stopped-instance", now, now.plus(settings.lease()))).isTrue();

        assertThat(sendQueued()).as("held by the stopped instance's lease").isZero();
        clock.advance(settings.lease().plusSeconds(1));
        assertThat(sendQueued()).isEqualTo(1);

        assertThat(MailServer.received()).singleElement()
                .satisfies(m -> assertThat(Mails.header(m, "Message-ID")).isEqualTo(messageId));
    }

    @Test
    void aMessageThatKeepsFailingIsMarkedFailedAndCountedOnPrometheus() throws Exception {
        queue(letter("never@example.org"));
        MailServer.stop();
        try {
            for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
                sendQueued();
                clock.advance(settings.maxRetry());
            }
        } finally {
            MailServer.start();
        }
        queue(letter("later@example.org"));

        assertThat(jdbc.sql("select status || ' ' || attempts from mail_outbox where recipient = 'never@example.org'")
                .query(String.class).single()).isEqualTo("failed " + settings.maxAttempts());
        String metrics = mvc.perform(get("/actuator/prometheus").with(user(TestUsers.secretariat())))
                .andReturn().getResponse().getContentAsString();
        assertThat(metrics).containsPattern("mandato_mail_outbox_messages\\{[^}]*status=\"failed\"[^}]*} 1\\.0")
                .containsPattern("mandato_mail_outbox_messages\\{[^}]*status=\"pending\"[^}]*} 1\\.0")
                .contains("mandato_mail_outbox_oldest_pending_seconds");
        assertThat(sendQueued()).isEqualTo(1);
        assertThat(MailServer.received()).extracting(Mails::to).containsExactly("later@example.org");
    }

    @Test
    void backoffDoublesFromTheFirstRetryUpToTheLongestWait() {
        MailSettings backoff = new MailSettings("x", false, Duration.ofSeconds(1), 1, 10, Duration.ofMinutes(1),
                Duration.ofMinutes(10), Duration.ofMinutes(5), Duration.ofDays(1));
        assertThat(List.of(1, 2, 3, 4, 5, 9).stream().map(backoff::backoffAfter))
                .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                        Duration.ofMinutes(10), Duration.ofMinutes(10));
    }

    private void queue(Letter letter) {
        transactions.executeWithoutResult(status -> assertThat(outbox.enqueue(letter)).isTrue());
    }

    private Letter letter(String to) {
        return Letter.to(to, Language.EN, "test").subject("Test for " + to).paragraph("Hello.").build();
    }
}
