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

    /**
     * A group's average in a table and its bar in the chart. Across, the chart works in percentages of its
     * width (the SVG takes the page's width without scaling its text); 100 % compliance is
     * {@link Table#FULL_BAR} of it, which leaves room for the value written after the longest bar.
     */
    public record Row(String code, String label, String href, Average average) {

        /** The bar's length, as a percentage of the chart's width. */
        public String barWidth() {
            return Table.across(average.percent().doubleValue());
        }

        /** The label as the chart prints it above the bar, cut short to stay on a phone's line; the table has it whole. */
        public String chartLabel() {
            return label.length() <= 44 ? label : label.substring(0, 43).strip() + "…";
        }
    }

    /** The averages by one grouping, in catalogue order. */
    public record Table(By by, List<Row> rows) {

        /** The share of the chart's width a bar of 100 % takes. */
        public static final double FULL_BAR = 80;
        public static final int AXIS_HEIGHT = 26;
        public static final int ROW_HEIGHT = 46;
        public static final int BAR_HEIGHT = 16;
        /** The ticks of the percentage axis, each with a vertical gridline. */
        public static final List<Integer> TICKS = List.of(0, 25, 50, 75, 100);

        public int chartHeight() {
            return AXIS_HEIGHT + rows.size() * ROW_HEIGHT + 4;
        }

        /** The baseline of row {@code index}'s label, written above its bar. */
        public int labelY(int index) {
            return AXIS_HEIGHT + index * ROW_HEIGHT + 16;
        }

        public int barY(int index) {
            return AXIS_HEIGHT + index * ROW_HEIGHT + 22;
        }

        /** Where {@code percent} % compliance stands across the chart, as a percentage of its width. */
        public static String across(double percent) {
            return String.format(java.util.Locale.ROOT, "%.2f%%", percent * FULL_BAR / 100);
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
