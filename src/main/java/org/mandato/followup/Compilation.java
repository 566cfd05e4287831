package org.mandato.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.mandato.followup.CompilationPages.Book;
import org.mandato.followup.CompilationPages.CompilationForm;
import org.mandato.followup.CompilationPages.CompilationRequest;
import org.mandato.followup.CompilationPages.DocumentRow;
import org.mandato.followup.CompilationPages.Entry;
import org.mandato.followup.CompilationPages.InstitutionPart;
import org.mandato.followup.CompilationPages.InstitutionRow;
import org.mandato.followup.CompilationPages.Summary;
import org.mandato.followup.CompilationPages.ThemePart;
import org.mandato.reporting.Report;
import org.mandato.reporting.ReportFilter;
import org.mandato.reporting.Reports;
import org.mandato.web.FormErrors;
import org.mandato.web.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's compilation of the reports institutions published for a period: by institution,
 * then theme, oldest first, with a coverage summary. Only published reports ever reach it.
 */
@Service
@Transactional(readOnly = true)
class Compilation {

    private final Catalog catalog;
    private final Reports reports;
    private final Clock clock;
    private final int maxReports;

    Compilation(Catalog catalog, Reports reports, Clock clock,
                @Value("${mandato.compilation.max-reports:300}") int maxReports) {
        this.catalog = catalog;
        this.reports = reports;
        this.clock = clock;
        this.maxReports = maxReports;
    }

    /** Reads the form; every problem is reported against the field it concerns. */
    CompilationRequest read(CompilationForm form, Language pageLanguage) {
        FormErrors errors = new FormErrors();
        LocalDate from = date(form.from(), "from", errors);
        LocalDate to = date(form.to(), "to", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("to", "compilation.error.to.beforeFrom");
        }
        Language language = pageLanguage;
        if (!CompilationForm.blank(form.language())) {
            language = Language.fromCode(form.language()).filter(Language.OFFERED::contains).orElse(null);
            if (language == null) {
                errors.add("language", "compilation.error.language");
            }
        }
        Actor institution = null;
        if (!CompilationForm.blank(form.institution())) {
            institution = catalog.institution(form.institution().strip()).orElse(null);
            if (institution == null) {
                errors.add("institution", "compilation.error.institution", form.institution().strip());
            }
        }
        Theme theme = null;
        if (!CompilationForm.blank(form.theme())) {
            theme = catalog.theme(form.theme().strip()).orElse(null);
            if (theme == null) {
                errors.add("theme", "compilation.error.theme", form.theme().strip());
            }
        }
        errors.throwIfAny();
        return new CompilationRequest(from, to, language, institution, theme);
    }

    /** The book for a valid request; a period holding more reports than one book can take is refused. */
    Book compile(CompilationRequest request) {
        List<Actor> institutions = request.institution() != null ? List.of(request.institution()) : catalog.institutions();
        Set<Long> themeIds = request.theme() == null ? Set.of() : catalog.themeAndDescendants(request.theme());
        Map<Long, ReportFilter> filters = new HashMap<>();
        long total = 0;
        for (Actor institution : institutions) {
            ReportFilter filter = new ReportFilter(themeIds, institution.id(), null, null, null, request.from(), request.to(), null, null);
            filters.put(institution.id(), filter);
            total += reports.publishedPage(filter, 0, 0).total();
        }
        if (total > maxReports) {
            throw new FormErrors.Invalid(new FormErrors().add("from", "compilation.error.tooMany", total, maxReports));
        }
        Themes themes = new Themes(catalog.themes());
        Theme onlyUnder = request.theme() == null ? null : themes.top(request.theme());
        List<InstitutionPart> parts = new ArrayList<>();
        List<InstitutionRow> rows = new ArrayList<>();
        List<Actor> silent = new ArrayList<>();
        Set<Long> cited = new HashSet<>();
        Map<Long, Paragraph> citedParagraphs = new HashMap<>();
        for (Actor institution : institutions) {
            List<Report> filed = new ArrayList<>(reports.publishedPage(filters.get(institution.id()), 0, maxReports).reports());
            if (filed.isEmpty()) {
                silent.add(institution);
                continue;
            }
            filed.sort(Comparator.comparing(Report::date).thenComparing(Report::id));
            Set<Long> citedHere = new HashSet<>();
            filed.forEach(r -> r.citations().forEach(p -> {
                citedHere.add(p.id());
                citedParagraphs.put(p.id(), p);
            }));
            cited.addAll(citedHere);
            parts.add(new InstitutionPart(institution, themeParts(institution, filed, themes, onlyUnder), filed.size()));
            rows.add(new InstitutionRow(institution, filed.size(), citedHere.size()));
        }
        int reportCount = rows.stream().mapToInt(InstitutionRow::reports).sum();
        Summary summary = new Summary(reportCount, cited.size(), rows, documentRows(request.theme(), citedParagraphs.values()), silent);
        return new Book(request, LocalDate.now(clock), parts, summary);
    }

