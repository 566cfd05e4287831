package org.mandato.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The compilation page on the demo pack: three published IOM reports about migration, one citing Port of Spain ¶17. */
@MandatoTest
class CompilationPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void withoutAPeriodThePageShowsTheFormAlone() throws Exception {
        Document page = page("/compilation", 200);

        assertThat(page.select("h1").text()).isEqualTo("Compilation of institutional reports");
        assertThat(page.select("form[action=/compilation] label").eachText())
                .containsExactly("Period from", "Period to", "Language of the compilation", "Institution", "Theme");
        assertThat(page.select("#language option[selected]").attr("value")).isEqualTo("en");
        assertThat(page.select(".compilation, .error-summary")).isEmpty();
        assertThat(page("/compilation?lang=pt", 200).select("#language option[selected]").attr("value")).isEqualTo("pt");
    }

    @Test
    void aPeriodGivesTheReportsByInstitutionThenThemeOldestFirstWithAContentsOfWorkingAnchors() throws Exception {
        Document page = page("/compilation?from=2009-01-01&to=2018-12-31", 200);
        Element compilation = page.selectFirst("section.compilation");

        assertThat(compilation.selectFirst("h2").text()).isEqualTo("Institutional reports from January 1, 2009 to December 31, 2018");
        assertThat(compilation.select(".compilation-institution > h2").eachText()).containsExactly("International Organization for Migration (IOM)");
        assertThat(compilation.select(".compilation-theme > h3").eachText()).containsExactly("Migration");
        assertThat(compilation.select("article.compiled-report h4 time").eachAttr("datetime"))
                .containsExactly("2011-06-21", "2016-06-08", "2018-03-16");
        Element cited = compilation.selectFirst("article.compiled-report");
        assertThat(cited.selectFirst(".compiled-report__citations").text()).isEqualTo("Paragraphs cited: Port of Spain 2009: ¶17");
        assertThat(cited.selectFirst("a.citation").attr("href")).isEqualTo("/summits/v/port-of-spain-declaration/17");
        assertThat(cited.selectFirst(".compiled-report__body").text()).startsWith("To contribute to upholding the human rights of migrant workers");
        assertThat(compilation.select(".toc a").eachText()).containsExactly("Coverage summary", "International Organization for Migration (IOM)", "Migration");
        for (Element link : compilation.select(".toc a, a.page-ref")) {
            assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
        }
        assertThat(compilation.selectFirst("a.compilation-pdf").attr("href")).isEqualTo("/compilation.pdf?from=2009-01-01&to=2018-12-31&language=en");
    }

    @Test
    void theCoverageSummaryCountsReportsCitedParagraphsAndInstitutionsThatFiledNothing() throws Exception {
        Element summary = page("/compilation?from=2009-01-01&to=2018-12-31", 200).getElementById("summary");

        assertThat(summary.selectFirst("p").text()).isEqualTo("3 reports from one institution, citing one paragraph.");
        assertThat(summary.select("table").get(0).select("tbody tr").eachText()).containsExactly("IOM 3 1");
        assertThat(summary.select("table").get(1).select("tbody tr").eachText()).contains("Declaration of Commitment of Port of Spain (Port of Spain 2009) 1 97 1%",
                "Lima Commitment: Democratic Governance against Corruption (Lima 2018) 0 57 0%");
        assertThat(summary.selectFirst(".compilation-silent").text()).startsWith("OAS, IDB, ECLAC").doesNotContain("IOM");
    }

    @Test
    void theCompilationCanBeInAnotherLanguageThanThePage() throws Exception {
        Document page = page("/compilation?from=2009-01-01&to=2018-12-31&language=es", 200);
        Element compilation = page.selectFirst("section.compilation");

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo("Compilation of institutional reports");
        assertThat(compilation.attr("lang")).isEqualTo("es");
        assertThat(compilation.selectFirst("h2").text()).isEqualTo("Informes institucionales del 1 de enero de 2009 al 31 de diciembre de 2018");
        assertThat(compilation.select("#contents-heading, #summary-heading").eachText()).containsExactly("Índice", "Resumen de cobertura");
        assertThat(compilation.select(".compilation-theme > h3").eachText()).containsExactly("Migración");
        assertThat(compilation.select(".compiled-report .note").eachText()).containsOnly("(original en inglés)");
        assertThat(compilation.select(".compiled-report__body").eachAttr("lang")).containsOnly("en");
        assertThat(page.select("#language option[selected]").attr("value")).isEqualTo("es");
        assertThat(compilation.selectFirst("a.compilation-pdf").attr("href")).endsWith("&language=es");
    }

    @Test
    void institutionAndThemeNarrowTheCompilation() throws Exception {
        Document iom = page("/compilation?from=2009-01-01&to=2018-12-31&institution=iom&theme=migration", 200);
        assertThat(iom.select("article.compiled-report")).hasSize(3);
        assertThat(iom.selectFirst(".compilation-scope").text()).isEqualTo("Institution: IOM · Theme: Migration");
        assertThat(iom.select(".compilation-silent")).isEmpty();

        Document health = page("/compilation?from=2009-01-01&to=2018-12-31&theme=health", 200);
        assertThat(health.select("article.compiled-report")).isEmpty();
        assertThat(health.selectFirst("#compilation-empty").text()).startsWith("No institution published a report dated in this period.");

        Document oas = page("/compilation?from=2009-01-01&to=2018-12-31&institution=oas", 200);
        assertThat(oas.select("article.compiled-report")).isEmpty();
        assertThat(oas.selectFirst(".compilation-silent").text()).isEqualTo("OAS");
    }

    @Test
    void anEmptyPeriodSaysSo() throws Exception {
        Document page = page("/compilation?from=1990-01-01&to=1990-12-31", 200);

        assertThat(page.selectFirst("#compilation-empty").text()).startsWith("No institution published a report dated in this period.");
        assertThat(page.select("article.compiled-report")).isEmpty();
        assertThat(page.selectFirst("#summary p").text()).isEqualTo("No report from no institution, citing no paragraph.");
    }

    @Test
    void badFieldsAreNamedInTheSummaryAndBesideTheField() throws Exception {
        Document page = page("/compilation?from=&to=2018-02-30&language=de&institution=xyz&theme=nothing", 400);

        assertThat(page.select(".error-summary li a").eachText()).containsExactly(
                "Enter the first day of the period (Period from).",
                "Period to: “2018-02-30” is not a date; write it as year-month-day, for example 2018-12-31.",
                "Language of the compilation: choose English, Español, Português or Français.",
                "Institution: there is no institution with the code “xyz”.",
                "Theme: there is no theme “nothing”.");
        assertThat(page.select(".error-summary li a").eachAttr("href")).containsExactly("#from", "#to", "#language", "#institution", "#theme");
        assertThat(page.selectFirst("#to").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#to").attr("aria-describedby")).isEqualTo("to-error");
        assertThat(page.selectFirst("#to").attr("value")).isEqualTo("2018-02-30");
        assertThat(page.select(".compilation")).isEmpty();

        Document reversed = page("/compilation?from=2018-12-31&to=2018-01-01", 400);
        assertThat(reversed.select(".error-summary li a").eachText())
                .containsExactly("Period to: the last day comes before the first day of the period.");
    }

    @Test
    void theCoveragePageLinksToTheCompilationOfItsPeriod() throws Exception {
        assertThat(page("/coverage", 200).select("a[href=/compilation]")).hasSize(1);
        assertThat(page("/coverage?from=2010-01-01&to=2012-12-31", 200).select("a[href=/compilation?from=2010-01-01&to=2012-12-31]")).hasSize(1);
    }

    private Document page(String url, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(status);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
