package org.mandato.exchange;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.mandato.web.FormErrors;

/**
 * What importing a legacy page did, or would do in a dry run: one entry per report found (a report
 * repeated on the page, e.g. under two themes, is one entry), the page's institution and theme when
 * known (null otherwise), the lines skipped as page chrome, and every problem with its line.
 * A real import writes only when there is no problem at all.
 */
public record LegacyImportResult(String fileName, boolean dryRun, List<Entry> entries, Actor institution, Theme theme,
                                 List<SkippedLine> skipped, List<LegacyProblem> problems) {

    /** A line of the page left out as chrome (navigation, tabs, a drop-down), with its text. */
    public record SkippedLine(int line, String text) {}

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
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }

    static LegacyImportResult failed(String fileName, boolean dryRun, LegacyProblem problem) {
        return new LegacyImportResult(fileName, dryRun, List.of(), null, null, List.of(), List.of(problem));
    }

    /** The themes the page's reports are filed under, or the page's own theme when it has no report to show. */
    public List<Theme> themes() {
        Set<Theme> themes = new LinkedHashSet<>();
        entries.forEach(entry -> themes.addAll(entry.themes()));
        if (themes.isEmpty() && theme != null) {
            themes.add(theme);
        }
        return List.copyOf(themes);
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
