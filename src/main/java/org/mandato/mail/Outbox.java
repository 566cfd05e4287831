package org.mandato.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.mandato.web.Language;
import org.mandato.web.Site;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where other modules put the messages they send. A letter is written to the outbox in the caller's
 * transaction (so a message exists if and only if the change that caused it was committed) and sent
 * later by {@link OutboxSender}. While mail is off (no {@code spring.mail.host}) nothing is queued:
 * callers ask {@link #isOn()} and say so on their pages.
 */
@Service
public class Outbox {

    private final OutboxRepository repository;
    private final boolean on;
    private final String publicUrl;
    private final String host;
    private final MessageSource messages;
    private final TemplateEngine templates;
    private final OutboxSender sender;
    private final Clock clock;

    Outbox(OutboxRepository repository, ObjectProvider<JavaMailSender> smtp, @Value("${mandato.public-url:http://localhost:8080}") String publicUrl,
           MessageSource messages, TemplateEngine templates, OutboxSender sender, Clock clock) {
        this.repository = repository;
        this.on = smtp.getIfAvailable() != null;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        String publicHost = java.net.URI.create(this.publicUrl).getHost();
        this.host = publicHost == null ? "localhost" : publicHost;
        this.messages = messages;
        this.templates = templates;
        this.sender = sender;
        this.clock = clock;
    }

    /** Whether this site sends mail: an SMTP host is configured. */
    public boolean isOn() {
        return on;
    }

    /** The absolute address of a page of this site ({@code mandato.public-url} and the path). */
    public String link(String path) {
        return publicUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** The texts of the interface in {@code language}, to write a letter with ({@link Site#t}, dates, names). */
    public Site textsIn(Language language) {
        return new Site(language, messages, "/", null, null);
    }

    /**
     * Writes the letter to the outbox in the current transaction; the sender is told once it commits.
     * False when mail is off, and nothing was written.
     */
    @Transactional
    public boolean enqueue(Letter letter) {
        if (!on) {
            return false;
        }
        Site texts = textsIn(letter.language());
        Map<String, Object> model = Map.of("letter", letter, "site", texts, "publicUrl", publicUrl);
        StringOutput html = new StringOutput();
        templates.render("mail/letter.jte", model, html);
        StringOutput text = new StringOutput();
        templates.render("mail/letterText.jte", model, text);
        String messageId = "<" + UUID.randomUUID() + "@" + host + ">";
        // Whole milliseconds: the database would round finer times, possibly up, past the sender's "now".
        repository.insert(messageId, letter, plain(text.toString()), html.toString(),
                OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.ring();
                }
            });
        }
        return true;
    }

    /**
     * The plain text as people read it: the template's control lines leave blank lines behind, so
     * runs of them become one, none leads, and no line ends in spaces (but the signature's "-- ").
     */
    static String plain(String rendered) {
        StringBuilder text = new StringBuilder();
        boolean blank = false;
        for (String line : rendered.replace("\r\n", "\n").split("\n", -1)) {
            String kept = line.equals("-- ") ? line : line.stripTrailing();
            if (kept.isEmpty()) {
                blank = !text.isEmpty();
                continue;
            }
            if (blank) {
                text.append('\n');
                blank = false;
            }
            text.append(kept).append('\n');
        }
        return text.toString();
    }

    /** Deletes every message of these kinds to {@code address}, sent or not: for an address erased on request. */
    @Transactional
    public int forget(String address, Collection<String> kinds) {
        return kinds.isEmpty() ? 0 : repository.forget(address, kinds);
    }
}
