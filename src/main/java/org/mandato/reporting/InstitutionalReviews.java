package org.mandato.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Institutional reports waiting for review. A submitted report cannot be edited, so the time it last
 * changed is the time it was submitted. Institutional reports have no due date: none is ever overdue.
 */
@Component
@Transactional(readOnly = true)
class InstitutionalReviews implements ReviewSource {

    private final JdbcClient jdbc;
    private final Reports reports;

    InstitutionalReviews(JdbcClient jdbc, Reports reports) {
        this.jdbc = jdbc;
        this.reports = reports;
    }

    @Override
    public String kind() {
        return "institutional";
    }

    @Override
    public long waiting() {
        return jdbc.sql("select count(*) from report where status = 'submitted'").query(Long.class).single();
    }

    @Override
    public List<Submission> oldest(Long actorId, OffsetDateTime before, int limit) {
        record Row(long id, OffsetDateTime submittedAt) {}
        List<Row> rows = jdbc.sql("select id, updated_at from report where status = 'submitted'"
                        + (actorId == null ? "" : " and author_id = :author")
                        + (before == null ? "" : " and updated_at < :before")
                        + " order by status, updated_at, id limit :limit")
                .param("author", actorId == null ? -1L : actorId).param("before", before == null ? OffsetDateTime.parse("2000-01-01T00:00Z") : before)
                .param("limit", limit)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getObject("updated_at", OffsetDateTime.class))).list();
        Map<Long, Report> byId = reports.anyStatus(rows.stream().map(Row::id).toList()).stream()
                .collect(Collectors.toMap(Report::id, Function.identity()));
        return rows.stream().filter(row -> byId.containsKey(row.id())).map(row -> {
            Report report = byId.get(row.id());
            return new Submission(kind(), report.id(), report.author().id(), report.title(), row.submittedAt(), "/my/reports/" + report.id());
        }).toList();
    }

    @Override
    public List<ActorCounts> countsByActor(OffsetDateTime longSince, LocalDate today) {
        return jdbc.sql("""
                        select author_id, count(*) as waiting, sum(case when updated_at < :since then 1 else 0 end) as waiting_long
                        from report where status = 'submitted' group by author_id""")
                .param("since", longSince)
                .query((rs, n) -> new ActorCounts(rs.getLong("author_id"), rs.getLong("waiting"), rs.getLong("waiting_long"), 0))
                .list();
    }
}
