package org.mandato.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.mandato.web.TextTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes reports that arrive from a file, matched on their external key: a new key inserts, a
 * changed report is updated with its version raised, an unchanged one is left alone. The caller
 * holds the transaction; invalid data throws {@link IllegalArgumentException} naming the field.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ReportImport {

    /** A report as a file states it; texts map language → text, citations use the readable form. */
    public record ReportEntry(String key, String authorCode, LocalDate date, String originalLanguage,
                              ReportStatus status, List<String> themeSlugs, String citations,
                              Map<String, String> title, Map<String, String> body) {}

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final CitationParser citationParser;
    private final TextTables texts;
    private final Clock clock;

    ReportImport(JdbcClient jdbc, Catalog catalog, CitationParser citationParser, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.citationParser = citationParser;
        this.texts = new TextTables(jdbc);
        this.clock = clock;
    }

    public long report(ReportEntry entry) {
        Actor author = catalog.actor(entry.authorCode())
                .orElseThrow(() -> new IllegalArgumentException("author: unknown institution or country '" + entry.authorCode() + "'"));
        if (entry.date().isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("date: " + entry.date() + " is in the future");
        }
        String originalBody = entry.body().get(entry.originalLanguage());
        if (originalBody == null || originalBody.isBlank()) {
            throw new IllegalArgumentException("body_" + entry.originalLanguage() + ": the report has no text in its original language");
        }
        Set<Long> themeIds = new HashSet<>();
        for (String slug : entry.themeSlugs()) {
            themeIds.add(catalog.theme(slug).map(Theme::id)
                    .orElseThrow(() -> new IllegalArgumentException("themes: unknown theme '" + slug + "'")));
        }
        List<Long> paragraphIds = citationParser.parse(entry.citations()).stream().map(Paragraph::id).toList();
        Map<String, Map<String, String>> reportTexts = Map.of("title", entry.title(), "body", entry.body());

        Optional<Long> existing = jdbc.sql("select id from report where external_key = :key")
                .param("key", entry.key()).query(Long.class).optional();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (existing.isEmpty()) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into report (external_key, author_id, report_date, original_lang, status,
                                                created_at, updated_at, published_at, version)
                            values (:key, :author, :date, :lang, :status, :now, :now, :published, 1)
                            """)
                    .param("key", entry.key()).param("author", author.id()).param("date", entry.date())
                    .param("lang", entry.originalLanguage()).param("status", entry.status().code())
                    .param("now", now).param("published", entry.status() == ReportStatus.PUBLISHED ? now : null)
                    .update(keys, "id");
            long id = keys.getKeyAs(Long.class);
            writeDetails(id, reportTexts, themeIds, paragraphIds);
            return id;
        }
        long id = existing.get();
        if (unchanged(id, author.id(), entry, reportTexts, themeIds, paragraphIds)) {
            return id;
        }
        jdbc.sql("""
                        update report set author_id = :author, report_date = :date, original_lang = :lang,
                               status = :status, updated_at = :now, version = version + 1,
                               published_at = case when :status = 'published' then coalesce(published_at, :now) else published_at end
                        where id = :id
                        """)
                .param("author", author.id()).param("date", entry.date()).param("lang", entry.originalLanguage())
                .param("status", entry.status().code()).param("now", now).param("id", id)
                .update();
        writeDetails(id, reportTexts, themeIds, paragraphIds);
        return id;
    }

    private void writeDetails(long id, Map<String, Map<String, String>> reportTexts, Set<Long> themeIds, List<Long> paragraphIds) {
        texts.replace("report_text", "report_id", id, reportTexts);
        jdbc.sql("delete from report_theme where report_id = :id").param("id", id).update();
        for (Long themeId : themeIds) {
            jdbc.sql("insert into report_theme (report_id, theme_id) values (:r, :t)").param("r", id).param("t", themeId).update();
        }
        jdbc.sql("delete from report_citation where report_id = :id").param("id", id).update();
        for (Long paragraphId : paragraphIds) {
            jdbc.sql("insert into report_citation (report_id, paragraph_id) values (:r, :p)").param("r", id).param("p", paragraphId).update();
        }
    }

    private boolean unchanged(long id, long authorId, ReportEntry entry, Map<String, Map<String, String>> reportTexts,
                              Set<Long> themeIds, List<Long> paragraphIds) {
        boolean sameRow = jdbc.sql("""
                        select count(*) from report
                        where id = :id and author_id = :author and report_date = :date and original_lang = :lang and status = :status
                        """)
                .param("id", id).param("author", authorId).param("date", entry.date())
                .param("lang", entry.originalLanguage()).param("status", entry.status().code())
                .query(Integer.class).single() == 1;
        if (!sameRow) {
            return false;
        }
        Map<String, Map<String, String>> stored = new HashMap<>(Map.of("title", new HashMap<>(), "body", new HashMap<>()));
        jdbc.sql("select lang, title, body from report_text where report_id = :id").param("id", id)
                .query((rs, n) -> {
                    putIfPresent(stored.get("title"), rs.getString("lang"), rs.getString("title"));
                    putIfPresent(stored.get("body"), rs.getString("lang"), rs.getString("body"));
                    return null;
                }).list();
        Map<String, Map<String, String>> wanted = new HashMap<>(Map.of("title", new HashMap<>(), "body", new HashMap<>()));
        reportTexts.forEach((field, byLang) -> byLang.forEach((lang, text) -> putIfPresent(wanted.get(field), lang, text)));
        Set<Long> storedThemes = new HashSet<>(jdbc.sql("select theme_id from report_theme where report_id = :id")
                .param("id", id).query(Long.class).list());
        Set<Long> storedCitations = new HashSet<>(jdbc.sql("select paragraph_id from report_citation where report_id = :id")
                .param("id", id).query(Long.class).list());
        return stored.equals(wanted) && storedThemes.equals(themeIds) && storedCitations.equals(new HashSet<>(paragraphIds));
    }

    private static void putIfPresent(Map<String, String> map, String lang, String text) {
        if (text != null && !text.isBlank()) {
            map.put(lang, text);
        }
    }
}
