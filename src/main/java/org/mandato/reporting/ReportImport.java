package org.mandato.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.mandato.web.ControlCharacters;
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
        Prepared prepared = prepare(entry, catalog::actor, slug -> catalog.theme(slug).map(Theme::id));
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Long> existing = store.findByExternalKey(entry.key());
        if (existing.isEmpty()) {
            return store.insert(prepared.author().id(), prepared.content(), entry.status(), entry.key(), IMPORTER, now);
        }
        long id = existing.get();
        ReportStore.StoredReport stored = store.find(id).orElseThrow();
        if (stored.authorId() != prepared.author().id()) {
            store.changeAuthor(id, prepared.author().id());
        }
        if (!stored.content().equals(prepared.content())) {
            if (!store.update(id, stored.version(), prepared.content(), IMPORTER, now, "imported again with changes")) {
                throw changedMeanwhile(entry);
            }
            stored = store.find(id).orElseThrow();
        }
        if (stored.status() != entry.status()
                && !store.changeStatus(id, stored.version(), stored.status(), entry.status(), IMPORTER, now, null, "status set by import")) {
            throw changedMeanwhile(entry);
        }
        return id;
    }

    /**
     * Someone saved the report between this import's read and its write. The import does not
     * overwrite that save, nor skip the row in silence: it stops, naming the row, and since the caller
     * holds one transaction for the whole file nothing of it is written; importing again then works.
     */
    private static IllegalArgumentException changedMeanwhile(ReportEntry entry) {
        return new IllegalArgumentException("key: the report '" + entry.key()
                + "' changed while it was being imported (someone saved it meanwhile); nothing was imported, import the file again");
    }

    /** An entry of {@link #reports(List)} that cannot be written: {@code index} is its place in the list. */
    public static class InvalidEntry extends IllegalArgumentException {
        private final int index;

        InvalidEntry(int index, IllegalArgumentException cause) {
            super(cause.getMessage(), cause);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }

    /**
     * Writes many reports as {@link #report(ReportEntry)} writes each, with the same checks and the
     * same result, but the new ones in a few batched statements and the catalogue read once: the
     * path of pack imports and of the synthetic corpus. Entries whose key is already stored (or
     * repeated in the list) go through {@link #report(ReportEntry)} after the new ones, in order.
     * An invalid entry throws {@link InvalidEntry} before anything of the list is written.
     */
    public List<Long> reports(List<ReportEntry> entries) {
        Map<String, Actor> actors = new HashMap<>();
        catalog.institutions().forEach(a -> actors.put(a.code(), a));
        catalog.countries().forEach(a -> actors.putIfAbsent(a.code(), a));
        Map<String, Long> themeIds = new HashMap<>();
        catalog.themes().forEach(t -> themeIds.put(t.slug(), t.id()));
        List<Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            try {
                prepared.add(prepare(entries.get(i), code -> Optional.ofNullable(actors.get(code)),
                        slug -> Optional.ofNullable(themeIds.get(slug))));
            } catch (IllegalArgumentException e) {
                throw new InvalidEntry(i, e);
            }
        }
        Set<String> stored = store.storedKeys(entries.stream().map(ReportEntry::key).distinct().toList());
        Set<String> seen = new HashSet<>();
        List<Integer> later = new ArrayList<>();
        List<ReportStore.NewReport> fresh = new ArrayList<>();
        // The catalogue's order (summit, document, paragraph), as ReportStore writes a revision's citations.
        Map<Long, Integer> citationOrder = new HashMap<>();
        Map<Long, String> citationText = new HashMap<>();
        for (org.mandato.catalog.Document document : catalog.documents()) {
            for (Paragraph paragraph : catalog.paragraphsOf(document)) {
                citationOrder.put(paragraph.id(), citationOrder.size());
                citationText.put(paragraph.id(), paragraph.citation());
            }
        }
        List<Theme> themes = catalog.themes();
        for (int i = 0; i < entries.size(); i++) {
            ReportEntry entry = entries.get(i);
            if (stored.contains(entry.key()) || !seen.add(entry.key())) {
                later.add(i);
                continue;
            }
            ReportContent content = prepared.get(i).content();
            fresh.add(new ReportStore.NewReport(entry.key(), prepared.get(i).author().id(), content, entry.status(),
                    themes.stream().filter(t -> content.themeIds().contains(t.id())).map(Theme::slug).collect(Collectors.joining("; ")),
                    content.paragraphIds().stream().sorted(java.util.Comparator.comparingInt(citationOrder::get))
                            .map(citationText::get).collect(Collectors.joining("; "))));
        }
        Map<String, Long> ids = store.insertAll(fresh, IMPORTER, OffsetDateTime.now(clock));
        List<Long> result = new ArrayList<>();
        for (ReportEntry entry : entries) {
            result.add(ids.get(entry.key()));
        }
        for (int i : later) {
            try {
                result.set(i, report(entries.get(i)));
            } catch (IllegalArgumentException e) {
                throw new InvalidEntry(i, e);
            }
        }
        return result;
    }

    /** An entry checked against the catalogue, ready to store. */
    private record Prepared(Actor author, ReportContent content) {}

    private Prepared prepare(ReportEntry entry, Function<String, Optional<Actor>> actors, Function<String, Optional<Long>> themes) {
        ControlCharacters.refuse("key", entry.key());
        entry.title().forEach((lang, title) -> ControlCharacters.refuse("title_" + lang, title));
        entry.body().forEach((lang, body) -> ControlCharacters.refuse("body_" + lang, body));
        ControlCharacters.refuse("citations", entry.citations());
        Actor author = actors.apply(entry.authorCode())
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
            themeIds.add(themes.apply(slug).orElseThrow(() -> new IllegalArgumentException("themes: unknown theme '" + slug + "'")));
        }
        Set<Long> paragraphIds = new HashSet<>(citationParser.parse(entry.citations()).stream().map(Paragraph::id).toList());
        return new Prepared(author, new ReportContent(entry.date(), entry.originalLanguage(), entry.title(), entry.body(),
                themeIds, paragraphIds));
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
