package org.mandato.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.mandato.web.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/** The sender's own thread finds what was queued and sends it, without anybody calling it, and stops when asked. */
class SenderThreadTest extends MailTestBase {

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRepository repository;
    @Autowired
    JavaMailSender smtp;
    @Autowired
    MailSettings settings;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theThreadSendsWhatIsQueuedAndStops() throws Exception {
        MailSettings polling = new MailSettings(settings.from(), true, Duration.ofMillis(200), settings.batchSize(), settings.maxAttempts(),
                settings.firstRetry(), settings.maxRetry(), settings.lease(), settings.keepSent());
        OutboxSender thread = new OutboxSender(repository, smtp, polling, clock, "thread-test");
        thread.start();
        try {
            transactions.executeWithoutResult(status -> outbox.enqueue(
                    Letter.to("by-thread@example.org", Language.EN, "test").subject("Sent by the thread").paragraph("Hello.").build()));

            assertThat(MailServer.awaitReceived(1, 60)).isTrue();
        } finally {
            thread.destroy();
        }
        assertThat(thread.isRunning()).isFalse();
        assertThat(MailServer.received()).extracting(Mails::subject).containsExactly("Sent by the thread");
    }
}
