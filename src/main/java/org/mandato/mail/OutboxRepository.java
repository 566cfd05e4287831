package org.mandato.mail;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL over {@code mail_outbox}. The sender's statements run each in a transaction of its own
 * (autocommit), so that a claim is seen by every other instance as soon as it is taken.
 */
@Repository
class OutboxRepository {

    /** A message as queued: what the sender needs to send it. */
    record Queued(long id, String messageId, String kind, String recipient, String lang, String subject, String textBody,
                  String htmlBody, String listUnsubscribe, int attempts) {}

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String messageId, Letter letter, String textBody, String htmlBody, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into mail_outbox (message_id, kind, recipient, lang, subject, text_body, html_body, list_unsubscribe,
                                                 status, attempts, next_attempt_at, created_at)
                        values (:messageId, :kind, :recipient, :lang, :subject, :text, :html, :unsubscribe,
                                'pending', 0, :now, :now)
                        """)
                .param("messageId", messageId).param("kind", letter.kind()).param("recipient", letter.to())
                .param("lang", letter.language().code()).param("subject", letter.subject()).param("text", textBody)
                .param("html", htmlBody).param("unsubscribe", letter.unsubscribe()).param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Pending messages whose time has come and that nobody holds, oldest first. */
    List<Long> due(OffsetDateTime now, int limit) {
        return jdbc.sql("""
                        select id from mail_outbox
                        where status = 'pending' and next_attempt_at <= :now and (claimed_until is null or claimed_until < :now)
                        order by next_attempt_at, id
                        limit :limit
                        """)
                .param("now", now).param("limit", limit).query(Long.class).list();
    }

    /**
     * Takes the message for {@code sender} until {@code until}, unless another sender holds it: true
     * when this sender has it. Two senders racing for one message both run this update; the database
     * lets one change the row, and the other's condition no longer holds.
     */
    boolean claim(long id, String sender, OffsetDateTime now, OffsetDateTime until) {
        return jdbc.sql("""
                        update mail_outbox set claimed_by = :sender, claimed_until = :until
                        where id = :id and status = 'pending' and (claimed_until is null or claimed_until < :now)
                        """)
                .param("sender", sender).param("until", until).param("id", id).param("now", now)
                .update() == 1;
    }

    Optional<Queued> find(long id) {
        return jdbc.sql("""
                        select id, message_id, kind, recipient, lang, subject, text_body, html_body, list_unsubscribe, attempts
                        from mail_outbox where id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new Queued(rs.getLong("id"), rs.getString("message_id"), rs.getString("kind"),
                        rs.getString("recipient"), rs.getString("lang"), rs.getString("subject"), rs.getString("text_body"),
                        rs.getString("html_body"), rs.getString("list_unsubscribe"), rs.getInt("attempts")))
                .optional();
    }

    /**
     * Marks a message this sender holds as sent and blanks its bodies (they may hold single-use
     * links); false when the sender no longer held it (its lease ran out and another took it).
     */
    boolean markSent(long id, String sender, OffsetDateTime now) {
        return jdbc.sql("""
                        update mail_outbox set status = 'sent', sent_at = :now, attempts = attempts + 1, text_body = null,
                                               html_body = null, claimed_by = null, claimed_until = null, last_error = null
                        where id = :id and claimed_by = :sender and status = 'pending'
                        """)
                .param("now", now).param("id", id).param("sender", sender).update() == 1;
    }

    /** Records a failed attempt and releases the claim: pending again from {@code next}, or failed for good. */
    void markAttemptFailed(long id, String sender, boolean givingUp, OffsetDateTime next, String error) {
        jdbc.sql("""
                        update mail_outbox set attempts = attempts + 1, status = :status, next_attempt_at = :next,
                                               last_error = :error, claimed_by = null, claimed_until = null
                        where id = :id and claimed_by = :sender and status = 'pending'
                        """)
                .param("status", givingUp ? "failed" : "pending").param("next", next)
                .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                .param("id", id).param("sender", sender).update();
    }

    int deleteSentBefore(OffsetDateTime before) {
        return jdbc.sql("delete from mail_outbox where status = 'sent' and sent_at < :before").param("before", before).update();
    }

    long count(String status) {
        return jdbc.sql("select count(*) from mail_outbox where status = :status").param("status", status)
                .query(Long.class).single();
    }

    Optional<OffsetDateTime> oldestPending() {
        return jdbc.sql("select min(created_at) from mail_outbox where status = 'pending'")
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional();
    }

    /** Deletes every message of these kinds to this address, whatever its state. */
    int forget(String recipient, Collection<String> kinds) {
        return jdbc.sql("delete from mail_outbox where recipient = :recipient and kind in (:kinds)")
                .param("recipient", recipient).param("kinds", kinds).update();
    }
}
