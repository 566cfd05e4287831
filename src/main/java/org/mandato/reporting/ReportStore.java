package org.mandato.reporting;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.mandato.catalog.Catalog;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.mandato.web.TextTables;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes reports of any status, with optimistic locking on {@code version}: an update names the
 * version it was based on and changes nothing when that is no longer current. Every write keeps a
 * revision (who, when, the whole content, what changed).
 */
@Repository
class ReportStore {

    /** A report row with its content, whatever its status. */
    record StoredReport(long id, long authorId, ReportStatus status, int version, String returnComment,
                        OffsetDateTime updatedAt, ReportContent content) {}

    /** A report to insert with others in one batch; the revision's readable themes and citations come with it. */
    record NewReport(String externalKey, long authorId, ReportContent content, ReportStatus status,
                     String themeSlugs, String citationText) {}

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final TextTables texts;
    private final Catalog catalog;
    private final ReportSummaries summaries;
    private final ThemeListing listing;

    ReportStore(JdbcClient jdbc, NamedParameterJdbcTemplate batches, Catalog catalog, ReportSummaries summaries,
                ThemeListing listing) {
        this.jdbc = jdbc;
        this.listing = listing;
        this.summaries = summaries;
        this.batches = batches;
        this.texts = new TextTables(jdbc);
        this.catalog = catalog;
    }

