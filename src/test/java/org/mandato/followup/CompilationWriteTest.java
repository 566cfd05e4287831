package org.mandato.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mandato.MandatoWriteTest;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.mandato.followup.CompilationPages.CompilationForm;
import org.mandato.reporting.ReportImport;
import org.mandato.reporting.ReportImport.ReportEntry;
import org.mandato.reporting.ReportStatus;
import org.mandato.reporting.Reports;
import org.mandato.web.FormErrors;
import org.mandato.web.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The compilation with reports the demo pack lacks, all dated in 2020: an OAS report about trafficking
 * (a sub-theme of migration) and health, written in Spanish with an English translation and text
 * that looks like markup; an IOM draft and a Peruvian report, which an institutional compilation never shows.
 */
@MandatoWriteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompilationWriteTest {

    static final String SPANISH = "La OEA apoyó «Migración segura» y el “retorno digno”; acción en São Paulo, œuvre commune. <b>no es negrita</b> & <img src=\"http://127.0.0.1:9/x.png\">";
    static final String ENGLISH = "The OAS supported “safe migration” and the ‘dignified return’. <b>not bold</b> & <script>alert(1)</script>";

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportImport reportImport;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Catalog catalog;

    @Autowired
    Reports reports;

    @Autowired
    Clock clock;

    @BeforeAll
    void fileReports() {
        transactions.executeWithoutResult(status -> {
            reportImport.report(new ReportEntry("compilation-oas", "oas", LocalDate.of(2020, 5, 4), "es", ReportStatus.PUBLISHED,
                    List.of("trafficking-in-persons", "health"), "Port of Spain 18; VII Summit Education 2",
                    Map.of("es", "Trata & salud <i>2020</i>"), Map.of("es", SPANISH, "en", ENGLISH)));
            reportImport.report(new ReportEntry("compilation-draft", "iom", LocalDate.of(2020, 6, 1), "en", ReportStatus.DRAFT,
                    List.of("migration"), "", Map.of(), Map.of("en", "An unfinished draft that nobody may read yet.")));
            reportImport.report(new ReportEntry("compilation-peru", "pe", LocalDate.of(2020, 7, 1), "es", ReportStatus.PUBLISHED,
                    List.of("migration"), "", Map.of(), Map.of("es", "Un informe nacional del Perú, que no es institucional.")));
        });
    }

    @Test
    void aReportAboutSeveralThemesIsPrintedOnceAndReferredToUnderTheOthers() throws Exception {
        Document page = page("/compilation?from=2020-01-01&to=2020-12-31&language=en");
        Element oas = page.getElementById("institution-" + catalog.institution("oas").orElseThrow().id());

        assertThat(oas.select(".compilation-theme > h3").eachText()).containsExactly("Migration", "Health");
        assertThat(oas.select("article.compiled-report")).hasSize(1);
        Element article = oas.selectFirst(".compilation-theme article.compiled-report");
        assertThat(article.parent().selectFirst("h3").text()).isEqualTo("Migration");
        assertThat(article.selectFirst(".compiled-report__citations").text())
                .isEqualTo("Paragraphs cited: Port of Spain 2009: ¶18; VII Summit: Education ¶2");
        Element reference = oas.select(".compilation-theme").get(1).selectFirst(".compiled-report--elsewhere");
        assertThat(reference.text()).startsWith("The report of May 4, 2020 also concerns this theme; it is printed under Migration.");
        assertThat(reference.selectFirst("a").attr("href")).isEqualTo("#" + article.id());
    }

    @Test
    void reportTextIsEscapedOnThePageAndNothingInItBecomesMarkup() throws Exception {
        Document page = page("/compilation?from=2020-01-01&to=2020-12-31&language=es");
        Element article = page.selectFirst("article.compiled-report");

        assertThat(article.selectFirst(".compiled-report__body").text()).isEqualTo(SPANISH);
        assertThat(article.selectFirst("h4").text()).isEqualTo("4 de mayo de 2020 · Trata & salud <i>2020</i>");
        assertThat(page.select(".compilation b, .compilation i, .compilation img, .compilation script")).isEmpty();
        Document english = page("/compilation?from=2020-01-01&to=2020-12-31&language=en");
        assertThat(english.selectFirst("article.compiled-report .compiled-report__body").text()).isEqualTo(ENGLISH);
        assertThat(english.selectFirst("article.compiled-report h4 span").attr("lang")).isEqualTo("es");
    }

    @Test
    void thePdfCarriesTheTextAsWrittenWithItsAccentsAndQuotesAndLeavesOutDraftsAndCountries() throws Exception {
        byte[] bytes = mvc.perform(get("/compilation.pdf?from=2020-01-01&to=2020-12-31&language=es")).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(SPANISH, "Trata & salud <i>2020</i>", "Párrafos citados: Port of Spain 2009: ¶18; VII Summit: Education ¶2")
                    .doesNotContain("An unfinished draft").doesNotContain("Un informe nacional del Perú").doesNotContain("Perú");
            Matcher reference = Pattern.compile("figura en Migración\\. Véase la página (\\d+)").matcher(text);
            assertThat(reference.find()).as(text).isTrue();
            stripper.setStartPage(Integer.parseInt(reference.group(1)));
            stripper.setEndPage(Integer.parseInt(reference.group(1)));
            assertThat(stripper.getText(pdf).replaceAll("\\s+", " ")).contains("4 de mayo de 2020 · Trata & salud");
        }
    }

    @Test
    void aPeriodWithMoreReportsThanOneCompilationTakesIsRefusedNamingTheField() {
        Compilation small = new Compilation(catalog, reports, clock, 3);
        var request = small.read(new CompilationForm("2009-01-01", "2020-12-31", "en", "", ""), Language.EN);

        FormErrors errors = catchThrowableOfType(FormErrors.Invalid.class, () -> small.compile(request)).errors();

        assertThat(errors.all()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("from");
            assertThat(problem.key()).isEqualTo("compilation.error.tooMany");
            assertThat(problem.args()).containsExactly(4L, 3);
        });
        assertThat(small.compile(small.read(new CompilationForm("2009-01-01", "2020-12-31", "en", "iom", ""), Language.EN)).summary().reports())
                .isEqualTo(3);
    }

    @Test
    void theSecretariatDeskLinksToTheCompilation() throws Exception {
        String desk = mvc.perform(get("/secretariat").with(user(TestUsers.secretariat()))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(desk).select("a[href=/compilation]").text()).isEqualTo("Compilation of institutional reports for the review group (page and PDF)");
    }

    private Document page(String url) throws Exception {
        var response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
