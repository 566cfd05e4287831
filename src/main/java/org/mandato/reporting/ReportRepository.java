package org.mandato.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mandato.web.LocalizedTexts;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the report tables; every public query filters on status 'published'. */
@Repository
class ReportRepository {

    /** A report row with the ids it refers to; {@link Reports} turns it into a {@link Report}. */
    record ReportRow(long id, long authorId, LocalDate date, ReportStatus status, String originalLang) {}

    /** A report row with its texts, theme ids and cited paragraph ids. */
    record ReportData(ReportRow row, LocalizedTexts texts, List<Long> themeIds, List<Long> paragraphIds) {}

    private static final String SELECT = "select r.id, r.author_id, r.report_date, r.status, r.original_lang from report r ";
    /**
     * Newest first. The status leads although every query fixes it: H2 reads rows in an index's order
     * only when the order names the index's columns from the first (index report_newest, V16).
     */
    private static final String NEWEST_FIRST = " order by r.status, r.report_date desc, r.id desc";

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReportData> findPublishedById(long id) {
        return load(SELECT + "where r.status = 'published' and r.id = :id", Map.of("id", id));
    }

    /**
     * An author's published reports counted by theme, with the ids of the newest few of each theme,
     * read from (report, theme) pairs newest first: a pass over the author's reports, not a load of them.
     */
    Reports.AuthorFigures themesOf(long authorId, int newestPerTheme) {
        Map<Long, Integer> counts = new HashMap<>();
        Map<Long, List<Long>> newest = new HashMap<>();
        jdbc.sql("""
                select t.theme_id, r.id from report r join report_theme t on t.report_id = r.id
                where r.status = 'published' and r.author_id = :author order by r.report_date desc, r.id desc
                """).param("author", authorId).query((RowCallbackHandler) rs -> {
            long theme = rs.getLong(1);
            counts.merge(theme, 1, Integer::sum);
            List<Long> ids = newest.computeIfAbsent(theme, t -> new ArrayList<>());
            if (ids.size() < newestPerTheme) {
                ids.add(rs.getLong(2));
            }
        });
        int total = jdbc.sql("select count(*) from report where status = 'published' and author_id = :author")
                .param("author", authorId).query(Integer.class).single();
        Map<Long, List<Long>> kept = new HashMap<>();
        newest.forEach((theme, ids) -> kept.put(theme, List.copyOf(ids)));
        return new Reports.AuthorFigures(total, Map.copyOf(counts), Map.copyOf(kept));
    }

    /** Reports of any status; only for callers that checked the reader may see each of them. */
    List<ReportData> findAnyStatus(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : load(SELECT + "where r.id in (:ids) order by r.updated_at desc, r.id desc", Map.of("ids", ids));
    }