    /**
     * Inserts reports whose external keys are new, with their texts, themes, citations and first
     * revision, as {@link #insert} does one by one but in one JDBC batch per table, on plain
     * prepared statements (the named-parameter maps cost more than H2's own work on small rows):
     * what makes imports of hundreds of thousands of reports take seconds rather than minutes.
     * Returns key → id.
     */
    Map<String, Long> insertAll(List<NewReport> reports, String by, OffsetDateTime now) {
        summaries.written();
        if (reports.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> inserted = batches.getJdbcOperations().execute((ConnectionCallback<Map<String, Long>>) connection -> {
            List<Long> reportIds = insertReturningIds(connection, """
                    insert into report (external_key, author_id, report_date, original_lang, status,
                                        created_at, updated_at, published_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 1)
                    """, reports, (statement, r) -> {
                statement.setString(1, r.externalKey());
                statement.setLong(2, r.authorId());
                statement.setObject(3, r.content().date());
                statement.setString(4, r.content().originalLanguage());
                statement.setString(5, r.status().code());
                statement.setObject(6, now);
                statement.setObject(7, now);
                if (r.status() == ReportStatus.PUBLISHED) {
                    statement.setObject(8, now);
                } else {
                    statement.setNull(8, Types.TIMESTAMP_WITH_TIMEZONE);
                }
            });
            Map<String, Long> ids = new HashMap<>();
            for (int i = 0; i < reports.size(); i++) {
                ids.put(reports.get(i).externalKey(), reportIds.get(i));
            }
            try (PreparedStatement texts = connection.prepareStatement(
                         "insert into report_text (report_id, lang, title, body) values (?, ?, ?, ?)");
                 PreparedStatement themes = connection.prepareStatement(
                         "insert into report_theme (report_id, theme_id) values (?, ?)");
                 PreparedStatement citations = connection.prepareStatement(
                         "insert into report_citation (report_id, paragraph_id) values (?, ?)")) {
                for (int i = 0; i < reports.size(); i++) {
                    long id = reportIds.get(i);
                    ReportContent content = reports.get(i).content();
                    for (String lang : languages(content)) {
                        texts.setLong(1, id);
                        texts.setString(2, lang);
                        texts.setString(3, content.titles().get(lang));
                        texts.setString(4, content.bodies().get(lang));
                        texts.addBatch();
                    }
                    for (long theme : content.themeIds()) {
                        themes.setLong(1, id);
                        themes.setLong(2, theme);
                        themes.addBatch();
                    }
                    for (long paragraph : content.paragraphIds()) {
                        citations.setLong(1, id);
                        citations.setLong(2, paragraph);
                        citations.addBatch();
                    }
                }
                texts.executeBatch();
                themes.executeBatch();
                citations.executeBatch();
            }
            // The first revision's texts are the report's own until they change (V14, writeContent).
            try (PreparedStatement revisions = connection.prepareStatement("""
                    insert into report_revision (report_id, version, kind, saved_at, saved_by, status, report_date,
                                                 original_lang, themes, citations, note, texts_in_report)
                    values (?, 1, 'saved', ?, ?, ?, ?, ?, ?, ?, 'created', true)
                    """)) {
                for (int i = 0; i < reports.size(); i++) {
                    NewReport report = reports.get(i);
                    revisions.setLong(1, reportIds.get(i));
                    revisions.setObject(2, now);
                    revisions.setString(3, by);
                    revisions.setString(4, report.status().code());
                    revisions.setObject(5, report.content().date());
                    revisions.setString(6, report.content().originalLanguage());
                    revisions.setString(7, report.themeSlugs());
                    revisions.setString(8, report.citationText());
                    revisions.addBatch();
                }
                revisions.executeBatch();
            }
            return ids;
        });
        listing.addNew(reports.stream().filter(r -> r.status() == ReportStatus.PUBLISHED)
                .map(r -> new ThemeListing.Listed(inserted.get(r.externalKey()), r.authorId(), r.content().date(),
                        r.content().themeIds()))
                .toList());
        return inserted;
    }

    /** Sets one row's parameters of a batched statement. */
    private interface RowSetter<T> {
        void set(PreparedStatement statement, T row) throws SQLException;
    }

    /** Inserts the rows in one batch and answers their generated ids, in the order of the rows. */
    private static <T> List<Long> insertReturningIds(Connection connection, String sql, List<T> rows, RowSetter<T> setter)
            throws SQLException {
        List<Long> ids = new ArrayList<>(rows.size());
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            for (T row : rows) {
                setter.set(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("the database answered " + ids.size() + " ids for " + rows.size() + " rows");
        }
        return ids;
    }

    /** The languages {@link TextTables#replace} writes a row for: those with a title or a body. */
    private static Set<String> languages(ReportContent content) {
        Set<String> languages = new TreeSet<>(content.bodies().keySet());
        languages.addAll(content.titles().keySet());
        return languages;
    }

    /**
     * Inserts one report. A report written here (editor, API) gets a random key, which it keeps in
     * every pack it is exported to, so that loading such a pack matches it instead of adding a copy.
     */
    long insert(long authorId, ReportContent content, ReportStatus status, String externalKey, String by, OffsetDateTime now) {
        summaries.written();
        String key = externalKey != null ? externalKey : java.util.UUID.randomUUID().toString();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into report (external_key, author_id, report_date, original_lang, status,
                                            created_at, updated_at, published_at, version)
                        values (:key, :author, :date, :lang, :status, :now, :now, :published, 1)
                        """)
                .param("key", key).param("author", authorId).param("date", content.date())
                .param("lang", content.originalLanguage()).param("status", status.code())
                .param("now", now).param("published", status == ReportStatus.PUBLISHED ? now : null)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        writeContent(id, content);
        revision(id, 1, "saved", by, now, status, content, "created", true);
        listing.refresh(id);
        return id;
    }

    /** Replaces the content if {@code expectedVersion} is still current; false when someone saved first. */
    boolean update(long id, int expectedVersion, ReportContent content, String by, OffsetDateTime now, String note) {
        summaries.written();
        int changed = jdbc.sql("""
                        update report set report_date = :date, original_lang = :lang, updated_at = :now, version = version + 1
                        where id = :id and version = :version
                        """)
                .param("date", content.date()).param("lang", content.originalLanguage()).param("now", now)
                .param("id", id).param("version", expectedVersion)
                .update();
        if (changed == 0) {
            return false;
        }
        writeContent(id, content);
        listing.refresh(id);
        StoredReport stored = find(id).orElseThrow();
        revision(id, stored.version(), "saved", by, now, stored.status(), content, note, false);
        return true;
    }

    /** Moves the report from {@code from} to {@code to} if it is still at {@code expectedVersion}. */
    boolean changeStatus(long id, int expectedVersion, ReportStatus from, ReportStatus to, String by, OffsetDateTime now,
                         String returnComment, String note) {
        summaries.written();
        int changed = jdbc.sql("""
                        update report set status = :to, updated_at = :now, version = version + 1,
                               return_comment = :comment,
                               published_at = case when :to = 'published' then :now else published_at end
                        where id = :id and version = :version and status = :from
                        """)
                .param("to", to.code()).param("now", now).param("comment", returnComment)
                .param("id", id).param("version", expectedVersion).param("from", from.code())
                .update();
        if (changed == 0) {
            return false;
        }
        listing.refresh(id);
        StoredReport stored = find(id).orElseThrow();
        revision(id, stored.version(), "status", by, now, to, stored.content(), note, false);
        return true;
    }

    /** Keeps a save that lost the race, so that its words are not lost. */
    void recordConflict(long id, int basedOnVersion, ReportContent content, ReportStatus status, String by, OffsetDateTime now) {
        revision(id, basedOnVersion, "conflict", by, now, status, content, "not saved: based on version " + basedOnVersion, false);
    }

    Optional<StoredReport> find(long id) {
        return jdbc.sql("""
                        select id, author_id, report_date, original_lang, status, version, return_comment, updated_at
                        from report where id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getLong("author_id"), rs.getObject("report_date", Date.class),
                        rs.getString("original_lang"), rs.getString("status"), rs.getInt("version"), rs.getString("return_comment"),
                        rs.getObject("updated_at", OffsetDateTime.class)})
                .optional()
                .map(row -> new StoredReport((Long) row[0], (Long) row[1], ReportStatus.fromCode((String) row[4]).orElseThrow(),
                        (Integer) row[5], (String) row[6], (OffsetDateTime) row[7],
                        loadContent(id, ((Date) row[2]).toLocalDate(), (String) row[3])));
    }

