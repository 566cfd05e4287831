package org.mandato.reporting;

import java.util.List;
import java.util.Map;

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
    public record MyWorkPage(ReportWorkflow.MyWork work, boolean secretariat, boolean nationalReporting) {}

    /** The editor; {@code reportId} is null for a new report, {@code notice} a message key or null. */
    public record EditorPage(Long reportId, ReportForm form, FormErrors errors, List<Theme> themes, List<Summit> summits,
                             List<Document> documents, List<Actor> authors, Actor fixedAuthor, String notice,
                             List<CitationSuggestions.Suggestion> suggestions) {

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

    public record DeskPage(List<Report> awaitingReview, int drafts, int published) {}
}
