package org.mandato.search;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.mandato.catalog.CatalogChanged;
import org.mandato.exchange.PackImporter.PackLoaded;
import org.mandato.national.NationalReportEvents;
import org.mandato.reporting.ReportEvents;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database's record of what changed, written in the same transaction as the change itself
 * (listeners run in the publisher's transaction), read by every instance's index to catch up.
 */
@Component
class ChangeLog {

    /** One change: a report or a national report (re-read it), the catalogue or everything (rebuild). */
    record Change(long id, String entity, Long entityId) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ChangeLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(ReportEvents.ReportPublished event) {
        record("report", event.reportId());
    }

    @EventListener
    void on(ReportEvents.ReportWithdrawn event) {
        record("report", event.reportId());
    }

    @EventListener
    void on(NationalReportEvents.NationalReportPublished event) {
        record("national", event.reportId());
    }

    @EventListener
    void on(NationalReportEvents.NationalReportWithdrawn event) {
        record("national", event.reportId());
    }

    @EventListener
    void on(CatalogChanged event) {
        record("catalog", null);
    }

    @EventListener
    void on(PackLoaded event) {
        record("all", null);
    }

    List<Change> after(long lastApplied) {
        return jdbc.sql("select id, entity, entity_id from change_log where id > :last order by id")
                .param("last", lastApplied)
                .query((rs, n) -> new Change(rs.getLong("id"), rs.getString("entity"), (Long) rs.getObject("entity_id", Long.class)))
                .list();
    }

    /**
     * How many changes came after {@code lastApplied}: counted, not subtracted, since the ids have gaps
     * (a rolled-back transaction still uses up the identity values of its changes).
     */
    long countAfter(long lastApplied) {
        return jdbc.sql("select count(*) from change_log where id > :last").param("last", lastApplied).query(Long.class).single();
    }

    long lastId() {
        return jdbc.sql("select coalesce(max(id), 0) from change_log").query(Long.class).single();
    }

    /** When the oldest change after {@code lastApplied} was made; empty when there is none. */
    java.util.Optional<OffsetDateTime> oldestAfter(long lastApplied) {
        return jdbc.sql("select min(changed_at) from change_log where id > :last")
                .param("last", lastApplied).query(OffsetDateTime.class).optional();
    }

    private void record(String entity, Long entityId) {
        jdbc.sql("insert into change_log (entity, entity_id, changed_at) values (:entity, :id, :at)")
                .param("entity", entity).param("id", entityId).param("at", OffsetDateTime.now(clock))
                .update();
    }
}
