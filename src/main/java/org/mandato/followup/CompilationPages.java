package org.mandato.followup;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Document;
import org.mandato.catalog.Theme;
import org.mandato.reporting.Report;
import org.mandato.web.FormErrors;
import org.mandato.web.Language;

/** The models of the compilation for the review group: the form as typed, the request it makes, and the compiled book. */
public final class CompilationPages {

    private CompilationPages() {
    }

    /** The form's fields as typed, kept so that a page with errors shows them again. */
    public record CompilationForm(String from, String to, String language, String institution, String theme) {

        /** Nothing asked for yet: the page shows the form alone. */
        public boolean isBlank() {
            return blank(from) && blank(to) && blank(institution) && blank(theme);
        }

        /** The query string of the same compilation, for the PDF link. */
        public String query() {
            StringBuilder query = new StringBuilder();
            String[][] pairs = {{"from", from}, {"to", to}, {"language", language}, {"institution", institution}, {"theme", theme}};
            for (String[] pair : pairs) {
                if (!blank(pair[1])) {
                    query.append(query.isEmpty() ? "" : "&").append(pair[0]).append('=')
                            .append(URLEncoder.encode(pair[1].strip(), StandardCharsets.UTF_8));
                }
            }
            return query.toString();
        }

        static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }

    /** A valid request: a period (both ends included), the language to compile in, and optional narrowing. */
    public record CompilationRequest(LocalDate from, LocalDate to, Language language, Actor institution, Theme theme) {}

    /** The page: the form, its problems, and the book when one was compiled. */
    public record CompilationPage(CompilationForm form, FormErrors errors, Book book, List<Actor> institutions,
                                  List<Theme> themes, List<Language> languages) {}

    /** The compilation: institutions in catalogue order, each with its themes, then a coverage summary. */
    public record Book(CompilationRequest request, LocalDate compiledOn, List<InstitutionPart> institutions, Summary summary) {

        public boolean isEmpty() {
            return institutions.isEmpty();
        }

        /** The paragraphs the compiled reports cite, each once, in the order of the catalogue: listed with their titles. */
        public List<org.mandato.catalog.Paragraph> citedParagraphs() {
            return institutions.stream().flatMap(i -> i.themes().stream()).flatMap(t -> t.entries().stream())
                    .filter(Entry::isFull).flatMap(e -> e.report().citations().stream())
                    .collect(java.util.stream.Collectors.toMap(org.mandato.catalog.Paragraph::id, p -> p, (a, b) -> a,
                            java.util.LinkedHashMap::new))
                    .values().stream()
                    .sorted(java.util.Comparator.comparing(org.mandato.catalog.Paragraph::documentId)
                            .thenComparing(org.mandato.catalog.Paragraph::number, org.mandato.catalog.ParagraphNumbers.NATURAL_ORDER))
                    .toList();
        }
    }

    public record InstitutionPart(Actor institution, List<ThemePart> themes, int reports) {

        public String anchor() {
            return "institution-" + institution.id();
        }

        /** "International Organization for Migration (IOM)", or the name alone when there is no acronym. */
        public String heading(String lang) {
            String name = institution.name().text(lang);
            String label = institution.label(lang);
            return label.equals(name) ? name : name + " (" + label + ")";
        }
    }

    /** One theme's reports of one institution; {@code theme} is null for reports without a theme. */
    public record ThemePart(Actor institution, Theme theme, List<Entry> entries) {

        public String anchor() {
            return "institution-" + institution.id() + "-theme-" + (theme == null ? "none" : theme.id());
        }
    }

    /**
     * A report in its place. A report about several themes is printed in full under the first of them
     * and only referred to under the others ({@code printedUnder} names that first theme).
     */
    public record Entry(Report report, Theme printedUnder) {

        public boolean isFull() {
            return printedUnder == null;
        }

        public String anchor() {
            return anchorOf(report);
        }

        public static String anchorOf(Report report) {
            return "report-" + report.id();
        }
    }

    /** How much of the catalogue the compiled reports serve, and who filed nothing in the period. */
    public record Summary(int reports, int paragraphsCited, List<InstitutionRow> institutions, List<DocumentRow> documents,
                          List<Actor> silent) {}

    public record InstitutionRow(Actor institution, int reports, int paragraphsCited) {}

    /** A document's paragraphs in scope and how many of them the compiled reports cite. */
    public record DocumentRow(Document document, int cited, int paragraphs) {

        public int percent() {
            return paragraphs == 0 ? 0 : (int) Math.round(100.0 * cited / paragraphs);
        }
    }
}
