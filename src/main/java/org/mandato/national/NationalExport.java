package org.mandato.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.national.NationalImport.EntryRow;
import org.mandato.national.NationalImport.IndicatorRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate reading;

    NationalExport(ReportingCycles cycles, PopulationGroups groups, NationalReportRepository reports, Catalog catalog,
                   PlatformTransactionManager transactions) {
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
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

    /**
     * The entry and indicator rows of each national report, published ones (or all when
     * {@code everything}), oldest first, one report at a time, each read in a short transaction of
     * its own: a pack's download holds one report in memory and no connection between reports.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void eachReport(boolean everything, Consumer<Rows> sink) {
        Map<Long, String> cycleSlugs = new HashMap<>();
        cycles.all().forEach(c -> cycleSlugs.put(c.id(), c.slug()));
        Map<Long, Actor> countries = new HashMap<>();
        catalog.countries().forEach(c -> countries.put(c.id(), c));
        Map<Long, Document> documents = new HashMap<>();
        catalog.documents().forEach(d -> documents.put(d.id(), d));
        Map<Long, String> groupCodes = groups.codesById();
        for (long id : reading.execute(status -> reports.idsInIdOrder(everything))) {
            reading.execute(status -> reports.find(id)).ifPresent(report -> sink.accept(rows(report, cycleSlugs.get(report.cycleId()),
                    countries.get(report.countryId()).code().toUpperCase(java.util.Locale.ROOT), documents, groupCodes)));
        }
    }

    private Rows rows(NationalReport report, String cycle, String country, Map<Long, Document> documents, Map<Long, String> groupCodes) {
        List<EntryRow> entries = new ArrayList<>();
        List<IndicatorRow> indicators = new ArrayList<>();
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
