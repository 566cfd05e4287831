package org.mandato.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.national.NationalImport.EntryRow;
import org.mandato.national.NationalImport.IndicatorRow;
import org.mandato.reporting.ReportStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** National reporting as the rows {@link NationalImport} reads, for pack exports. */
@Service
@Transactional(readOnly = true)
public class NationalExport {

    /** A cycle as a pack row: summits by slug, names by language. */
    public record CycleRow(String slug, LocalDate start, LocalDate end, LocalDate due, List<String> summits, Map<String, String> names) {}

    private final ReportingCycles cycles;
    private final PopulationGroups groups;
    private final NationalReportRepository reports;
    private final Catalog catalog;

    NationalExport(ReportingCycles cycles, PopulationGroups groups, NationalReportRepository reports, Catalog catalog) {
        this.cycles = cycles;
        this.groups = groups;
        this.reports = reports;
        this.catalog = catalog;
    }

    /** Cycles oldest first, so that a pack lists them in the order they were set. */
    public List<CycleRow> cycles() {
        Map<Long, String> summitSlugs = new HashMap<>();
        catalog.summits().forEach(s -> summitSlugs.put(s.id(), s.slug()));
        List<ReportingCycle> all = new ArrayList<>(cycles.all());
        all.sort(java.util.Comparator.comparing(ReportingCycle::dueDate).thenComparing(ReportingCycle::id));
        return all.stream().map(c -> new CycleRow(c.slug(), c.periodStart(), c.periodEnd(), c.dueDate(),
                c.summitIds().stream().map(summitSlugs::get).toList(), c.name().byLanguage())).toList();
    }

    public List<PopulationGroup> groups() {
        return groups.all();
    }

    /** Entry rows, then indicator rows, of published reports (or of all reports when {@code everything}). */
    public Rows rows(boolean everything) {
        Map<Long, String> cycleSlugs = new HashMap<>();
        cycles.all().forEach(c -> cycleSlugs.put(c.id(), c.slug()));
        Map<Long, Actor> countries = new HashMap<>();
        catalog.countries().forEach(c -> countries.put(c.id(), c));
        Map<Long, Document> documents = new HashMap<>();
        catalog.documents().forEach(d -> documents.put(d.id(), d));
        Map<Long, String> groupCodes = groups.codesById();
        List<EntryRow> entries = new ArrayList<>();
        List<IndicatorRow> indicators = new ArrayList<>();
        for (NationalReport report : reports.findAllInIdOrder()) {
            if (!everything && report.status() != ReportStatus.PUBLISHED) {
                continue;
            }
            String cycle = cycleSlugs.get(report.cycleId());
            String country = countries.get(report.countryId()).code().toUpperCase(java.util.Locale.ROOT);
            Map<Long, Paragraph> paragraphs = new HashMap<>();
            catalog.paragraphs(report.entries().stream().map(NationalReport.Entry::paragraphId).toList()).forEach(p -> paragraphs.put(p.id(), p));
            for (NationalReport.Entry entry : report.entries()) {
                Paragraph paragraph = paragraphs.get(entry.paragraphId());
                Document document = documents.get(paragraph.documentId());
                String path = document.summitSlug() + "/" + document.slug();
                entries.add(new EntryRow(cycle, country, report.status(), day(report.submittedAt()), day(report.publishedAt()), path,
                        paragraph.number(), entry.status().code(), entry.goals(), entry.policies(), entry.limitations(), entry.nextSteps()));
                for (NationalReport.Indicator indicator : entry.indicators()) {
                    indicators.add(new IndicatorRow(cycle, country, path, paragraph.number(), indicator.name(), indicator.unit(),
                            plain(indicator.baselineValue()), indicator.baselineYear(), plain(indicator.targetValue()),
                            indicator.targetYear(), EntryForm.valueLines(indicator.values(), groupCodes).strip()));
                }
            }
        }
        return new Rows(entries, indicators);
    }

    public record Rows(List<EntryRow> entries, List<IndicatorRow> indicators) {}

    private static LocalDate day(java.time.OffsetDateTime moment) {
        return moment == null ? null : moment.toLocalDate();
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

}
