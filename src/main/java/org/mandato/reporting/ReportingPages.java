package org.mandato.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Document;
import org.mandato.catalog.Summit;
import org.mandato.catalog.Theme;
import org.mandato.web.FormErrors;

/** The models of the pages where reports are written, reviewed and traced. */
public final class ReportingPages {

    private ReportingPages() {
    }

    /** {@code nationalReporting}: the person writes or reviews national reports too. */
    /** {@code duty}: for a national coordinator, their country's national report for the open cycle, which the page leads with; else null. */
    public record MyWorkPage(Map<WorkSection, WorkList> lists, boolean secretariat, boolean nationalReporting, CountryDuties.Duty duty) {

        public WorkList list(WorkSection section) {
            return lists.get(section);
        }
    }

    /** One list of "My work" on a page of its own, paged. */
    public record WorkListPage(WorkList list, boolean secretariat) {}

    /** A list of "My work": the reports of one status, drafts returned with a comment apart from the others. */
    public enum WorkSection {
        RETURNED(ReportStatus.DRAFT, true), DRAFTS(ReportStatus.DRAFT, false), SUBMITTED(ReportStatus.SUBMITTED, null),
        PUBLISHED(ReportStatus.PUBLISHED, null), WITHDRAWN(ReportStatus.WITHDRAWN, null);

        private final ReportStatus status;
        /** True: only drafts returned with a comment; false: only the others; null: either. */
        private final Boolean returned;

        WorkSection(ReportStatus status, Boolean returned) {
            this.status = status;
            this.returned = returned;
        }

        ReportStatus status() {
            return status;
        }

        Boolean returned() {
            return returned;
        }

        /** The message key of the list's title; the Secretariat reviews what others submit. */
        public String titleKey(boolean secretariat) {
            return switch (this) {
                case RETURNED -> "myWork.returned";
                case DRAFTS -> "myWork.drafts";
                case SUBMITTED -> secretariat ? "myWork.awaitingReview" : "myWork.submitted";
                case PUBLISHED -> "myWork.published";
                case WITHDRAWN -> "myWork.withdrawn";
            };
        }

        /** The message key saying the list is empty. */
        public String emptyKey() {
            return switch (this) {
                case RETURNED -> "myWork.returned.none";
                case DRAFTS -> "myWork.drafts.none";
                case SUBMITTED -> "myWork.submitted.none";
                case PUBLISHED, WITHDRAWN -> "myWork.published.none";
            };
        }

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<WorkSection> of(String slug) {
            for (WorkSection section : values()) {
                if (section.slug().equals(slug)) {
                    return Optional.of(section);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One page of a list: {@code page} counts from 0, {@code size} reports a page; {@code comments}
     * holds the Secretariat's comment on each returned report.
     */
    public record WorkList(WorkSection section, long total, List<Report> reports, Map<Long, String> comments, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public long first() {
            return (long) page * size + 1;
        }

        public long last() {
            return (long) page * size + reports.size();
        }

        /** More reports than this page shows. */
        public boolean hasMore() {
            return total > reports.size();
        }

        public String path() {
            return "/my/work/" + section.slug();
        }

        /** The address of another page of the whole list (page from 0). */
        public String href(int other) {
            return other == 0 ? path() : path() + "?page=" + (other + 1);
        }

        public String comment(Report report) {
            return comments.get(report.id());
        }
    }


    /** The editor; {@code reportId} is null for a new report, {@code notice} a message key or null. */
    public record EditorPage(Long reportId, ReportForm form, FormErrors errors, List<Theme> themes, List<Summit> summits,
                             List<Document> documents, List<Actor> authors, Actor fixedAuthor, String notice,
                             List<CitationSuggestions.Suggestion> suggestions) {

        /** The themes as the form lists them: each top-level theme followed by its sub-themes, which the page indents. */
        public List<Theme> themesInTree() {
            List<Theme> ordered = new java.util.ArrayList<>();
            for (Theme theme : themes) {
                if (theme.isTopLevel()) {
                    ordered.add(theme);
                    themes.stream().filter(sub -> theme.id() == (sub.parentId() == null ? -1 : sub.parentId())).forEach(ordered::add);
                }
            }
            themes.stream().filter(theme -> !ordered.contains(theme)).forEach(ordered::add);
            return ordered;
        }

        /** The documents of one summit, for the citation picker's groups. */
        public List<Document> documentsOf(Summit summit) {
            return documents.stream().filter(d -> d.summitId() == summit.id()).toList();
        }

        public boolean isNew() {
            return reportId == null;
        }

        public String action() {
            return isNew() ? "/my/reports/new" : "/my/reports/" + reportId + "/edit";
        }
    }

    /** {@code canSave}: the report is still editable by this person, so their text may be saved over the current one. */
    public record ConflictPage(long reportId, ReportForm mine, ReportForm current, boolean canSave, List<Theme> themes) {}

    /** {@code typed}: the comment or reason sent with a refused action, shown again in its field. */
    public record ReportViewPage(ReportWorkflow.ReportView view, FormErrors errors, Map<String, String> typed) {
        ReportViewPage(ReportWorkflow.ReportView view, FormErrors errors) {
            this(view, errors, Map.of());
        }

        public String typed(String field) {
            return typed.getOrDefault(field, "");
        }
    }

    public record HistoryPage(ReportWorkflow.ReportView view, List<Revision> revisions, Comparison comparison) {}

    /** Two revisions side by side: each field either unchanged or compared line by line. */
    public record Comparison(Revision from, Revision to, List<FieldComparison> fields) {}

    public record FieldComparison(String label, boolean changed, List<TextDiff.Line> lines) {}

    /** The Secretariat's desk: the review inbox of every kind of report, and how many institutional reports are drafts or published. */
    public record DeskPage(ReviewInbox.Inbox inbox, long drafts, long published) {}
}
