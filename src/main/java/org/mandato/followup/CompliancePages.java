package org.mandato.followup;

import java.util.List;
import java.util.Map;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.followup.Assessment.Stage;
import org.mandato.followup.ComplianceScores.Average;
import org.mandato.followup.ComplianceScores.By;
import org.mandato.national.EntryStatus;
import org.mandato.national.ReportingCycle;
import org.mandato.web.FormErrors;
import org.mandato.web.LocalizedText;

/** The models of the compliance pages and of the Secretariat's assessment screens. */
public final class CompliancePages {

    public static final String ADMIN_ROOT = "/secretariat/assessments";

    private CompliancePages() {
    }

    /** One assessment in the Secretariat's list, with what it is about. */
    public record AdminRow(Assessment assessment, ReportingCycle cycle, Actor actor, Paragraph paragraph) {}

    /** The Secretariat's list: the filter as chosen (codes and ids as text, empty for any) and the rows. */
    public record AdminListPage(List<ReportingCycle> cycles, List<Actor> institutions, List<Actor> countries,
                                List<Document> documents, String cycle, String actor, String document, String stage,
                                String status, List<AdminRow> rows, String notice) {}

    /**
     * The assessment form. {@code assessment} is null for a new one; {@code cycle} null while the cycle
     * is still to be chosen; {@code current} is the stored assessment when the form sent was stale.
     */
    public record FormPage(Assessment assessment, ReportingCycle cycle, List<ReportingCycle> cycles, List<Actor> institutions,
                           List<Actor> countries, Map<Document, List<Paragraph>> mandates, Actor actor, Paragraph paragraph,
                           LocalizedText guideline, AssessmentForm form, FormErrors errors, Assessment current, String notice) {

        public boolean isNew() {
            return assessment == null;
        }

        public boolean isStale() {
            return current != null;
        }

        public String action() {
            return isNew() ? ADMIN_ROOT + "/new" : ADMIN_ROOT + "/" + assessment.id();
        }

        /** The version the publish, unpublish and delete buttons act on. */
        public int version() {
            return current != null ? current.version() : assessment.version();
        }
    }

    /** A group's average in a table and its bar in the chart. */
    public record Row(String code, String label, String href, Average average) {

        /** The bar's length in the chart's 0–300 units: 300 is 100 %. */
        public int barWidth() {
            return average.percent().multiply(java.math.BigDecimal.valueOf(3)).setScale(0, java.math.RoundingMode.HALF_UP).intValue();
        }

        /** The label as the chart prints it, cut short so that it stays left of the bars; the table has it whole. */
        public String chartLabel() {
            return label.length() <= 28 ? label : label.substring(0, 27).strip() + "…";
        }
    }

    /** The averages by one grouping, in catalogue order. */
    public record Table(By by, List<Row> rows) {

        public static final int ROW_HEIGHT = 26;

        public int chartHeight() {
            return 30 + rows.size() * ROW_HEIGHT;
        }

        public int y(int index) {
            return 24 + index * ROW_HEIGHT;
        }

        public java.math.BigDecimal lowest() {
            return rows.stream().map(r -> r.average().percent()).min(java.math.BigDecimal::compareTo).orElse(java.math.BigDecimal.ZERO);
        }

        public java.math.BigDecimal highest() {
            return rows.stream().map(r -> r.average().percent()).max(java.math.BigDecimal::compareTo).orElse(java.math.BigDecimal.ZERO);
        }
    }

    /** The public overview: one cycle (null: all) and one stage, the overall average and one table per grouping. */
    public record OverviewPage(List<ReportingCycle> cycles, ReportingCycle cycle, Stage stage, Average overall,
                               List<Table> tables, String query) {

        public boolean isEmpty() {
            return overall == null;
        }

        public String csv(By by) {
            return "/compliance.csv?by=" + by.code() + (query.isEmpty() ? "" : "&" + query);
        }
    }

    /** A published assessment as the public reads it, with a country's own status where there is one. */
    public record Entry(Assessment assessment, ReportingCycle cycle, Actor actor, Paragraph paragraph, LocalizedText guideline,
                        EntryStatus selfReported, Agreement agreement) {}

    /** The average of one stage's published scores. */
    public record StageAverage(Stage stage, Average average) {}

    /** Every published assessment of one actor. */
    public record ActorPage(Actor actor, List<StageAverage> averages, List<Entry> entries, long disagreements) {}

    /** Every published assessment of one mandate. */
    public record MandatePage(Paragraph paragraph, Document document, LocalizedText guideline, List<StageAverage> averages,
                              List<Entry> entries, long disagreements) {}
}
