package org.mandato.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes reports that arrive from a file, matched on their external key: a new key inserts, a
 * changed report is updated (a new version, with its revision), an unchanged one is left alone.
 * The caller holds the transaction; invalid data throws {@link IllegalArgumentException} naming the field.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ReportImport {

    /** A report as a file states it; texts map language → text, citations use the readable form. */
    public record ReportEntry(String key, String authorCode, LocalDate date, String originalLanguage,
                              ReportStatus status, List<String> themeSlugs, String citations,
                              Map<String, String> title, Map<String, String> body) {}

    /** A report already stored: its external key and its text in its original language, to tell duplicates. */
    public record StoredText(long id, String externalKey, String body) {}

    static final String IMPORTER = "import";

    private final ReportStore store;
    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final CitationParser citationParser;
    private final Clock clock;

    ReportImport(ReportStore store, JdbcClient jdbc, Catalog catalog, CitationParser citationParser, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.citationParser = citationParser;
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
        entry.title().forEach((lang, title) -> {
            if (title != null && !title.isBlank() && (entry.body().get(lang) == null || entry.body().get(lang).isBlank())) {
                throw new IllegalArgumentException("body_" + lang + ": a title in " + lang + " needs the text in " + lang);
            }
        });
        Set<Long> themeIds = new HashSet<>();
        for (String slug : entry.themeSlugs()) {
            themeIds.add(catalog.theme(slug).map(Theme::id)
                    .orElseThrow(() -> new IllegalArgumentException("themes: unknown theme '" + slug + "'")));
        }
        Set<Long> paragraphIds = new HashSet<>(citationParser.parse(entry.citations()).stream().map(Paragraph::id).toList());
        ReportContent content = new ReportContent(entry.date(), entry.originalLanguage(), entry.title(), entry.body(),
                themeIds, paragraphIds);
        OffsetDateTime now = OffsetDateTime.now(clock);

        Optional<Long> existing = store.findByExternalKey(entry.key());
        if (existing.isEmpty()) {
            return store.insert(author.id(), content, entry.status(), entry.key(), IMPORTER, now);
        }
        long id = existing.get();
        ReportStore.StoredReport stored = store.find(id).orElseThrow();
        if (stored.authorId() != author.id()) {
            jdbc.sql("update report set author_id = :author where id = :id").param("author", author.id()).param("id", id).update();
        }
        if (!stored.content().equals(content)) {
            store.update(id, stored.version(), content, IMPORTER, now, "imported again with changes");
            stored = store.find(id).orElseThrow();
        }
        if (stored.status() != entry.status()) {
            store.changeStatus(id, stored.version(), stored.status(), entry.status(), IMPORTER, now, null, "status set by import");
        }
        return id;
    }

    /** Writes the report as {@link #report(ReportEntry)} does, recording the file it was imported from. */
    public long report(ReportEntry entry, String importedFrom) {
        long id = report(entry);
        jdbc.sql("update report set imported_from = :source where id = :id").param("source", importedFrom).param("id", id).update();
        return id;
    }

    /** Every report by the author on the date, whatever its status, with its text in its original language. */
    public List<StoredText> reportsOn(String authorCode, LocalDate date) {
        Optional<Actor> author = catalog.actor(authorCode);
        if (author.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select r.id, r.external_key, t.body from report r
                        left join report_text t on t.report_id = r.id and t.lang = r.original_lang
                        where r.author_id = :author and r.report_date = :date
                        order by r.id
                        """)
                .param("author", author.get().id()).param("date", date)
                .query((rs, n) -> new StoredText(rs.getLong("id"), rs.getString("external_key"), rs.getString("body")))
                .list();
    }
}
