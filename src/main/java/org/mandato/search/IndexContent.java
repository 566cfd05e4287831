package org.mandato.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Summit;
import org.mandato.catalog.Theme;
import org.mandato.national.NationalReport;
import org.mandato.national.NationalReports;
import org.mandato.national.ReportingCycle;
import org.mandato.national.ReportingCycles;
import org.mandato.reporting.Reports;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads from the database what the index holds: every paragraph, the published reports and the entries of published national reports. */
@Component
@Transactional(readOnly = true)
class IndexContent {

    static final int REPORT_BATCH = 500;

    private final Catalog catalog;
    private final Reports reports;
    private final NationalReports nationalReports;
    private final ReportingCycles cycles;
    private final SearchGlossary glossary;

    IndexContent(Catalog catalog, Reports reports, NationalReports nationalReports, ReportingCycles cycles, SearchGlossary glossary) {
        this.glossary = glossary;
        this.catalog = catalog;
        this.reports = reports;
        this.nationalReports = nationalReports;
        this.cycles = cycles;
    }

    /** Every paragraph; the first content of a rebuild, which therefore reads the glossary afresh. */
    List<Document> paragraphs() {
        GlossaryTerms terms = glossary.fresh().terms();
        Map<Long, Summit> summits = summitsById();
        Map<Long, Theme> themes = catalog.themes().stream().collect(Collectors.toMap(Theme::id, Function.identity()));
        List<Document> documents = new ArrayList<>();
        for (var document : catalog.documents()) {
            List<Paragraph> paragraphs = catalog.paragraphsOf(document);
            Map<Long, List<Long>> themeIds = catalog.themeIdsByParagraph(paragraphs.stream().map(Paragraph::id).toList());
            for (Paragraph paragraph : paragraphs) {
                List<Theme> paragraphThemes = themeIds.getOrDefault(paragraph.id(), List.of()).stream().map(themes::get).toList();
                documents.add(SearchDocuments.paragraph(paragraph,
                        new SearchDocuments.ParagraphContext(document, summits.get(document.summitId()), paragraphThemes), terms));
            }
        }
        return documents;
    }

    List<Long> publishedReportIds() {
        return reports.publishedIds();
    }

    /** The index documents of these reports, skipping any that is not (or no longer) published. */
    List<Document> reports(List<Long> ids) {
        GlossaryTerms terms = glossary.current().terms();
        Map<Long, Summit> summits = summitsById();
        Map<Long, org.mandato.catalog.Document> documents = catalog.documents().stream()
                .collect(Collectors.toMap(org.mandato.catalog.Document::id, Function.identity()));
        return reports.published(Set.copyOf(ids)).stream()
                .map(r -> SearchDocuments.report(r, summits, documents::get, terms))
                .toList();
    }

    Optional<Document> report(long id) {
        return reports(List.of(id)).stream().findFirst();
    }

    /** The entries of every published national report. */
    List<Document> nationalEntries() {
        return nationalEntries(nationalReports.published());
    }

    /** The entries of one national report; none when it is not (or no longer) published. */
    List<Document> nationalEntries(long reportId) {
        return nationalEntries(nationalReports.published(reportId).stream().toList());
    }

    private List<Document> nationalEntries(List<NationalReport> published) {
        if (published.isEmpty()) {
            return List.of();
        }
        GlossaryTerms terms = glossary.current().terms();
        Map<Long, Summit> summits = summitsById();
        Map<Long, org.mandato.catalog.Document> documents = catalog.documents().stream()
                .collect(Collectors.toMap(org.mandato.catalog.Document::id, Function.identity()));
        Map<Long, Theme> themes = catalog.themes().stream().collect(Collectors.toMap(Theme::id, Function.identity()));
        List<Long> paragraphIds = published.stream().flatMap(r -> r.entries().stream()).map(NationalReport.Entry::paragraphId)
                .distinct().toList();
        Map<Long, Paragraph> paragraphs = catalog.paragraphs(paragraphIds).stream()
                .collect(Collectors.toMap(Paragraph::id, Function.identity()));
        Map<Long, List<Long>> themeIds = catalog.themeIdsByParagraph(paragraphIds);
        List<Document> entries = new ArrayList<>();
        for (NationalReport report : published) {
            Actor country = catalog.actor(report.countryId()).orElseThrow();
            ReportingCycle cycle = cycles.cycle(report.cycleId()).orElseThrow();
            for (NationalReport.Entry entry : report.entries()) {
                Paragraph paragraph = paragraphs.get(entry.paragraphId());
                org.mandato.catalog.Document document = documents.get(paragraph.documentId());
                List<Theme> paragraphThemes = themeIds.getOrDefault(paragraph.id(), List.of()).stream().map(themes::get).toList();
                entries.add(SearchDocuments.nationalEntry(entry, new SearchDocuments.NationalContext(report, country, cycle,
                        paragraph, document, summits.get(document.summitId()), paragraphThemes), terms));
            }
        }
        return entries;
    }

    private Map<Long, Summit> summitsById() {
        return catalog.summits().stream().collect(Collectors.toMap(Summit::id, Function.identity()));
    }
}
