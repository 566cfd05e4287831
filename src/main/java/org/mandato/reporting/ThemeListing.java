package org.mandato.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.mandato.catalog.Catalog;
import org.mandato.catalog.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published reports about each theme, its sub-themes' reports included, newest first: table
 * {@code theme_listing}, read by the theme pages. Rules that keep it right:
 * <ul>
 * <li>every write that can change what a theme lists (status, themes, date, author) replaces the
 * report's rows in the same transaction ({@link #refresh}, {@link #addNew});</li>
 * <li>rows are only a way to find reports: the reports shown are read again as published, so a row
 * that lags can never show a report that is not public;</li>
 * <li>a reader first checks that the table was built for the themes' current hierarchy
 * ({@link #ensureCurrent}); a theme moved under another parent, or an empty table beside published
 * reports (an upgrade, a restored backup), rebuilds it.</li>
 * </ul>
 */
@Component
class ThemeListing {

    private static final Logger log = LoggerFactory.getLogger(ThemeListing.class);
    private static final int BATCH = 5_000;

    /** A published report as the listing needs it. */
    record Listed(long reportId, long authorId, LocalDate date, Collection<Long> themeIds) {}

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final Catalog catalog;
    private final TransactionTemplate separately;
    private volatile List<Theme> checkedThemes;
    private volatile Map<Long, Long> checkedHierarchy;
    private final java.util.concurrent.locks.ReentrantLock checking = new java.util.concurrent.locks.ReentrantLock();
    /** Set while the table is rebuilt: readers then find reports from their own themes instead. */
    private volatile boolean rebuilding;

    ThemeListing(JdbcClient jdbc, NamedParameterJdbcTemplate batches, Catalog catalog, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.catalog = catalog;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Replaces the report's rows with what its stored status, themes, date and author say now. */
    void refresh(long reportId) {
        jdbc.sql("delete from theme_listing where report_id = :id").param("id", reportId).update();
        record Row(long authorId, LocalDate date, long themeId) {}
        List<Row> rows = jdbc.sql("""
                        select r.author_id, r.report_date, t.theme_id from report r join report_theme t on t.report_id = r.id
                        where r.id = :id and r.status = 'published'
                        """)
                .param("id", reportId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, Date.class).toLocalDate(), rs.getLong(3)))
                .list();
        if (!rows.isEmpty()) {
            addNew(List.of(new Listed(reportId, rows.get(0).authorId(), rows.get(0).date(), rows.stream().map(Row::themeId).toList())));
        }
    }

    /** Adds rows for published reports that have none yet (just inserted), in batches of plain statements. */
    void addNew(Collection<Listed> reports) {
        if (reports.isEmpty()) {
            return;
        }
        Map<Long, Long> parents = hierarchy(catalog.themes());
        batches.getJdbcOperations().execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
            try (var insert = connection.prepareStatement(
                    "insert into theme_listing (theme_id, report_id, report_date, author_id) values (?, ?, ?, ?)")) {
                int pending = 0;
                for (Listed report : reports) {
                    for (long theme : withAncestors(report.themeIds(), parents)) {
                        insert.setLong(1, theme);
                        insert.setLong(2, report.reportId());
                        insert.setObject(3, report.date());
                        insert.setLong(4, report.authorId());
                        insert.addBatch();
                        if (++pending == BATCH) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
            return null;
        });
    }

    /** The ids of one page of the theme's published reports (its sub-themes' included), newest first. */
    List<Long> page(long themeId, Long authorId, int offset, int limit) {
        ensureCurrent();
        if (rebuilding) {
            return pageFromReportThemes(themeId, authorId, offset, limit);
        }
        // theme_id leads the order although it is fixed: H2 reads a page in index order only when the
        // order names the index's columns from the first (otherwise it sorts every row of the theme).
        var statement = jdbc.sql("select report_id from theme_listing where theme_id = :theme"
                        + (authorId == null ? "" : " and author_id = :author")
                        + " order by theme_id, report_date desc, report_id desc limit :limit offset :offset")
                .param("theme", themeId).param("limit", limit).param("offset", offset);
        if (authorId != null) {
            statement = statement.param("author", authorId);
        }
        return statement.query(Long.class).list();
    }

    /** How many published reports about the theme (its sub-themes' included) each author has. */
    Map<Long, Integer> countsByAuthor(long themeId) {
        ensureCurrent();
        if (rebuilding) {
            return countsFromReportThemes(themeId);
        }
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("select author_id, count(*) from theme_listing where theme_id = :theme group by author_id")
                .param("theme", themeId)
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2)))
                .list();
        return counts;
    }

    /**
     * Published reports dated in the period (null bounds do not bound) about each of the themes,
     * their sub-themes' reports included and each report once per theme, counted by author; and per
     * author the reports about any of them. Read from the index alone, one query per figure.
     */
    Reports.ThemeCounts countsByAuthor(Collection<Long> themeIds, LocalDate from, LocalDate to) {
        ensureCurrent();
        Map<Long, Map<Long, Integer>> byTheme = new HashMap<>();
        Map<Long, Integer> byAuthor = new HashMap<>();
        if (themeIds.isEmpty()) {
            return new Reports.ThemeCounts(byTheme, byAuthor);
        }
        if (rebuilding) {
            return countsFromReportThemes(themeIds, from, to);
        }
        String period = (from == null ? "" : " and report_date >= :from") + (to == null ? "" : " and report_date <= :to");
        jdbc.sql("select author_id, theme_id, count(*) from theme_listing where theme_id in (:themes)" + period
                        + " group by author_id, theme_id")
                .param("themes", themeIds).param("from", from).param("to", to)
                .query((RowCallbackHandler) rs -> byTheme.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3)));
        jdbc.sql("select author_id, count(distinct report_id) from theme_listing where theme_id in (:themes)" + period
                        + " group by author_id")
                .param("themes", themeIds).param("from", from).param("to", to)
                .query((RowCallbackHandler) rs -> byAuthor.put(rs.getLong(1), rs.getInt(2)));
        return new Reports.ThemeCounts(byTheme, byAuthor);
    }

    /** What {@link #countsByAuthor(Collection, LocalDate, LocalDate)} answers, found from the reports' own themes. */
    private Reports.ThemeCounts countsFromReportThemes(Collection<Long> themeIds, LocalDate from, LocalDate to) {
        String period = (from == null ? "" : " and r.report_date >= :from") + (to == null ? "" : " and r.report_date <= :to");
        Map<Long, Map<Long, Integer>> byTheme = new HashMap<>();
        Set<Long> everyTheme = new java.util.HashSet<>();
        for (long themeId : themeIds) {
            Set<Long> about = themeAndDescendants(themeId);
            everyTheme.addAll(about);
            jdbc.sql("select r.author_id, count(*) from report r where r.status = 'published' and " + ABOUT_THEMES + period
                            + " group by r.author_id")
                    .param("themes", about).param("from", from).param("to", to)
                    .query((RowCallbackHandler) rs -> byTheme.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(themeId, rs.getInt(2)));
        }
        Map<Long, Integer> byAuthor = new HashMap<>();
        jdbc.sql("select r.author_id, count(*) from report r where r.status = 'published' and " + ABOUT_THEMES + period
                        + " group by r.author_id")
                .param("themes", everyTheme).param("from", from).param("to", to)
                .query((RowCallbackHandler) rs -> byAuthor.put(rs.getLong(1), rs.getInt(2)));
        return new Reports.ThemeCounts(byTheme, byAuthor);
    }

    /**
     * What {@link #page} answers, found from the reports' own themes: slower (every report of the
     * theme gathered and sorted), but right while the table is being rebuilt, when it may be empty
     * (after an upgrade or a restore) or list a moved theme under its old parent.
     */
    List<Long> pageFromReportThemes(long themeId, Long authorId, int offset, int limit) {
        var statement = jdbc.sql("select r.id from report r where r.status = 'published' and " + ABOUT_THEMES
                        + (authorId == null ? "" : " and r.author_id = :author")
                        + " order by r.report_date desc, r.id desc limit :limit offset :offset")
                .param("themes", themeAndDescendants(themeId)).param("limit", limit).param("offset", offset);
        if (authorId != null) {
            statement = statement.param("author", authorId);
        }
        return statement.query(Long.class).list();
    }

    /** What {@link #countsByAuthor} answers, found from the reports' own themes (see {@link #pageFromReportThemes}). */
    Map<Long, Integer> countsFromReportThemes(long themeId) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("select r.author_id, count(*) from report r where r.status = 'published' and " + ABOUT_THEMES
                        + " group by r.author_id")
                .param("themes", themeAndDescendants(themeId))
                .query((RowCallbackHandler) rs -> counts.put(rs.getLong(1), rs.getInt(2)));
        return counts;
    }

    private static final String ABOUT_THEMES = "r.id in (select t.report_id from report_theme t where t.theme_id in (:themes))";

    private Set<Long> themeAndDescendants(long themeId) {
        return catalog.themes().stream().filter(t -> t.id() == themeId).findFirst()
                .map(catalog::themeAndDescendants).orElse(Set.of(themeId));
    }

    /** Brings the table up to date before the first visitor: after an upgrade it is built here, not on a first page. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void checkWhenReady() {
        ensureCurrent();
    }

    /**
     * Checks, once per reading of the catalogue, that the table was built for the themes' current
     * hierarchy, and rebuilds it in a transaction of its own when not. A failed rebuild (another
     * instance rebuilding at the same moment) is logged and tried again at the next check. Readers
     * do not wait for a rebuild another thread is making: until it commits they find reports from
     * their own themes ({@link #pageFromReportThemes}).
     */
    void ensureCurrent() {
        List<Theme> themes = catalog.themes();
        if (themes == checkedThemes) {
            return;
        }
        Map<Long, Long> hierarchy = hierarchy(themes);
        if (hierarchy.equals(checkedHierarchy)) {
            checkedThemes = themes;
            return;
        }
        if (!checking.tryLock()) {
            return;
        }
        try {
            separately.executeWithoutResult(status -> bringUpToDate(hierarchy));
            checkedHierarchy = hierarchy;
            checkedThemes = themes;
        } catch (DataAccessException e) {
            log.warn("Theme listing not brought up to date, trying again later: {}", e.getMessage());
        } finally {
            rebuilding = false;
            checking.unlock();
        }
    }

    private void bringUpToDate(Map<Long, Long> hierarchy) {
        Map<Long, Long> basis = new HashMap<>();
        jdbc.sql("select theme_id, parent_id from theme_listing_basis")
                .query((rs, n) -> basis.put(rs.getLong(1), (Long) rs.getObject(2, Long.class))).list();
        boolean moved = basis.entrySet().stream()
                .anyMatch(e -> hierarchy.containsKey(e.getKey()) && !Objects.equals(hierarchy.get(e.getKey()), e.getValue()));
        boolean missing = !jdbc.sql("select exists (select 1 from theme_listing)").query(Boolean.class).single()
                && jdbc.sql("""
                        select exists (select 1 from report r join report_theme t on t.report_id = r.id where r.status = 'published')
                        """).query(Boolean.class).single();
        if (moved || missing) {
            rebuild();
        }
        if (!basis.equals(hierarchy)) {
            jdbc.sql("delete from theme_listing_basis").update();
            batches.batchUpdate("insert into theme_listing_basis (theme_id, parent_id) values (:theme, :parent)",
                    hierarchy.entrySet().stream().map(e -> new MapSqlParameterSource("theme", e.getKey())
                            .addValue("parent", e.getValue())).toArray(MapSqlParameterSource[]::new));
        }
    }

    /** Every row again, from the published reports and their themes, read once in order. */
    private void rebuild() {
        rebuilding = true;
        long started = System.nanoTime();
        jdbc.sql("delete from theme_listing").update();
        List<Listed> pending = new ArrayList<>();
        Listed[] current = {null};
        // Read in slices, not all at once: a million reports must rebuild within a small heap.
        var streaming = new org.springframework.jdbc.core.JdbcTemplate(
                Objects.requireNonNull(batches.getJdbcTemplate().getDataSource()));
        streaming.setFetchSize(BATCH);
        streaming.query("""
                select r.id, r.author_id, r.report_date, t.theme_id from report r join report_theme t on t.report_id = r.id
                where r.status = 'published' order by r.id
                """, (RowCallbackHandler) rs -> {
            long id = rs.getLong(1);
            if (current[0] == null || current[0].reportId() != id) {
                current[0] = new Listed(id, rs.getLong(2), rs.getObject(3, Date.class).toLocalDate(), new ArrayList<>());
                pending.add(current[0]);
                if (pending.size() >= BATCH) {
                    addNew(pending.subList(0, pending.size() - 1));
                    pending.subList(0, pending.size() - 1).clear();
                }
            }
            current[0].themeIds().add(rs.getLong(4));
        });
        addNew(pending);
        log.info("Theme listing rebuilt for the themes' current hierarchy in {} ms",
                (System.nanoTime() - started) / 1_000_000);
    }

    private static Map<Long, Long> hierarchy(List<Theme> themes) {
        Map<Long, Long> parents = new HashMap<>();
        themes.forEach(t -> parents.put(t.id(), t.parentId()));
        return parents;
    }

    /** The themes and every theme above them, once each. */
    static Set<Long> withAncestors(Collection<Long> themeIds, Map<Long, Long> parents) {
        Set<Long> all = new LinkedHashSet<>();
        for (Long theme : themeIds) {
            Long current = theme;
            while (current != null && all.add(current)) {
                current = parents.get(current);
            }
        }
        return all;
    }
}
