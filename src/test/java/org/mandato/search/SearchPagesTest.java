package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The search page, its downloads and the API, as a person and a program see them. */
@MandatoTest
class SearchPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pageShowsResultsSnippetsFacetsAndAPermalink() throws Exception {
        Document page = page("/search?q=migrantes&lang=es");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Búsqueda: migrantes");
        assertThat(page.selectFirst("#q").val()).isEqualTo("migrantes");
        assertThat(page.select(".search-hit mark")).extracting(Element::text).anyMatch(t -> t.equalsIgnoreCase("migrantes"));
        assertThat(page.select(".search-facets h3")).extracting(Element::text).contains("Tipo", "Tema");
        // The demo pack is far below the sampling threshold: counts are exact and shown as plain numbers.
        assertThat(page.select(".search-facets .hint")).isEmpty();
        assertThat(page.select(".search-facets .facet-values a")).extracting(Element::text).allMatch(t -> t.matches(".*\\([\\d.]+\\)"));
        assertThat(page.select("a:containsOwn(Enlace a esta búsqueda)").attr("href")).isEqualTo("/search?q=migrantes");
    }

    @Test
    void aFacetLinkNarrowsAndTheChosenValueCanBeRemoved() throws Exception {
        Document all = page("/search?q=migration");
        String reportsLink = all.select(".search-facets a").stream().filter(a -> a.text().startsWith("Report (")).findFirst()
                .orElseThrow().attr("href");

        Document reports = page(reportsLink);

        assertThat(reportsLink).isEqualTo("/search?q=migration&kind=report");
        assertThat(reports.select(".search-hit")).hasSize(3);
        assertThat(reports.select(".chosen-filters a").attr("href")).isEqualTo("/search?q=migration");
    }

    @Test
    void downloadsHoldExactlyTheFilteredSet() throws Exception {
        MockHttpServletResponse csv = mvc.perform(get("/search.csv").param("q", "migration").param("kind", "paragraph"))
                .andReturn().getResponse();
        Document page = page("/search?q=migration&kind=paragraph");
        String total = page.selectFirst("#results-heading").text().replaceAll("\\D", "");

        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.getContentAsString(StandardCharsets.UTF_8))).getRecords();
        assertThat(csv.getHeader("Content-Disposition")).contains("mandato-search.csv");
        assertThat(records).hasSize(Integer.parseInt(total));
        assertThat(records).allMatch(r -> r.get("kind").equals("paragraph"));

        String json = mvc.perform(get("/search.json").param("q", "migration").param("kind", "paragraph"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"total\":" + total);
    }

    @Test
    void apiAnswersJsonAndRejectsWhatItDoesNotKnow() throws Exception {
        MockHttpServletResponse ok = mvc.perform(get("/api/v1/search").param("q", "Cuadernos")).andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentAsString(StandardCharsets.UTF_8)).contains("\"total\":1", "\"kind\":\"report\"", "\"url\":\"/reports/",
                "\"facetCountsEstimated\":false");

        MockHttpServletResponse unknown = mvc.perform(get("/api/v1/search").param("q", "x").param("colour", "red"))
                .andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getContentType()).startsWith("application/problem+json");
        assertThat(unknown.getContentAsString()).contains("unknown parameter 'colour'");
        assertThat(mvc.perform(get("/api/v1/search").param("page", "-1")).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/api/v1/search").param("sort", "random")).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void emptySearchShowsOnlyTheForm() throws Exception {
        Document page = page("/search");

        assertThat(page.select("#q")).hasSize(1);
        assertThat(page.select(".search-hit")).isEmpty();
    }

    private Document page(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
