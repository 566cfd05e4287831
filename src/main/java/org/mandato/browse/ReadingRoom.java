package org.mandato.browse;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mandato.browse.BrowsePages.ActorPage;
import org.mandato.browse.BrowsePages.DocumentParagraphs;
import org.mandato.browse.BrowsePages.HomePage;
import org.mandato.browse.BrowsePages.InstitutionChoice;
import org.mandato.browse.BrowsePages.Listing;
import org.mandato.browse.BrowsePages.NationalEntry;
import org.mandato.browse.BrowsePages.NationalReportLink;
import org.mandato.browse.BrowsePages.ParagraphPage;
import org.mandato.browse.BrowsePages.ReportPage;
import org.mandato.browse.BrowsePages.ThemePage;
import org.mandato.browse.BrowsePages.ThemeReports;
import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Summit;
import org.mandato.catalog.Theme;
import org.mandato.national.NationalReports;
import org.mandato.national.ReportingCycles;
import org.mandato.reporting.Report;
import org.mandato.reporting.ReportFilter;
import org.mandato.reporting.Reports;
import org.mandato.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the public pages from the catalogue and the published reports. */
@Service
@Transactional(readOnly = true)
class ReadingRoom {

    static final int LATEST_REPORTS_ON_HOME = 5;

    private final Catalog catalog;
    private final Reports reports;

    private final NationalReports nationalReports;
    private final ReportingCycles cycles;

    ReadingRoom(Catalog catalog, Reports reports, NationalReports nationalReports,
                ReportingCycles cycles) {
        this.catalog = catalog;
        this.reports = reports;
        this.nationalReports = nationalReports;
        this.cycles = cycles;
    }

    HomePage home() {
        List<Theme> topThemes = catalog.themes().stream().filter(Theme::isTopLevel).toList();
        List<NationalReportLink> latestNational = nationalReports.latestPublished(LATEST_REPORTS_ON_HOME).stream()
                .map(r -> new NationalReportLink(catalog.actor(r.countryId()).orElseThrow(), cycles.cycle(r.cycleId()).orElseThrow(),
                        r.path(), r.publishedOn().orElseThrow(), r.entries().size()))
                .toList();
        return new HomePage(catalog.summits(), topThemes, reports.latestPublished(LATEST_REPORTS_ON_HOME), latestNational);
    }

    ThemePage themePage(String slug, String institutionCode, int page) {
        List<Theme> themes = catalog.themes();
        Theme theme = themes.stream().filter(t -> t.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new NotFoundException("theme " + slug));
        Optional<Actor> selected = Optional.empty();
        if (institutionCode != null && !institutionCode.isBlank()) {
            selected = Optional.of(catalog.institution(institutionCode)
                    .orElseThrow(() -> new NotFoundException("institution " + institutionCode)));
        }
        Theme parent = themes.stream().filter(t -> Long.valueOf(t.id()).equals(theme.parentId())).findFirst().orElse(null);
        List<Theme> subThemes = themes.stream().filter(t -> Long.valueOf(theme.id()).equals(t.parentId())).toList();
        Map<Long, Integer> counts = reports.publishedCountsAbout(theme);
        Long selectedId = selected.map(Actor::id).orElse(null);
        List<InstitutionChoice> choices = catalog.institutions().stream()
                .map(i -> new InstitutionChoice(i, counts.getOrDefault(i.id(), 0), Long.valueOf(i.id()).equals(selectedId),
                        theme.path() + "?institution=" + i.code()))
                .toList();
        // The counts per author already say how many there are: no second count of the same rows.
        long total = selectedId == null ? counts.values().stream().mapToLong(Integer::longValue).sum() : counts.getOrDefault(selectedId, 0);
        String path = selected.map(a -> theme.path() + "?institution=" + a.code()).orElse(theme.path());
        checkPage(page, total, path);
        var result = reports.publishedAbout(theme, selectedId, page, Listing.SIZE, total);
        return new ThemePage(theme, parent, subThemes, groupByDocument(catalog.paragraphsAbout(theme)), choices,
                selected.orElse(null), new Listing(result.reports(), total, page, path));
    }

    /** One page of a listing; a page past the last is not found (the first page always exists). */
    private Listing listing(ReportFilter filter, int page, long total, String path) {
        checkPage(page, total, path);
        var result = reports.publishedPage(filter, page, Listing.SIZE, total);
        return new Listing(result.reports(), result.total(), page, path);
    }

    private static void checkPage(int page, long total, String path) {
        if (page < 0 || (page > 0 && (long) page * Listing.SIZE >= total)) {
            throw new NotFoundException("page " + (page + 1) + " of " + path);
        }
    }

