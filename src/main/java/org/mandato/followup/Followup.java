package org.mandato.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.mandato.followup.FollowupPages.CoveragePage;
import org.mandato.followup.FollowupPages.FreshnessPage;
import org.mandato.followup.FollowupPages.FreshnessRow;
import org.mandato.followup.FollowupPages.HeatMap;
import org.mandato.followup.FollowupPages.HeatRow;
import org.mandato.followup.FollowupPages.Scope;
import org.mandato.national.NationalReports;
import org.mandato.reporting.Reports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coverage of mandates by published reports, the institution × theme heat map, and reporting freshness. */
@Service
@Transactional(readOnly = true)
public class Followup {

    private final Catalog catalog;
    private final Reports reports;
    private final NationalReports nationalReports;
    private final Clock clock;

    Followup(Catalog catalog, Reports reports, NationalReports nationalReports, Clock clock) {
        this.catalog = catalog;
        this.reports = reports;
        this.nationalReports = nationalReports;
        this.clock = clock;
    }

    /**
     * The paragraphs in scope, how many some report published in the period speaks of (an institution's
     * report citing it, or a country's national report with an entry for it), and the others (orphans).
     */
    public CoveragePage coverage(Scope scope) {
        List<Paragraph> inScope = paragraphsIn(scope);
        Set<Long> cited = new java.util.HashSet<>(reports.citedParagraphIds(scope.from(), scope.to()));
        cited.addAll(nationalReports.reportedParagraphIds(scope.from(), scope.to()));
        List<Paragraph> orphans = inScope.stream().filter(p -> !cited.contains(p.id())).toList();
        return new CoveragePage(scope, catalog.summits(), catalog.documents(), catalog.themes(), inScope.size(),
                inScope.size() - orphans.size(), orphans, heatMap(scope));
    }

    public FreshnessPage freshness() {
        LocalDate today = LocalDate.now(clock);
        // A country's latest report may be an ordinary report or a national report: the later one counts.
        Map<Long, LocalDate> last = new java.util.HashMap<>(reports.lastPublishedByAuthor());
        nationalReports.lastPublishedByCountry().forEach((country, day) -> last.merge(country, day, (a, b) -> a.isAfter(b) ? a : b));
        return new FreshnessPage(rows(catalog.institutions(), last, today), rows(catalog.countries(), last, today), today);
    }

    /** Green under a year since the last published report, amber up to two years, red beyond, grey for never. */
    static String light(LocalDate lastReport, LocalDate today) {
        if (lastReport == null) {
            return "grey";
        }
        if (lastReport.isAfter(today.minusYears(1))) {
            return "green";
        }
        return lastReport.isAfter(today.minusYears(2)) ? "amber" : "red";
    }

    private List<FreshnessRow> rows(List<Actor> actors, Map<Long, LocalDate> last, LocalDate today) {
        return actors.stream().map(a -> new FreshnessRow(a, last.get(a.id()), light(last.get(a.id()), today))).toList();
    }

    /** Institutions by top-level theme, counted in the database: one query however many reports there are. */
    private HeatMap heatMap(Scope scope) {
        List<Theme> columns = catalog.themes().stream().filter(Theme::isTopLevel).toList();
        Reports.ThemeCounts counts = reports.countsByAuthorAndTopTheme(scope.from(), scope.to());
        List<HeatRow> rows = new ArrayList<>();
        int max = 0;
        for (Actor institution : catalog.institutions()) {
            Map<Long, Integer> byTheme = counts.byAuthorAndTheme().getOrDefault(institution.id(), Map.of());
            List<Integer> cells = new ArrayList<>();
            for (Theme theme : columns) {
                int count = byTheme.getOrDefault(theme.id(), 0);
                cells.add(count);
                max = Math.max(max, count);
            }
            rows.add(new HeatRow(institution, cells, counts.byAuthor().getOrDefault(institution.id(), 0)));
        }
        return new HeatMap(columns, rows, max);
    }

    private List<Paragraph> paragraphsIn(Scope scope) {
        Stream<Document> documents = catalog.documents().stream();
        if (scope.document() != null) {
            documents = documents.filter(d -> d.id() == scope.document().id());
        } else if (scope.summit() != null) {
            documents = documents.filter(d -> d.summitId() == scope.summit().id());
        }
        List<Paragraph> paragraphs = documents.flatMap(d -> catalog.paragraphsOf(d).stream()).toList();
        if (scope.theme() != null) {
            Set<Long> about = Set.copyOf(catalog.paragraphsAbout(scope.theme()).stream().map(Paragraph::id).toList());
            paragraphs = paragraphs.stream().filter(p -> about.contains(p.id())).toList();
        }
        return paragraphs;
    }
}
