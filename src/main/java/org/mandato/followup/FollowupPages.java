package org.mandato.followup;

import java.time.LocalDate;
import java.util.List;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Summit;
import org.mandato.catalog.Theme;

/** The models of the follow-up pages. */
public final class FollowupPages {

    private FollowupPages() {
    }

    /** What a coverage page looks at: a summit, a document or a theme (each optional) and a period. */
    public record Scope(Summit summit, Document document, Theme theme, LocalDate from, LocalDate to, String query) {}

    public record CoveragePage(Scope scope, List<Summit> summits, List<Document> documents, List<Theme> themes,
                               int paragraphs, int covered, List<Paragraph> orphans, HeatMap heatMap) {

        public int percent() {
            return paragraphs == 0 ? 0 : (int) Math.round(100.0 * covered / paragraphs);
        }

        /** The width of the covered part of the bar, in the SVG's 0–300 units. */
        public int barWidth() {
            return paragraphs == 0 ? 0 : (int) Math.round(300.0 * covered / paragraphs);
        }
    }

    /** Report counts by institution (rows) and theme (columns); {@code max} scales the shading. */
    public record HeatMap(List<Theme> themes, List<HeatRow> rows, int max) {

        /** A shading step from 0 (none) to 4 (most), so that no count is read from colour alone: each cell shows its number. */
        public int level(int count) {
            return count == 0 || max == 0 ? 0 : 1 + Math.min(3, (int) Math.floor(3.0 * (count - 1) / Math.max(1, max - 1) + 0.0001));
        }
    }

    public record HeatRow(Actor institution, List<Integer> counts, int total) {}

    public record FreshnessPage(List<FreshnessRow> institutions, List<FreshnessRow> countries, LocalDate today) {}

    /** An actor's latest published report and the resulting light: green, amber, red or grey (never reported). */
    public record FreshnessRow(Actor actor, LocalDate lastReport, String light) {}
}