    Map<Long, String> externalKeys(java.util.Collection<Long> ids) {
        Map<Long, String> keys = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, external_key from report where id in (:ids)").param("ids", ids)
                    .query((rs, n) -> keys.put(rs.getLong(1), rs.getString(2))).list();
        }
        return keys;
    }

    /** Paragraphs cited by at least one report published with a date in the period (null bounds do not bound). */
    java.util.Set<Long> citedParagraphIds(java.time.LocalDate from, java.time.LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        String period = period(from, to, params);
        return new java.util.HashSet<>(jdbc.sql("select distinct c.paragraph_id from report_citation c join report r on r.id = c.report_id "
                        + "where r.status = 'published'" + period).params(params).query(Long.class).list());
    }

    /** The date of each author's latest published report. */
    Map<Long, java.time.LocalDate> lastPublishedByAuthor() {
        Map<Long, java.time.LocalDate> last = new HashMap<>();
        jdbc.sql("select author_id, max(report_date) from report where status = 'published' group by author_id")
                .query((rs, n) -> last.put(rs.getLong(1), rs.getObject(2, Date.class).toLocalDate())).list();
        return last;
    }

    private static String period(java.time.LocalDate from, java.time.LocalDate to, Map<String, Object> params) {
        StringBuilder period = new StringBuilder();
        if (from != null) {
            period.append(" and r.report_date >= :from");
            params.put("from", from);
        }
        if (to != null) {
            period.append(" and r.report_date <= :to");
            params.put("to", to);
        }
        return period.toString();
    }

    List<Long> findPublishedIds() {
        return jdbc.sql("select id from report where status = 'published' order by id").query(Long.class).list();
    }

    List<ReportData> findPublishedByIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : load(SELECT + "where r.status = 'published' and r.id in (:ids)", Map.of("ids", ids));
    }

    /** One page of published reports matching the filter, newest first (date, then id: a stable order). */
    List<ReportData> findPublished(ReportFilter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = publishedWhere(filter, params);
        params.put("limit", limit);
        params.put("offset", offset);
        return load(SELECT + where + NEWEST_FIRST + " limit :limit offset :offset", params);
    }

    long countPublished(ReportFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from report r " + publishedWhere(filter, params)).params(params)
                .query(Long.class).single();
    }

    java.time.OffsetDateTime lastModified(ReportFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select max(r.updated_at) from report r " + publishedWhere(filter, params)).params(params)
                .query(java.time.OffsetDateTime.class).optional().orElse(null);
    }

    /** Conditions from fixed text only; every value is a named parameter. */
    private static String publishedWhere(ReportFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("where r.status = 'published'");
        if (filter.themeIds() != null && !filter.themeIds().isEmpty()) {
            where.append(" and r.id in (select report_id from report_theme where theme_id in (:themes))");
            params.put("themes", filter.themeIds());
        }
        if (filter.authorId() != null) {
            where.append(" and r.author_id = :author");
            params.put("author", filter.authorId());
        }
        if (filter.paragraphId() != null) {
            where.append(" and r.id in (select report_id from report_citation where paragraph_id = :paragraph)");
            params.put("paragraph", filter.paragraphId());
        }
        if (filter.documentId() != null) {
            where.append(" and r.id in (select c.report_id from report_citation c join paragraph p on p.id = c.paragraph_id"
                    + " where p.document_id = :document)");
            params.put("document", filter.documentId());
        }
        if (filter.summitId() != null) {
            where.append(" and r.id in (select c.report_id from report_citation c join paragraph p on p.id = c.paragraph_id"
                    + " join document d on d.id = p.document_id where d.summit_id = :summit)");
            params.put("summit", filter.summitId());
        }
        if (filter.from() != null) {
            where.append(" and r.report_date >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and r.report_date <= :to");
            params.put("to", filter.to());
        }
        if (filter.language() != null) {
            where.append(" and r.id in (select report_id from report_text where lang = :lang)");
            params.put("lang", filter.language());
        }
        if (filter.updatedSince() != null) {
            where.append(" and r.updated_at >= :updatedSince");
            params.put("updatedSince", filter.updatedSince());
        }
        return where.toString();
    }

    /**
     * The next {@code limit} published reports matching the filter, newest first, after the report
     * {@code after} (null: from the newest): a listing read in batches by where the last one ended,
     * so that each batch costs the same however deep it is. The date's range condition comes first
     * so that H2 seeks into index report_newest instead of reading it from its start.
     */
    List<ReportRow> findPublishedAfter(ReportFilter filter, ReportRow after, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(publishedWhere(filter, params));
        if (after != null) {
            where.append(" and r.report_date <= :afterDate and (r.report_date < :afterDate or r.id < :afterId)");
            params.put("afterDate", after.date());
            params.put("afterId", after.id());
        }
        params.put("limit", limit);
        return rows(SELECT + where + NEWEST_FIRST + " limit :limit", params);
    }

    /** The next {@code limit} reports of any status with an id above {@code afterId}, oldest first. */
    List<ReportRow> findInIdOrderAfter(long afterId, int limit) {
        return rows(SELECT + "where r.id > :afterId order by r.id limit :limit", Map.of("afterId", afterId, "limit", limit));
    }

    List<ReportData> findLatestPublished(int limit) {
        return load(SELECT + "where r.status = 'published'" + NEWEST_FIRST + " limit :limit", Map.of("limit", limit));
    }

    private List<ReportRow> rows(String sql, Map<String, ?> params) {
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new ReportRow(rs.getLong("id"), rs.getLong("author_id"),
                        rs.getObject("report_date", Date.class).toLocalDate(),
                        ReportStatus.fromCode(rs.getString("status")).orElseThrow(), rs.getString("original_lang")))
                .list();
    }

    private List<ReportData> load(String sql, Map<String, ?> params) {
        List<ReportRow> rows = rows(sql, params);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(ReportRow::id).toList();
        Map<Long, String> originals = new HashMap<>();
        rows.forEach(r -> originals.put(r.id(), r.originalLang()));
        LocalizedTexts texts = LocalizedTexts.collect(
                jdbc.sql("select report_id, lang, title, body from report_text where report_id in (:ids)")
                        .param("ids", ids).query().listOfRows(),
                "report_id", "title", "body").withOriginals(originals);
        Map<Long, List<Long>> themes = pairs("select report_id, theme_id from report_theme where report_id in (:ids) order by report_id, theme_id", ids);
        Map<Long, List<Long>> citations = pairs("select report_id, paragraph_id from report_citation where report_id in (:ids) order by report_id, paragraph_id", ids);
        return rows.stream()
                .map(r -> new ReportData(r, texts, themes.getOrDefault(r.id(), List.of()), citations.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private Map<Long, List<Long>> pairs(String sql, List<Long> ids) {
        Map<Long, List<Long>> result = new HashMap<>();
        jdbc.sql(sql).param("ids", ids)
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
                .list();
        return result;
    }

    /** Authors with a report submitted or published and dated from {@code from} to {@code to}: not about its content. */
    java.util.Set<Long> authorsHandedIn(LocalDate from, LocalDate to) {
        return new java.util.HashSet<>(jdbc.sql("""
                        select distinct author_id from report
                        where status in ('submitted', 'published') and report_date >= :from and report_date <= :to
                        """).param("from", from).param("to", to).query(Long.class).list());
    }
}
