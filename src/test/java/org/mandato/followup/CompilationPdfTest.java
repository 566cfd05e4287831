package org.mandato.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.mandato.catalog.ParagraphNumbers;
import org.mandato.reporting.CitationGroup;
import org.mandato.reporting.Report;
import org.mandato.reporting.ReportFilter;
import org.mandato.reporting.Reports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The compilation PDF of the demo pack, read back with PDFBox: every published report of the period
 * is there with its date, institution, opening words and cited paragraphs; reports outside the
 * period are not; the contents give the page each part starts on; Spanish gets Spanish headings.
 */
@MandatoTest
class CompilationPdfTest {

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH);

    @Autowired
    MockMvc mvc;

    @Autowired
    Reports reports;

    @Test
    void everyPublishedReportOfThePeriodIsInThePdfWithItsDateInstitutionTextAndCitations() throws Exception {
        List<Report> inPeriod = published(LocalDate.of(2009, 1, 1), LocalDate.of(2018, 12, 31));
        assertThat(inPeriod).hasSize(3);

        try (PDDocument pdf = pdf("/compilation.pdf?from=2009-01-01&to=2018-12-31&language=en")) {
            String text = text(pdf);
            for (Report report : inPeriod) {
                assertThat(text).contains(ENGLISH_DATE.format(report.date()))
                        .contains(report.author().name().text("en") + " (" + report.author().label("en") + ")")
                        .contains(opening(report.body().text("en")));
                for (CitationGroup group : report.citationGroups()) {
                    for (var paragraph : group.paragraphs()) {
                        assertThat(text).contains(group.documentLabel() + ": " + ParagraphNumbers.shortCitation(paragraph.number()));
                    }
                }
            }
            assertThat(text).contains("Port of Spain 2009: ¶17")
                    .contains("Compilation of institutional reports")
                    .contains("Institutional reports from January 1, 2009 to December 31, 2018")
                    .contains("Coverage summary")
                    .contains("3 reports from one institution, citing one paragraph.")
                    .contains("Page 2 of " + pdf.getNumberOfPages());
        }
    }

    @Test
    void reportsOutsideThePeriodAreLeftOut() throws Exception {
        List<Report> all = published(null, null);
        List<Report> inPeriod = published(LocalDate.of(2012, 1, 1), LocalDate.of(2017, 12, 31));
        assertThat(inPeriod).hasSize(1);

        try (PDDocument pdf = pdf("/compilation.pdf?from=2012-01-01&to=2017-12-31&language=en")) {
            String text = text(pdf);
            for (Report report : all) {
                boolean expected = inPeriod.stream().anyMatch(r -> r.id() == report.id());
                assertThat(text.contains(opening(report.body().text("en")))).as(report.date().toString()).isEqualTo(expected);
                assertThat(text.contains(ENGLISH_DATE.format(report.date()))).as(report.date().toString()).isEqualTo(expected);
            }
        }
    }

    @Test
    void theContentsGiveThePageEachPartStartsOn() throws Exception {
        try (PDDocument pdf = pdf("/compilation.pdf?from=2009-01-01&to=2018-12-31&language=en")) {
            String contents = pageText(pdf, 2);
            assertThat(contents).startsWith("Compilation of institutional reports").contains("Contents");
            List<String[]> entries = new ArrayList<>();
            Matcher matcher = Pattern.compile("(?m)^(\\S[^\\n]*?)\\s*\\.{3,}\\s*(\\d+)\\s*$").matcher(contents);
            while (matcher.find()) {
                entries.add(new String[] {matcher.group(1).strip(), matcher.group(2)});
            }
            assertThat(entries).extracting(e -> e[0])
                    .containsExactly("Coverage summary", "International Organization for Migration (IOM)", "Migration");
            for (String[] entry : entries) {
                int page = Integer.parseInt(entry[1]);
                assertThat(page).as(entry[0]).isBetween(3, pdf.getNumberOfPages());
                assertThat(pageText(pdf, page)).as(entry[0] + " on page " + page).contains(entry[0]);
            }
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
                item.children().forEach(child -> bookmarks.add("  " + child.getTitle()));
            }
            assertThat(bookmarks).containsExactly("Contents", "Coverage summary", "International Organization for Migration (IOM)", "  Migration");
        }
    }

    @Test
    void aSpanishCompilationHasSpanishHeadingsAndEmbedsItsOwnFonts() throws Exception {
        try (PDDocument pdf = pdf("/compilation.pdf?from=2009-01-01&to=2018-12-31&language=es")) {
            String text = text(pdf);
            assertThat(text).contains("Compilación de informes institucionales", "Informes institucionales del 1 de enero de 2009 al 31 de diciembre de 2018",
                            "Índice", "Resumen de cobertura", "Informes por institución", "Párrafos citados: Port of Spain 2009: ¶17",
                            "Página 2 de " + pdf.getNumberOfPages(), "(original en inglés)")
                    .doesNotContain("Contents").doesNotContain("Coverage summary");
            Set<String> fonts = new java.util.TreeSet<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", "") + (font.isEmbedded() ? "" : " (not embedded)"));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).startsWith("DejaVuSerif").doesNotContain("not embedded"));
        }
    }

    @Test
    void anEmptyPeriodGivesAPdfThatSaysSo() throws Exception {
        try (PDDocument pdf = pdf("/compilation.pdf?from=1990-01-01&to=1990-12-31&language=en")) {
            assertThat(text(pdf))
                    .contains("No institution published a report dated in this period.")
                    .contains("No report from no institution, citing no paragraph.");
        }
    }

    @Test
    void aRequestTheFormWouldRefuseGoesBackToThePage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/compilation.pdf?from=2018-13-01&to=2018-12-31")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getRedirectedUrl()).isEqualTo("/compilation?from=2018-13-01&to=2018-12-31");
    }

    private List<Report> published(LocalDate from, LocalDate to) {
        return reports.publishedPage(new ReportFilter(Set.of(), null, null, null, null, from, to, null, null), 0, 1000).reports();
    }

    private PDDocument pdf(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        byte[] bytes = response.getContentAsByteArray();
        Path saved = Path.of("target", "compilation-pdfs", url.replaceAll("[^A-Za-z0-9-]+", "_") + ".pdf");
        Files.createDirectories(saved.getParent());
        Files.write(saved, bytes);
        return Loader.loadPDF(bytes);
    }

    /** The whole text in reading order (the running footer's counters are drawn apart from its words). */
    private static String text(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return flat(stripper.getText(pdf));
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).strip();
    }

    /** The text with its line breaks and runs of spaces made single spaces, as a reader sees it. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** The first words of a text, few enough to sit before any line break a page may add. */
    private static String opening(String body) {
        String[] words = flat(body).strip().split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(8, words.length)));
    }
}