    private static List<ThemePart> themeParts(Actor institution, List<Report> filed, Themes themes, Theme onlyUnder) {
        Map<Theme, List<Entry>> byTheme = new LinkedHashMap<>();
        themes.topLevel().forEach(t -> byTheme.put(t, new ArrayList<>()));
        List<Entry> withoutTheme = new ArrayList<>();
        for (Report report : filed) {
            List<Theme> under = report.themes().stream().map(themes::top).distinct()
                    .filter(t -> onlyUnder == null || t.id() == onlyUnder.id())
                    .sorted(Comparator.comparingInt(themes::position)).toList();
            if (under.isEmpty()) {
                withoutTheme.add(new Entry(report, null));
            }
            for (Theme theme : under) {
                byTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(new Entry(report, theme == under.get(0) ? null : under.get(0)));
            }
        }
        List<ThemePart> parts = new ArrayList<>();
        byTheme.forEach((theme, entries) -> {
            if (!entries.isEmpty()) {
                parts.add(new ThemePart(institution, theme, entries));
            }
        });
        if (!withoutTheme.isEmpty()) {
            parts.add(new ThemePart(institution, null, withoutTheme));
        }
        return parts;
    }

    /** Every document with paragraphs in scope (all, or those about the theme), with how many the reports cite. */
    private List<DocumentRow> documentRows(Theme theme, java.util.Collection<Paragraph> citedParagraphs) {
        Map<Long, List<Paragraph>> inScope = new HashMap<>();
        if (theme != null) {
            catalog.paragraphsAbout(theme).forEach(p -> inScope.computeIfAbsent(p.documentId(), d -> new ArrayList<>()).add(p));
        }
        List<DocumentRow> rows = new ArrayList<>();
        for (Document document : catalog.documents()) {
            List<Paragraph> paragraphs = theme == null ? catalog.paragraphsOf(document) : inScope.getOrDefault(document.id(), List.of());
            if (paragraphs.isEmpty()) {
                continue;
            }
            Set<Long> ids = new HashSet<>(paragraphs.stream().map(Paragraph::id).toList());
            int cited = (int) citedParagraphs.stream().filter(p -> ids.contains(p.id())).count();
            rows.add(new DocumentRow(document, cited, paragraphs.size()));
        }
        return rows;
    }

    private static LocalDate date(String text, String field, FormErrors errors) {
        if (CompilationForm.blank(text)) {
            errors.add(field, "compilation.error." + field + ".missing");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "compilation.error." + field + ".invalid", text.strip());
            return null;
        }
    }

    /** The catalogue's themes with their top-level ancestors and order. */
    private record Themes(List<Theme> all, Map<Long, Theme> byId) {

        Themes(List<Theme> all) {
            this(all, all.stream().collect(java.util.stream.Collectors.toMap(Theme::id, t -> t)));
        }

        List<Theme> topLevel() {
            return all.stream().filter(Theme::isTopLevel).toList();
        }

        Theme top(Theme theme) {
            Theme current = theme;
            // Bounded by the number of themes, so a (forbidden) cycle in the data cannot loop forever.
            for (int step = 0; step < all.size() && !current.isTopLevel(); step++) {
                Theme parent = byId.get(current.parentId());
                if (parent == null) {
                    break;
                }
                current = parent;
            }
            return current;
        }

        int position(Theme theme) {
            return all.indexOf(theme);
        }
    }
}
