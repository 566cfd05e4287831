package org.mandato.exchange;

import java.time.LocalDate;
import java.util.List;

import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.mandato.web.FormErrors;

/**
 * What importing a legacy page did, or would do in a dry run: one entry per report found (a report
 * repeated on the page, e.g. under two themes, is one entry), and every problem with its line.
 * A real import writes only when there is no problem at all.
 */
public record LegacyImportResult(String fileName, boolean dryRun, List<Entry> entries, List<LegacyProblem> problems) {

    /** A report of the page: the lines its blocks start on, and the report already here that it repeats, if any. */
    public record Entry(List<Integer> lines, LocalDate date, List<Theme> themes, List<Paragraph> citations,
                        String excerpt, Long existingReport) {

        public boolean isNew() {
            return existingReport == null;
        }

        public String lineList() {
            return String.join(", ", lines.stream().map(String::valueOf).toList());
        }
    }

    public LegacyImportResult {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    static LegacyImportResult failed(String fileName, boolean dryRun, LegacyProblem problem) {
        return new LegacyImportResult(fileName, dryRun, List.of(), List.of(problem));
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Reports this import created (0 for a dry run or a refused import). */
    public long created() {
        return dryRun || !ok() ? 0 : newReports();
    }

    public long newReports() {
        return entries.stream().filter(Entry::isNew).count();
    }

    public long duplicates() {
        return entries.size() - newReports();
    }

    /** The problems as a form shows them: each beside the field it concerns and in the error summary. */
    public FormErrors errors() {
        FormErrors errors = new FormErrors();
        problems.forEach(p -> errors.add(p.field(), p.key(), p.arguments()));
        return errors;
    }
}
