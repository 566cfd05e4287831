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
import org.springframework.test.web.servlet.MockMvc;

/**
 * The entries of published national reports are found by search like reports and paragraphs: by
 * their words, kind, country, mandate and theme, each leading to its place on the report's page.
 * The demo pack publishes three entries for Chile and two for Jamaica; Colombia's is only submitted
 * and Mexico's a draft.
 */
@MandatoTest
class NationalEntriesSearchTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anEntryIsFoundByItsWordsAndLeadsToItsPlaceInTheReport() throws Exception {
        Document results = page("/search?q=apprenticeships");

        Element hit = results.selectFirst(".search-hit");
        assertThat(results.select(".search-hit")).hasSize(1);
        assertThat(hit.selectFirst("h3").text()).startsWith("National report of Chile on ").endsWith("Education ¶2");
        assertThat(hit.select(".status").text()).isEqualTo("National report");
        assertThat(hit.select(".search-hit__title").text()).startsWith("Chile · ");
        assertThat(hit.select(".search-hit__snippet mark").eachText()).contains("apprenticeships");

        String link = hit.selectFirst("h3 a").attr("href");
        assertThat(link).matches("/national-reports/\\d+#entry-\\d+");
        Document report = page(link.substring(0, link.indexOf('#')));
        assertThat(report.getElementById(link.substring(link.indexOf('#') + 1))).as("the anchor is on the report's page").isNotNull();
    }

    @Test
    void onlyPublishedEntriesAreFoundAndTheyHaveAKindAndACountryToFilterBy() throws Exception {
        assertThat(total("/search?kind=national")).isEqualTo(5);
        assertThat(total("/search?kind=national&country=jm")).isEqualTo(2);
        assertThat(total("/search?q=judgments&kind=national")).as("Colombia's entry is only submitted").isZero();
        assertThat(total("/search?q=screens&kind=national")).as("Mexico's is a draft").isZero();

        assertThat(page("/search?q=pregnant&kind=national&country=jm").select(".search-hit__snippet").text())
                .as("an indicator's name reads as a sentence of its own").endsWith("Pregnant women tested for HIV.").doesNotContain("HIV Pregnant");

        Document all = page("/search?q=demonstration");
        assertThat(all.select(".search-facets a")).extracting(Element::text).contains("National report (5)");
    }

    @Test
    void theApiAndTheDownloadsCarryTheNewKind() throws Exception {
        String json = mvc.perform(get("/api/v1/search").param("q", "apprenticeships")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"kind\":\"national\"").contains("\"author\":\"Chile\"").containsPattern("\"url\":\"/national-reports/\\d+#entry-\\d+\"");

        String csv = mvc.perform(get("/search.csv").param("q", "apprenticeships")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("kind")).isEqualTo("national");
            assertThat(row.get("author")).isEqualTo("Chile");
            assertThat(row.get("snippet")).contains("apprenticeships");
        });
    }

    private long total(String url) throws Exception {
        Document page = page(url);
        return page.select(".search-hit").isEmpty() ? 0 : Long.parseLong(page.selectFirst("#results-heading").text().replaceAll("\\D", ""));
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
