package org.mandato.national;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Summit;
import org.mandato.national.NationalReportRepository.Standing;
import org.mandato.national.NationalReportWorkflow.Workspace;
import org.mandato.reporting.ReportStatus;
import org.mandato.web.FormErrors;

/** The models of the national reporting pages. */
public final class NationalPages {

    private NationalPages() {
    }

    /**
     * Where one country stands in one cycle. {@code standing} is "none" (never opened), or the report's
     * status; {@code overdue} when nothing was submitted and the due date has passed.
     */
    public record DueRow(ReportingCycle cycle, Actor country, Long reportId, String standing, LocalDate submittedOn,
                         int entries, boolean overdue, long daysLeft) {

        static DueRow of(ReportingCycle cycle, Actor country, Standing standing, LocalDate today) {
            String status = standing == null ? "none" : standing.status().code();
            boolean handedIn = standing != null && standing.status() != ReportStatus.DRAFT;
            LocalDate submitted = standing == null || standing.submittedAt() == null ? null : standing.submittedAt().toLocalDate();
            return new DueRow(cycle, country, standing == null ? null : standing.reportId(), status, handedIn ? submitted : null,
                    standing == null ? 0 : standing.entries(), !handedIn && cycle.isPastDue(today),
                    java.time.temporal.ChronoUnit.DAYS.between(today, cycle.dueDate()));
        }

        public boolean handedIn() {
            return !standing.equals("none") && !standing.equals("draft");
        }
    }

    /** The due-date view: rows, and the counts by where they stand. */
    public record DuePage(List<DueRow> rows, boolean secretariat, String filter, long overdue, long due, long handedIn) {

        static DuePage of(List<DueRow> all, boolean secretariat, String filter) {
            List<DueRow> shown = switch (filter) {
                case "overdue" -> all.stream().filter(DueRow::overdue).toList();
                case "due" -> all.stream().filter(r -> !r.overdue() && !r.handedIn()).toList();
                case "submitted" -> all.stream().filter(DueRow::handedIn).toList();
                default -> all;
            };
            return new DuePage(shown, secretariat, filter, all.stream().filter(DueRow::overdue).count(),
                    all.stream().filter(r -> !r.overdue() && !r.handedIn()).count(), all.stream().filter(DueRow::handedIn).count());
        }
    }

    /** A report being written or reviewed, with the mandates one may add and any form errors. */
    /** {@code typed}: the comment or reason sent with a refused action, shown again in its field. */
    public record WorkspacePage(Workspace workspace, Map<Document, List<Paragraph>> mandates, FormErrors errors, String notice,
                                Map<String, String> typed) {
        public String typed(String field) {
            return typed.getOrDefault(field, "");
        }
    }

    /**
     * The form for one entry: a new one chooses its mandate in {@code picker}, a stored one shows its
     * mandate ({@code fixed}). {@code removals}, when not empty, are what the save would remove, shown
     * for confirmation.
     */
    public record EntryPage(Workspace workspace, MandatePicker picker, Paragraph fixed, Long entryId, EntryForm form,
                            List<PopulationGroup> groups, FormErrors errors, boolean outdated, boolean kept,
                            List<EntryForm.Removal> removals) {

        public String action() {
            return workspace.report().workPath() + "/entries" + (entryId == null ? "" : "/" + entryId);
        }

        /** The Secretariat's comment on a report returned to the country, shown above the form until it is submitted again. */
        public String returnComment() {
            NationalReport report = workspace.report();
            return report.status() == ReportStatus.DRAFT ? report.returnComment() : null;
        }
    }

    /** Asks whether an entry, with its indicators and values, is to be removed. */
    public record RemoveEntryPage(Workspace workspace, NationalReport.Entry entry, Paragraph paragraph) {

        public long values() {
            return entry.indicators().stream().mapToLong(i -> i.values().size()).sum();
        }
    }

    /** The published national reports, by cycle. */
    public record ListPage(List<ReportingCycle> cycles, Map<Long, List<NationalReport>> reportsByCycle, Map<Long, Actor> countries) {}

    /** A published national report for the public. */
    public record ReportPage(NationalReport report, ReportingCycle cycle, Actor country, Map<Long, Paragraph> paragraphs,
                             Map<Long, Document> documents, Map<Long, PopulationGroup> groups) {}

    /**
     * The Secretariat's review of a national report on its public page: its status and version, the
     * comparison with what it said when last returned ({@code changes}, null when it never was), and the
     * publish and return forms with any refusal and the words typed.
     */
    public record ReviewPanel(Workspace workspace, List<org.mandato.reporting.TextDiff.Line> changes, FormErrors errors,
                              Map<String, String> typed) {
        public String typed(String field) {
            return typed.getOrDefault(field, "");
        }

        public boolean unchanged() {
            return changes != null && changes.stream().allMatch(line -> line.kind().equals("equal"));
        }
    }

    /** Asks before a national report is published. */
    public record ConfirmPublishPage(Workspace workspace) {}

    public record CyclesPage(List<ReportingCycle> cycles, Map<Long, Summit> summits, boolean saved) {}

    public record CycleFormPage(Long id, CycleForm form, List<Summit> summits, FormErrors errors) {

        public boolean isNew() {
            return id == null;
        }

        public String action() {
            return "/secretariat/cycles/" + (id == null ? "new" : id);
        }
    }

    public record GroupsPage(List<PopulationGroup> groups, boolean saved) {}

    public record GroupFormPage(Long id, String code, Map<String, String> names, FormErrors errors) {

        public boolean isNew() {
            return id == null;
        }

        public String action() {
            return "/secretariat/groups/" + (id == null ? "new" : id);
        }
    }
}