    /** Gives the report another author (an import that corrects who filed it). */
    void changeAuthor(long id, long authorId) {
        summaries.written();
        jdbc.sql("update report set author_id = :author where id = :id").param("author", authorId).param("id", id).update();
        listing.refresh(id);
    }

    Optional<Long> findByExternalKey(String key) {
        return jdbc.sql("select id from report where external_key = :key").param("key", key).query(Long.class).optional();
    }

    /**
     * The keys of the list that are already stored. On H2 (in the same process, no round trip) one
     * prepared statement looked up once per key: H2 keeps the plan of a statement's first run, and
     * a long IN list planned on an almost empty table stays a full scan for every later batch
     * (imports slowed down as the table grew). On PostgreSQL one query for the whole list, as an
     * array: a query per key is a round trip per report.
     */
    Set<String> storedKeys(List<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return batches.getJdbcOperations().execute((ConnectionCallback<Set<String>>) connection -> {
            Set<String> stored = new HashSet<>();
            if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "select external_key from report where external_key = any (?)")) {
                    statement.setArray(1, connection.createArrayOf("varchar", keys.toArray()));
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            stored.add(rows.getString(1));
                        }
                    }
                }
                return stored;
            }
            try (PreparedStatement statement = connection.prepareStatement("select 1 from report where external_key = ?")) {
                for (String key : keys) {
                    statement.setString(1, key);
                    try (ResultSet rows = statement.executeQuery()) {
                        if (rows.next()) {
                            stored.add(key);
                        }
                    }
                }
            }
            return stored;
        });
    }

    private void writeContent(long id, ReportContent content) {
        keepRevisionTexts(id);
        texts.replace("report_text", "report_id", id, content.textTable());
        jdbc.sql("delete from report_theme where report_id = :id").param("id", id).update();
        for (Long themeId : content.themeIds()) {
            jdbc.sql("insert into report_theme (report_id, theme_id) values (:r, :t)").param("r", id).param("t", themeId).update();
        }
        jdbc.sql("delete from report_citation where report_id = :id").param("id", id).update();
        for (Long paragraphId : content.paragraphIds()) {
            jdbc.sql("insert into report_citation (report_id, paragraph_id) values (:r, :p)").param("r", id).param("p", paragraphId).update();
        }
    }

    private ReportContent loadContent(long id, java.time.LocalDate date, String originalLanguage) {
        Map<String, String> titles = new HashMap<>();
        Map<String, String> bodies = new HashMap<>();
        jdbc.sql("select lang, title, body from report_text where report_id = :id").param("id", id)
                .query((rs, n) -> {
                    titles.put(rs.getString("lang"), rs.getString("title"));
                    bodies.put(rs.getString("lang"), rs.getString("body"));
                    return null;
                }).list();
        Set<Long> themes = new HashSet<>(jdbc.sql("select theme_id from report_theme where report_id = :id")
                .param("id", id).query(Long.class).list());
        Set<Long> citations = new HashSet<>(jdbc.sql("select paragraph_id from report_citation where report_id = :id")
                .param("id", id).query(Long.class).list());
        return new ReportContent(date, originalLanguage, titles, bodies, themes, citations);
    }

    /**
     * Copies the texts of the report's revisions that share them (a first revision, V14) into
     * {@code report_revision_text}, before the report's own texts change.
     */
    private void keepRevisionTexts(long id) {
        jdbc.sql("""
                        insert into report_revision_text (revision_id, lang, title, body)
                        select v.id, t.lang, t.title, t.body from report_revision v join report_text t on t.report_id = v.report_id
                        where v.report_id = :id and v.texts_in_report
                        """)
                .param("id", id).update();
        jdbc.sql("update report_revision set texts_in_report = false where report_id = :id and texts_in_report")
                .param("id", id).update();
    }

    /** {@code textsInReport}: the revision's texts are the report's current ones, read from {@code report_text}. */
    private void revision(long id, int version, String kind, String by, OffsetDateTime now, ReportStatus status,
                          ReportContent content, String note, boolean textsInReport) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into report_revision (report_id, version, kind, saved_at, saved_by, status, report_date,
                                                     original_lang, themes, citations, note, texts_in_report)
                        values (:report, :version, :kind, :at, :by, :status, :date, :lang, :themes, :citations, :note,
                                :textsInReport)
                        """)
                .param("report", id).param("version", version).param("kind", kind).param("at", now).param("by", by)
                .param("status", status.code()).param("date", content.date()).param("lang", content.originalLanguage())
                .param("themes", themeSlugs(content)).param("citations", citationText(content)).param("note", note)
                .param("textsInReport", textsInReport)
                .update(keys, "id");
        if (!textsInReport) {
            texts.replace("report_revision_text", "revision_id", keys.getKeyAs(Long.class), content.textTable());
        }
    }

    String themeSlugs(ReportContent content) {
        return catalog.themes().stream().filter(t -> content.themeIds().contains(t.id())).map(Theme::slug)
                .collect(Collectors.joining("; "));
    }

    String citationText(ReportContent content) {
        return catalog.paragraphs(content.paragraphIds()).stream().map(Paragraph::citation).collect(Collectors.joining("; "));
    }
}
