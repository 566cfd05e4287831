package org.mandato.browse;

import java.util.List;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Section;
import org.mandato.catalog.Summit;
import org.mandato.catalog.Theme;
import org.mandato.reporting.Report;

/** The models of the reading room's pages. */
public final class BrowsePages {

    private BrowsePages() {
    }

    public record HomePage(List<Summit> summits, List<Theme> themes, List<Report> latestReports) {}

    public record ThemePage(Theme theme, Theme parent, List<Theme> subThemes, List<DocumentParagraphs> paragraphs,
                            List<InstitutionChoice> institutions, Actor selected, List<Report> reports) {

        public int paragraphCount() {
            return paragraphs.stream().mapToInt(d -> d.paragraphs().size()).sum();
        }
    }

    /** The paragraphs of one document that a page lists, under their summit. */
    public record DocumentParagraphs(Summit summit, Document document, List<Paragraph> paragraphs) {}

    /** One entry of the institution selector on a theme page. */
    public record InstitutionChoice(Actor institution, int reportCount, boolean selected, String href) {}

    public record ParagraphPage(Summit summit, Document document, Section section, Paragraph paragraph,
                                List<Theme> themes, List<Report> reports, Paragraph previous, Paragraph next) {}

    /** {@code nationalReports}: a country's published national reports (none for an institution). */
    public record ActorPage(Actor actor, List<ThemeReports> byTheme, int reportCount,
                            List<org.mandato.national.NationalReports.Summary> nationalReports) {}

    public record ThemeReports(Theme theme, List<Report> reports) {}

    public record ReportPage(Report report) {}
}