    ParagraphPage paragraphPage(String summitSlug, String documentSlug, String paragraphSlug, int page) {
        Summit summit = catalog.summit(summitSlug).orElseThrow(() -> new NotFoundException("summit " + summitSlug));
        Document document = catalog.document(summitSlug, documentSlug)
                .orElseThrow(() -> new NotFoundException("document " + documentSlug));
        List<Paragraph> all = catalog.paragraphsOf(document);
        int index = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).slug().equals(paragraphSlug)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NotFoundException("paragraph " + paragraphSlug);
        }
        Paragraph paragraph = all.get(index);
        var section = paragraph.sectionId() == null ? null : catalog.sectionsOf(document).stream()
                .filter(s -> s.id() == paragraph.sectionId()).findFirst().orElse(null);
        ReportFilter citing = new ReportFilter(java.util.Set.of(), null, null, null, paragraph.id(), null, null, null, null);
        return new ParagraphPage(summit, document, section, paragraph, catalog.themesOf(paragraph),
                listing(citing, page, reports.publishedCount(citing), paragraph.path()),
                index > 0 ? all.get(index - 1) : null,
                index < all.size() - 1 ? all.get(index + 1) : null,
                nationalEntriesAbout(paragraph));
    }

    private List<NationalEntry> nationalEntriesAbout(Paragraph paragraph) {
        return nationalReports.publishedAbout(paragraph.id()).stream()
                .map(entry -> new NationalEntry(catalog.actor(entry.countryId()).orElseThrow(),
                        cycles.cycle(entry.cycleId()).orElseThrow(), entry))
                .toList();
    }

    ActorPage institutionPage(String code, Locale locale) {
        Actor institution = catalog.institution(code).orElseThrow(() -> new NotFoundException("institution " + code));
        return actorPage(institution, locale);
    }

    ActorPage countryPage(String code, Locale locale) {
        Actor country = catalog.country(code).orElseThrow(() -> new NotFoundException("country " + code));
        return actorPage(country, locale);
    }

    ReportPage reportPage(long id) {
        return new ReportPage(reports.published(id).orElseThrow(() -> new NotFoundException("report " + id)));
    }

    /** Reports per theme an actor's page shows; the rest are a link away (the theme page, or search for a country). */
    static final int NEWEST_PER_THEME = 3;

    /** The actor's newest reports under each of their themes, themes in the reader's alphabetical order. */
    private ActorPage actorPage(Actor actor, Locale locale) {
        Reports.AuthorThemes published = reports.publishedByTheme(actor, NEWEST_PER_THEME);
        Collator collator = Collator.getInstance(locale);
        String lang = locale.getLanguage();
        List<ThemeReports> groups = catalog.themes().stream()
                .filter(theme -> published.countsByTheme().containsKey(theme.id()))
                .sorted(Comparator.comparing((Theme t) -> t.name().text(lang), collator).thenComparing(Theme::slug))
                .map(theme -> new ThemeReports(theme, published.newestByTheme().getOrDefault(theme.id(), List.of()),
                        published.countsByTheme().get(theme.id()), allOn(actor, theme)))
                .toList();
        return new ActorPage(actor, groups, published.total(),
                actor.isInstitution() ? List.of() : nationalReports.publishedOf(actor.id()));
    }

    /** Where every report of the actor on the theme is listed, newest first. */
    private static String allOn(Actor actor, Theme theme) {
        return actor.isInstitution() ? theme.path() + "?institution=" + actor.code()
                : "/search?country=" + actor.code() + "&theme=" + theme.slug() + "&sort=date";
    }

    /** Paragraphs grouped under their document, keeping the given order (newest summit first). */
    private List<DocumentParagraphs> groupByDocument(List<Paragraph> paragraphs) {
        Map<Long, Document> documents = catalog.documents().stream().collect(Collectors.toMap(Document::id, Function.identity()));
        Map<Long, Summit> summits = catalog.summits().stream().collect(Collectors.toMap(Summit::id, Function.identity()));
        Map<Long, List<Paragraph>> byDocument = new LinkedHashMap<>();
        for (Paragraph paragraph : paragraphs) {
            byDocument.computeIfAbsent(paragraph.documentId(), d -> new ArrayList<>()).add(paragraph);
        }
        return byDocument.entrySet().stream()
                .map(e -> {
                    Document document = documents.get(e.getKey());
                    return new DocumentParagraphs(summits.get(document.summitId()), document, List.copyOf(e.getValue()));
                })
                .toList();
    }
}
