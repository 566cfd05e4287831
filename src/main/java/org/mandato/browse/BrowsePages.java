package org.mandato.browse;

import java.time.LocalDate;
import java.util.List;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Section;
import org.mandato.catalog.Summit;
import org.mandato.catalog.Theme;
import org.mandato.national.NationalReports;
import org.mandato.national.ReportingCycle;
import org.mandato.reporting.Report;

/** The models of the reading room's pages. */
public final class BrowsePages {

    private BrowsePages() {
    }

    public record HomePage(List<Summit> summits, List<Theme> themes, List<Report> latestReports,
                           List<NationalReportLink> latestNationalReports) {}

    /** A published national report in a list of other pages: whose, for which cycle, when, how many mandates. */
    public record NationalReportLink(Actor country, ReportingCycle cycle, String path,
                                     LocalDate publishedOn, int entries) {}

    public record ThemePage(Theme theme, Theme parent, List<Theme> subThemes, List<DocumentParagraphs> paragraphs,
                            List<InstitutionChoice> institutions, Actor selected, Listing listing) {

        public List<Report> reports() {
            return listing.reports();
        }

        public int paragraphCount() {
            return paragraphs.stream().mapToInt(d -> d.paragraphs().size()).sum();
        }

        /** The filter's first row: institutions with a report on the theme, and the one chosen. */
        public List<InstitutionChoice> institutionsShown() {
            return institutions.stream().filter(c -> c.reportCount() > 0 || c.selected()).toList();
        }

        /** The institutions without a report on the theme, behind "show all". */
        public List<InstitutionChoice> institutionsFolded() {
            return institutions.stream().filter(c -> c.reportCount() == 0 && !c.selected()).toList();
        }
    }

    /** The paragraphs of one document that a page lists, under their summit. */
    public record DocumentParagraphs(Summit summit, Document document, List<Paragraph> paragraphs) {}

    /** One entry of the institution selector on a theme page. */
    public record InstitutionChoice(Actor institution, int reportCount, boolean selected, String href) {}

    public record ParagraphPage(Summit summit, Document document, Section section, Paragraph paragraph,
                                List<Theme> themes, Listing listing, Paragraph previous, Paragraph next,
                                List<NationalEntry> nationalEntries) {

        public List<Report> reports() {
            return listing.reports();
        }
    }

    /**
     * One page of the reports a page lists, newest first, {@link #SIZE} at a time: a theme of a
     * hundred thousand reports is read and sent fifty by fifty. {@code page} counts from 0; the
     * URL's {@code page} parameter from 1.
     */
    public record Listing(List<Report> reports, long total, int page, String path) {

        public static final int SIZE = 50;

        public int pages() {
            return (int) Math.max(1, (total + SIZE - 1) / SIZE);
        }

        public long first() {
            return (long) page * SIZE + 1;
        }

        public long last() {
            return (long) page * SIZE + reports.size();
        }

        /** The URL of another page of this listing (page from 0); the first page has no parameter. */
        public String href(int other) {
            String separator = path.contains("?") ? "&" : "?";
            return other == 0 ? path : path + separator + "page=" + (other + 1);
        }
    }

    /** What a government published about a mandate, in a national report of one cycle. */
    public record NationalEntry(Actor country, ReportingCycle cycle,
                                NationalReports.EntryAbout entry) {}

    /** {@code nationalReports}: a country's published national reports (none for an institution). */
    public record ActorPage(Actor actor, List<ThemeReports> byTheme, int reportCount,
                            List<NationalReports.Summary> nationalReports) {}

    /** The newest of an author's reports on one theme, how many there are, and where all of them are listed. */
    public record ThemeReports(Theme theme, List<Report> reports, int count, String allPath) {

        public boolean hasMore() {
            return count > reports.size();
        }
    }

    public record ReportPage(Report report) {}
}
