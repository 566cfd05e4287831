package org.mandato.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports as rows of the pack format (see FORMAT.md): the same columns the importer reads, so that
 * an export imports back unchanged. Public exports hold published reports only.
 */
@Service
@Transactional(readOnly = true)
public class ReportExport {

    static final int BATCH = 500;

    /** One report as a pack row; texts map language → text. */
    public record Row(String key, String author, String date, String originalLanguage, String status, String themes,
                      String citations, Map<String, String> titles, Map<String, String> bodies) {}

    private final ReportRepository repository;
    private final Reports reports;

    ReportExport(ReportRepository repository, Reports reports) {
        this.repository = repository;
        this.reports = reports;
    }

    /** Published reports matching the filter, newest first. */
    public List<Row> published(ReportFilter filter) {
        List<Row> rows = new ArrayList<>();
        int page = 0;
        ReportPage batch;
        do {
            batch = reports.publishedPage(filter, page++, BATCH);
            rows.addAll(rows(batch.reports()));
        } while ((long) page * BATCH < batch.total());
        return rows;
    }

    /** Every report whatever its status, oldest first: the Secretariat's full export. */
    public List<Row> everything() {
        return inIdOrder(false);
    }

    /** Published reports, oldest first: the public export, which imports back in the same order. */
    public List<Row> publishedInIdOrder() {
        return inIdOrder(true);
    }

    private List<Row> inIdOrder(boolean publishedOnly) {
        List<Long> ids = publishedOnly ? repository.findPublishedIds() : repository.findAllIds();
        List<Row> rows = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            rows.addAll(rows(reports.anyStatus(ids.subList(from, Math.min(ids.size(), from + BATCH)))));
        }
        return rows;
    }

    private List<Row> rows(List<Report> batch) {
        Map<Long, String> keys = repository.externalKeys(batch.stream().map(Report::id).toList());
        return batch.stream().map(r -> new Row(keys.get(r.id()), r.author().code(),
                r.date().toString(), r.body().originalLanguage(), r.status().code(),
                r.themes().stream().map(Theme::slug).collect(Collectors.joining(";")),
                r.citations().stream()
                        .sorted(java.util.Comparator.comparing(Paragraph::citationLabel)
                                .thenComparing(Paragraph::number, org.mandato.catalog.ParagraphNumbers.NATURAL_ORDER))
                        .map(Paragraph::citation).collect(Collectors.joining("; ")),
                r.title().byLanguage(), r.body().byLanguage())).toList();
    }
}
