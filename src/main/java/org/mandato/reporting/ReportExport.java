package org.mandato.reporting;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.mandato.reporting.ReportRepository.ReportRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reports as rows of the pack format (see FORMAT.md): the same columns the importer reads, so that
 * an export imports back unchanged. Public exports hold published reports only.
 *
 * <p>Exports are handed over {@link #BATCH} rows at a time, each batch read in a short transaction of
 * its own and found by where the previous one ended: a download of a million reports holds neither
 * the reports in memory nor a database connection while the client reads what was sent.
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class ReportExport {

    static final int BATCH = 500;

    /** One report as a pack row; texts map language → text. */
    public record Row(String key, String author, String date, String originalLanguage, String status, String themes,
                      String citations, Map<String, String> titles, Map<String, String> bodies) {}

    private final ReportRepository repository;
    private final Reports reports;
    private final TransactionTemplate reading;
    private int batch = BATCH;

    ReportExport(ReportRepository repository, Reports reports, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.reports = reports;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** Published reports matching the filter, newest first, a batch at a time. */
    public void published(ReportFilter filter, Consumer<List<Row>> batches) {
        each(after -> repository.findPublishedAfter(filter, after, batch), row -> true, batches);
    }

    /** Every report whatever its status, oldest first, a batch at a time: the Secretariat's full export. */
    public void everything(Consumer<List<Row>> batches) {
        each(after -> repository.findInIdOrderAfter(after == null ? 0 : after.id(), batch), row -> true, batches);
    }

    /**
     * Published reports, oldest first, a batch at a time: the public export, which imports back in the
     * same order. Reports of every status are walked in the primary key's order and the others left
     * out: asked for published ones only, H2 took the status's index and sorted every published
     * report again for each batch.
     */
    public void publishedInIdOrder(Consumer<List<Row>> batches) {
        each(after -> repository.findInIdOrderAfter(after == null ? 0 : after.id(), batch),
                row -> row.status() == ReportStatus.PUBLISHED, batches);
    }

    /** Batches smaller than {@link #BATCH}, for tests that cross batch boundaries on a few reports. */
    void batchSize(int size) {
        this.batch = size;
    }

    /** Reads batches through {@code next} from where the last one ended, and hands over the rows {@code kept} of each. */
    private void each(Function<ReportRow, List<ReportRow>> next, Predicate<ReportRow> kept, Consumer<List<Row>> batches) {
        ReportRow after = null;
        while (true) {
            ReportRow from = after;
            Batch read = reading.execute(status -> {
                List<ReportRow> rows = next.apply(from);
                List<Long> ids = rows.stream().filter(kept).map(ReportRow::id).toList();
                return new Batch(rows, ids.isEmpty() ? List.of() : rows(reports.anyStatus(ids)));
            });
            if (!read.exported().isEmpty()) {
                batches.accept(read.exported());
            }
            if (read.rows().size() < batch) {
                return;
            }
            after = read.rows().get(read.rows().size() - 1);
        }
    }

    private record Batch(List<ReportRow> rows, List<Row> exported) {}

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
