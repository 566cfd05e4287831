package org.mandato.notices;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over {@code reminder_sent} and {@code digest_entry}. */
@Repository
class NoticeRepository {

    /** A step of a review, for the Secretariat's digest. */
    record Entry(String kind, String subjectKind, long subjectId, String actorCode, String cycleSlug, OffsetDateTime occurredAt) {}

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that this reminder (or digest) is queued for the person: true when it was not before.
     * Two instances recording the same one at once: the database keeps one row, and the second
     * insert changes nothing (on PostgreSQL it waits for the first to commit), so one message is queued.
     */
    boolean mark(String kind, long userId, String subject, int sequence, OffsetDateTime now) {
        return jdbc.sql("""
                        insert into reminder_sent (kind, user_id, subject, sequence, sent_at)
                        values (:kind, :user, :subject, :sequence, :now)
                        on conflict do nothing
                        """)
                .param("kind", kind).param("user", userId).param("subject", subject).param("sequence", sequence).param("now", now)
                .update() == 1;
    }

    void record(Entry entry) {
        jdbc.sql("""
                        insert into digest_entry (kind, subject_kind, subject_id, actor_code, cycle_slug, occurred_at)
                        values (:kind, :subjectKind, :subjectId, :actor, :cycle, :at)
                        """)
                .param("kind", entry.kind()).param("subjectKind", entry.subjectKind()).param("subjectId", entry.subjectId())
                .param("actor", entry.actorCode()).param("cycle", entry.cycleSlug()).param("at", entry.occurredAt())
                .update();
    }

    /** The steps from {@code from} (included) to {@code to} (excluded), oldest first. */
    List<Entry> entries(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                        select kind, subject_kind, subject_id, actor_code, cycle_slug, occurred_at from digest_entry
                        where occurred_at >= :from and occurred_at < :to order by occurred_at, id
                        """)
                .param("from", from).param("to", to)
                .query((rs, n) -> new Entry(rs.getString("kind"), rs.getString("subject_kind"), rs.getLong("subject_id"),
                        rs.getString("actor_code"), rs.getString("cycle_slug"), rs.getObject("occurred_at", OffsetDateTime.class)))
                .list();
    }

    int deleteEntriesBefore(OffsetDateTime before) {
        return jdbc.sql("delete from digest_entry where occurred_at < :before").param("before", before).update();
    }
}
