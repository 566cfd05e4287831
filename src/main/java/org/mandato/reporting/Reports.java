package org.mandato.reporting;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published reports, as the public pages ask for them; newest first everywhere. */
@Service
@Transactional(readOnly = true)
public class Reports {

    private final ReportRepository repository;
    private final Catalog catalog;
    private final ReportSummaries summaries;
    private final ThemeListing themeListing;

    Reports(ReportRepository repository, Catalog catalog, ReportSummaries summaries, ThemeListing themeListing) {
        this.repository = repository;
        this.themeListing = themeListing;
        this.catalog = catalog;
        this.summaries = summaries;
    }

    private record CountsAbout(long themeId) {}

    private record Count(ReportFilter filter) {}

    private record LastModified(ReportFilter filter) {}

    public Optional<Report> published(long id) {
        return hydrate(repository.findPublishedById(id)).stream().findFirst();
    }

    /** For each author id, how many published reports it has about the theme or its sub-themes. */
    public Map<Long, Integer> publishedCountsAbout(Theme theme) {
        return summaries.get(new CountsAbout(theme.id()), () -> Map.copyOf(themeListing.countsByAuthor(theme.id())));
    }

    /**
     * A page of the published reports about the theme or its sub-themes, by one author or all
     * (null), newest first, for a page that knows their number ({@code total}) already.
     */
    public ReportPage publishedAbout(Theme theme, Long authorId, int page, int size, long total) {
        List<Long> ids = themeListing.page(theme.id(), authorId, page * size, size);
        return new ReportPage(inOrder(ids, published(ids)), total, page, size, null);
    }

    /**
     * An author's published reports by theme (the reports' own themes): how many under each, and
     * the newest few of each. An institution may have thousands of reports: its page shows a few per
     * theme and links to the rest.
     */
    public AuthorThemes publishedByTheme(Actor author, int newestPerTheme) {
        AuthorFigures figures = summaries.get(new ThemesOf(author.id(), newestPerTheme),
                () -> repository.themesOf(author.id(), newestPerTheme));
        Set<Long> ids = new HashSet<>();
        figures.newestByTheme().values().forEach(ids::addAll);
        List<Report> reports = published(ids);
        Map<Long, List<Report>> newest = new HashMap<>();
        figures.newestByTheme().forEach((theme, themeIds) -> newest.put(theme, inOrder(themeIds, reports)));
        return new AuthorThemes(figures.total(), figures.countsByTheme(), newest);
    }

    /** What {@link #publishedByTheme} answers: the author's number of published reports, and by theme id. */
    public record AuthorThemes(int total, Map<Long, Integer> countsByTheme, Map<Long, List<Report>> newestByTheme) {}

    /** The figures behind {@link AuthorThemes}, kept like other listing figures. */
    record AuthorFigures(int total, Map<Long, Integer> countsByTheme, Map<Long, List<Long>> newestByTheme) {}

    private record ThemesOf(long authorId, int newestPerTheme) {}

    /** The ids of every published report, oldest first. */
    public List<Long> publishedIds() {
        return repository.findPublishedIds();
    }

    /** The published reports among {@code ids}; others are left out. */
    public List<Report> published(java.util.Collection<Long> ids) {
        return hydrate(repository.findPublishedByIds(ids));
    }

    /** A page of published reports matching the filter, newest first; pages count from 0. */
    public ReportPage publishedPage(ReportFilter filter, int page, int size) {
        long total = publishedCount(filter);
        List<Report> reports = page(filter, page, size, total);
        return new ReportPage(reports, total, page, size,
                summaries.get(new LastModified(filter), () -> repository.lastModified(filter)));
    }

    /**
     * A page of published reports matching the filter, newest first, for pages that show a total
     * they already know ({@code total}, or -1 to count) and no date of last change: the reading
     * room's pages, which must not read every matching report to show fifty of them.
     */
    public ReportPage publishedPage(ReportFilter filter, int page, int size, long total) {
        long count = total >= 0 ? total : publishedCount(filter);
        return new ReportPage(page(filter, page, size, count), count, page, size, null);
    }

    /** A page past the last one is empty without asking the database to skip every matching row. */
    private List<Report> page(ReportFilter filter, int page, int size, long total) {
        long offset = (long) page * size;
        return offset >= total ? List.of() : hydrate(repository.findPublished(filter, (int) offset, size));
    }

