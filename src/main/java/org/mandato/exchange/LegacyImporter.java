package org.mandato.exchange;

import java.util.List;
import java.util.Map;

import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.mandato.reporting.ReportImport;
import org.mandato.reporting.ReportImport.ReportEntry;
import org.mandato.reporting.ReportStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the text of pages of the legacy site (see {@link LegacyPageParser}) as published reports
 * of the institution, marked with the file they came from. A dry run says what would be created,
 * what is already here and what is wrong; a real import writes everything in one transaction, or
 * nothing when anything is wrong. Importing a page twice creates nothing the second time.
 */
@Service
public class LegacyImporter {

    /** Receives the number of reports written so far and how many there are to write. */
    public interface Progress {
        void written(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    private static final Logger log = LoggerFactory.getLogger(LegacyImporter.class);
    /** The legacy site's pages were in English; the Spanish ones were translations. */
    private static final String LANGUAGE = "en";
    private static final int PROGRESS_EVERY = 100;

    private final LegacyPlanner planner;
    private final ReportImport reports;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    LegacyImporter(LegacyPlanner planner, ReportImport reports, TransactionTemplate transactions,
                   ApplicationEventPublisher events) {
        this.planner = planner;
        this.reports = reports;
        this.transactions = transactions;
        this.events = events;
    }

    /** What importing the page would do; writes nothing. */
    public LegacyImportResult check(LegacyImportRequest request) {
        return process(request, true, Progress.NONE);
    }

    /** Imports the page: every new report, or nothing when the result lists any problem. */
    public LegacyImportResult run(LegacyImportRequest request, Progress progress) {
        return process(request, false, progress);
    }

    public LegacyImportResult run(LegacyImportRequest request) {
        return run(request, Progress.NONE);
    }

    /** The largest file taken, in megabytes. */
    public static long maxMegabytes() {
        return LegacyFile.MAX_BYTES / (1024 * 1024);
    }

    private LegacyImportResult process(LegacyImportRequest request, boolean dryRun, Progress progress) {
        String source = request.sourceName();
        LegacyFile.Read read = LegacyFile.read(request.fileName(), request.size(), request.content());
        if (read.problem() != null) {
            return LegacyImportResult.failed(source, dryRun, read.problem());
        }
        return transactions.execute(status -> {
            LegacyPlanner.Plan plan = planner.plan(LegacySource.of(source, read.text()), request.theme(), request.institution());
            List<LegacyImportResult.Entry> entries = plan.reports().stream().map(LegacyPlanner.Planned::entry).toList();
            List<LegacyImportResult.SkippedLine> skipped = plan.skipped().stream()
                    .map(line -> new LegacyImportResult.SkippedLine(line.line(), line.text())).toList();
            if (dryRun || !plan.problems().isEmpty()) {
                status.setRollbackOnly();
                return new LegacyImportResult(source, dryRun, entries, plan.institution(), plan.theme(), skipped, plan.problems());
            }
            try {
                int written = write(plan.reports(), source, progress);
                if (written > 0) {
                    events.publishEvent(new PackImporter.PackLoaded("legacy import " + source));
                }
                log.info("Imported {} reports from legacy page '{}' ({} already here)", written, source,
                        entries.size() - written);
                return new LegacyImportResult(source, false, entries, plan.institution(), plan.theme(), skipped, List.of());
            } catch (IllegalArgumentException | DataAccessException e) {
                status.setRollbackOnly();
                log.warn("Legacy import of '{}' rolled back", source, e);
                return new LegacyImportResult(source, false, entries, plan.institution(), plan.theme(), skipped,
                        List.of(LegacyProblem.of(LegacyProblem.FILE, "legacy.error.failed", String.valueOf(e.getMessage()))));
            }
        });
    }

    private int write(List<LegacyPlanner.Planned> planned, String source, Progress progress) {
        List<LegacyPlanner.Planned> fresh = planned.stream().filter(p -> p.existing() == null).toList();
        int done = 0;
        for (LegacyPlanner.Planned report : fresh) {
            String citations = String.join("; ", report.citations().stream().map(Paragraph::citation).toList());
            reports.report(new ReportEntry(report.key(), report.author().code(), report.date(), LANGUAGE,
                    ReportStatus.PUBLISHED, report.themes().stream().map(Theme::slug).toList(), citations,
                    Map.of(), Map.of(LANGUAGE, report.body())), source);
            done++;
            if (done % PROGRESS_EVERY == 0) {
                progress.written(done, fresh.size());
            }
        }
        return done;
    }
}
