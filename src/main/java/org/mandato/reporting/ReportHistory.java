package org.mandato.reporting;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the revisions a report's writes left behind. */
@Repository
class ReportHistory {

    private final JdbcClient jdbc;

    ReportHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Revision> revisions(long reportId) {
        return jdbc.sql("""
                        select id, version, kind, saved_at, saved_by, status, note from report_revision
                        where report_id = :report order by id
                        """)
                .param("report", reportId)
                .query((rs, n) -> new Revision(rs.getLong("id"), rs.getInt("version"), rs.getString("kind"),
                        rs.getObject("saved_at", OffsetDateTime.class), rs.getString("saved_by"), rs.getString("status"),
                        rs.getString("note")))
                .list();
    }

    Optional<RevisionContent> content(long reportId, long revisionId) {
        Map<String, String> titles = new HashMap<>();
        Map<String, String> bodies = new HashMap<>();
        // A revision that shares the report's texts (V14) has none of its own: they are the report's current ones.
        jdbc.sql("""
                        select lang, title, body from report_revision_text where revision_id = :id
                        union all
                        select t.lang, t.title, t.body from report_revision v join report_text t on t.report_id = v.report_id
                        where v.id = :id and v.texts_in_report
                        """)
                .param("id", revisionId)
                .query((rs, n) -> {
                    if (rs.getString("title") != null) {
                        titles.put(rs.getString("lang"), rs.getString("title"));
                    }
                    bodies.put(rs.getString("lang"), rs.getString("body"));
                    return null;
                }).list();
        return jdbc.sql("""
                        select report_date, original_lang, themes, citations from report_revision
                        where id = :id and report_id = :report
                        """)
                .param("id", revisionId).param("report", reportId)
                .query((rs, n) -> new RevisionContent(rs.getDate("report_date").toLocalDate().toString(),
                        rs.getString("original_lang"), rs.getString("themes"), rs.getString("citations"),
                        Map.copyOf(titles), Map.copyOf(bodies)))
                .optional();
    }

    /** What a revision held, as text, for comparing two revisions. */
    record RevisionContent(String date, String originalLanguage, String themes, String citations,
                           Map<String, String> titles, Map<String, String> bodies) {}
}