    /** How many published reports match the filter. */
    public long publishedCount(ReportFilter filter) {
        return summaries.get(new Count(filter), () -> repository.countPublished(filter));
    }

    /** The paragraphs that published reports dated in the period cite, kept for a moment like the listings' counts. */
    public java.util.Set<Long> citedParagraphIds(java.time.LocalDate from, java.time.LocalDate to) {
        return summaries.get(new CitedParagraphs(from, to), () -> java.util.Set.copyOf(repository.citedParagraphIds(from, to)));
    }

    /**
     * Published reports dated in the period (null bounds do not bound), counted by author and
     * top-level theme (a report once under each top-level theme above its themes), from the theme
     * listing's index rather than from the reports, and kept for a moment like the listings' counts.
     */
    public ThemeCounts countsByAuthorAndTopTheme(java.time.LocalDate from, java.time.LocalDate to) {
        return summaries.get(new TopThemeCounts(from, to), () ->
                themeListing.countsByAuthor(catalog.themes().stream().filter(Theme::isTopLevel).map(Theme::id).toList(), from, to));
    }

    private record TopThemeCounts(java.time.LocalDate from, java.time.LocalDate to) {}

    private record CitedParagraphs(java.time.LocalDate from, java.time.LocalDate to) {}

    /**
     * Author id → top-level theme id → reports about that theme or one below it (each report once);
     * author id → reports with any theme.
     */
    public record ThemeCounts(Map<Long, Map<Long, Integer>> byAuthorAndTheme, Map<Long, Integer> byAuthor) {

        public ThemeCounts {
            Map<Long, Map<Long, Integer>> copy = new HashMap<>();
            byAuthorAndTheme.forEach((author, counts) -> copy.put(author, Map.copyOf(counts)));
            byAuthorAndTheme = Map.copyOf(copy);
            byAuthor = Map.copyOf(byAuthor);
        }
    }

    /** Each author's latest published report date. */
    public Map<Long, java.time.LocalDate> lastPublishedByAuthor() {
        return repository.lastPublishedByAuthor();
    }

    public List<Report> latestPublished(int limit) {
        return hydrate(repository.findLatestPublished(limit));
    }

    /**
     * A report's title whatever its status, for the notices sent about it to those who may see it
     * (its authors, the Secretariat); empty when there is no such report.
     */
    public Optional<org.mandato.web.LocalizedText> titleOfAnyStatus(long id) {
        return anyStatus(List.of(id)).stream().findFirst().map(Report::title);
    }

    /** The authors with a report submitted or published, dated in the period: those who have reported for it. */
    public Set<Long> authorsHandedIn(java.time.LocalDate from, java.time.LocalDate to) {
        return repository.authorsHandedIn(from, to);
    }

    /** Reports of any status, in the order given; the caller has checked who may see them. */
    List<Report> anyStatus(List<Long> ids) {
        return inOrder(ids, hydrate(repository.findAnyStatus(ids)));
    }

    /** The reports in the order of {@code ids}; ids without a report are left out. */
    private static List<Report> inOrder(List<Long> ids, List<Report> reports) {
        Map<Long, Report> byId = reports.stream().collect(Collectors.toMap(Report::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private List<Report> hydrate(List<ReportRepository.ReportData> data) {
        if (data.isEmpty()) {
            return List.of();
        }
        List<Theme> themes = catalog.themes();
        Set<Long> paragraphIds = new HashSet<>();
        data.forEach(d -> paragraphIds.addAll(d.paragraphIds()));
        Map<Long, Paragraph> paragraphs = catalog.paragraphs(paragraphIds).stream()
                .collect(Collectors.toMap(Paragraph::id, Function.identity()));
        Map<Long, Actor> authors = new java.util.HashMap<>();
        return data.stream().map(d -> {
            long id = d.row().id();
            Actor author = authors.computeIfAbsent(d.row().authorId(), a -> catalog.actor(a).orElseThrow());
            List<Theme> reportThemes = themes.stream().filter(t -> d.themeIds().contains(t.id())).toList();
            List<Paragraph> cited = d.paragraphIds().stream().map(paragraphs::get).filter(Objects::nonNull).toList();
            return new Report(id, author, d.row().date(), d.row().status(), d.texts().get(id, "title"),
                    d.texts().get(id, "body"), reportThemes, cited);
        }).toList();
    }
}
