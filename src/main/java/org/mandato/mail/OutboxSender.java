package org.mandato.mail;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.mandato.web.Bell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox, on one thread of its own ({@value #THREAD}), woken when a message is committed on
 * this instance and every {@code mandato.mail.poll-interval} for the rest (messages queued by other
 * instances, retries). Each message is claimed before it is sent ({@link OutboxRepository#claim}): a
 * lease of {@code mandato.mail.lease} during which no other sender takes it, so instances sharing the
 * database never send one message at the same time. A failed attempt is tried again after a wait that
 * doubles each time; after {@code mandato.mail.max-attempts}, or at once when the relay refuses the
 * address, the message is marked failed. When the relay cannot be reached, the pass ends there: the
 * other messages wait for the next one instead of each spending an attempt on a relay that is down.
 * <p>
 * A message is sent at least once, and at most once but in one case: the instance stops after the
 * relay accepted it and before it is marked sent. Its lease then runs out and another sender sends it
 * again, with the same Message-ID, which mail programs take for the same message.
 */
@Component
class OutboxSender implements DisposableBean {

    static final String THREAD = "mail-sender";
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository outbox;
    private final JavaMailSender smtp;
    private final MailSettings settings;
    private final Clock clock;
    private final String identity;
    private final Thread worker;
    private final Bell bell = new Bell();
    private boolean relayDown;

    @Autowired
    OutboxSender(OutboxRepository outbox, ObjectProvider<JavaMailSender> smtp, MailSettings settings, Clock clock) {
        this(outbox, smtp.getIfAvailable(), settings, clock, hostName() + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
    }

    /** A sender with a name of its own: tests run two on one database, as two instances would. */
    OutboxSender(OutboxRepository outbox, JavaMailSender smtp, MailSettings settings, Clock clock, String identity) {
        this.outbox = outbox;
        this.smtp = smtp;
        this.settings = settings;
        this.clock = clock;
        this.identity = identity;
        this.worker = new Thread(this::follow, THREAD);
        worker.setDaemon(true);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startWhenReady() {
        if (smtp == null) {
            log.info("Mail is off (no spring.mail.host): nothing is queued or sent");
            return;
        }
        if (settings.senderThread()) {
            start();
        }
    }

    synchronized void start() {
        if (worker.getState() == Thread.State.NEW) {
            worker.start();
        }
    }

    /** Asks for a pass now rather than at the next poll. */
    void ring() {
        bell.ring();
    }

    /**
     * One pass: claims the messages that are due, one at a time, and sends each. Returns how many
     * were sent. Tests call this instead of running the thread.
     */
    int runOnce() {
        if (smtp == null) {
            return 0;
        }
        int sent = 0;
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (long id : outbox.due(now, settings.batchSize())) {
            OffsetDateTime claimedAt = OffsetDateTime.now(clock);
            if (!outbox.claim(id, identity, claimedAt, claimedAt.plus(settings.lease()))) {
                continue; // another sender has it
            }
            var message = outbox.find(id).orElse(null);
            if (message == null) {
                continue; // erased on request since it was listed
            }
            try {
                smtp.send(mime(message));
            } catch (MailException | MessagingException e) {
                boolean unreachable = isRelayUnreachable(e);
                failed(message, e, unreachable);
                if (unreachable) {
                    break;
                }
                continue;
            }
            if (!outbox.markSent(id, identity, OffsetDateTime.now(clock))) {
                log.warn("Mail {} was sent, but its claim had run out (mandato.mail.lease is too short): "
                        + "another instance may send it again with the same Message-ID", message.messageId());
            }
            sent++;
            if (relayDown) {
                log.info("The mail relay accepts messages again");
                relayDown = false;
            }
        }
        outbox.deleteSentBefore(now.minus(settings.keepSent()));
        return sent;
    }

    private void failed(OutboxRepository.Queued message, Exception e, boolean unreachable) {
        int attempts = message.attempts() + 1;
        boolean refused = isRefusedForGood(e);
        boolean givingUp = refused || attempts >= settings.maxAttempts();
        OffsetDateTime next = OffsetDateTime.now(clock).plus(settings.backoffAfter(attempts));
        outbox.markAttemptFailed(message.id(), identity, givingUp, next, describe(e));
        if (givingUp) {
            log.warn("Mail {} ({}) to {} failed for good after {} attempt(s): {}", message.id(), message.kind(),
                    message.recipient(), attempts, describe(e));
        } else if (unreachable && !relayDown) {
            log.warn("The mail relay cannot be reached; the outbox is kept and tried again from {}: {}", next, describe(e));
            relayDown = true;
        } else if (!unreachable) {
            log.info("Mail {} ({}) not sent (attempt {}), trying again from {}: {}", message.id(), message.kind(), attempts, next,
                    describe(e));
        }
    }

    private MimeMessage mime(OutboxRepository.Queued message) throws MessagingException {
        MimeMessage mime = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        helper.setText(message.textBody(), message.htmlBody());
        helper.setSentDate(Date.from(clock.instant()));
        // Kept by JavaMailSenderImpl when set before sending: every attempt carries the same Message-ID.
        mime.setHeader("Message-ID", message.messageId());
        mime.setHeader("Content-Language", message.lang());
        mime.setHeader("Auto-Submitted", "auto-generated");
        if (message.listUnsubscribe() != null) {
            mime.setHeader("List-Unsubscribe", "<" + message.listUnsubscribe() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return mime;
    }

    /** The relay could not be reached or would not let us in: nothing about this message. */
    static boolean isRelayUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MailAuthenticationException || cause instanceof ConnectException
                    || cause instanceof SocketTimeoutException || cause instanceof UnknownHostException) {
                return true;
            }
            if (cause instanceof MessagingException messaging && messaging.getNextException() != null
                    && isRelayUnreachable(messaging.getNextException())) {
                return true;
            }
        }
        return false;
    }

    /** The relay refused the address itself (5xx) or it cannot be written: trying again will not help. */
    static boolean isRefusedForGood(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof AddressException) {
                return true;
            }
            if (cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                    && failed.getInvalidAddresses().length > 0) {
                return true;
            }
            if (cause instanceof org.springframework.mail.MailSendException send) {
                for (Exception each : send.getFailedMessages().values()) {
                    if (each != cause && isRefusedForGood(each)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The chain of causes, one message each, for the outbox row and the log. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null && text.length() < 2000; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage().strip());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return text.toString();
    }

    /** Whether this instance's thread runs. */
    boolean isRunning() {
        return worker.isAlive();
    }

    private void follow() {
        while (bell.awaitRingOrPoll(settings.pollInterval())) {
            try {
                while (runOnce() == settings.batchSize()) {
                    // a full batch: more may be waiting
                }
            } catch (RuntimeException e) {
                log.warn("The mail sender's pass failed; trying again at the next poll", e);
            }
        }
    }

    /** Lets the thread finish the message it is sending; a claim left behind runs out after the lease. */
    @Override
    public void destroy() throws InterruptedException {
        bell.stop();
        worker.join(java.time.Duration.ofSeconds(30).toMillis());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "mandato";
        }
    }
}
