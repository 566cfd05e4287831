package org.mandato.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Summit;
import org.mandato.catalog.Theme;
import org.mandato.reporting.Reports;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads from the database what the index holds: every paragraph, and the published reports only. */
@Component
@Transactional(readOnly = true)
class IndexContent {

    static final int REPORT_BATCH = 500;

    private final Catalog catalog;
    private final Reports reports;

    IndexContent(Catalog catalog, Reports reports) {
        this.catalog = catalog;
        this.reports = reports;
    }

    List<Document> paragraphs() {
        Map<Long, Summit> summits = summitsById();
        Map<Long, Theme> themes = catalog.themes().stream().collect(Collectors.toMap(Theme::id, Function.identity()));
        List<Document> documents = new ArrayList<>();
        for (var document : catalog.documents()) {
            List<Paragraph> paragraphs = catalog.paragraphsOf(document);
            Map<Long, List<Long>> themeIds = catalog.themeIdsByParagraph(paragraphs.stream().map(Paragraph::id).toList());
            for (Paragraph paragraph : paragraphs) {
                List<Theme> paragraphThemes = themeIds.getOrDefault(paragraph.id(), List.of()).stream().map(themes::get).toList();
                documents.add(SearchDocuments.paragraph(paragraph,
                        new SearchDocuments.ParagraphContext(document, summits.get(document.summitId()), paragraphThemes)));
            }
        }
        return documents;
    }

    List<Long> publishedReportIds() {
        return reports.publishedIds();
    }

    /** The index documents of these reports, skipping any that is not (or no longer) published. */
    List<Document> reports(List<Long> ids) {
        Map<Long, Summit> summits = summitsById();
        Map<Long, org.mandato.catalog.Document> documents = catalog.documents().stream()
                .collect(Collectors.toMap(org.mandato.catalog.Document::id, Function.identity()));
        return reports.published(Set.copyOf(ids)).stream()
                .map(r -> SearchDocuments.report(r, summits, documents::get))
                .toList();
    }

    Optional<Document> report(long id) {
        return reports(List.of(id)).stream().findFirst();
    }

    private Map<Long, Summit> summitsById() {
        return catalog.summits().stream().collect(Collectors.toMap(Summit::id, Function.identity()));
    }
}
