package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With facets counted exactly only up to 10 matches and totals estimated from 60 matches in the
 * sampled windows, a search on the demo pack matching its 57 Lima mandates shows its facet counts as
 * estimates and its total exact, and one matching its 157 paragraphs shows its total as an estimate
 * too, in words on the page and as flags in the API.
 */
@MandatoTest
class SearchEstimatesPageTest {

    @DynamicPropertySource
    static void sampleAboveFiveMatches(DynamicPropertyRegistry registry) {
        try {
            String dataDir = Files.createTempDirectory("mandato-search-estimates-").toString();
            registry.add("mandato.data-dir", () -> dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:search-estimates;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("mandato.search.exact-facets-up-to", () -> "10");
        registry.add("mandato.search.estimate-totals-from", () -> "60");
    }

    /** A search matching a few dozen paragraphs of the demo pack. */
    static final String FEW = "summit:viii";

    @Autowired
    MockMvc mvc;
    @Autowired
    Search search;

    @Test
    void facetCountsAreMarkedAsEstimatesInEveryLanguageAndTheTotalIsExact() throws Exception {
        Document english = page("/search?q=" + FEW);
        Document spanish = page("/search?q=" + FEW + "&lang=es");

        assertThat(english.select(".search-facets .hint").text()).contains("estimated from a sample").contains("exact");
        assertThat(english.select(".search-facets .facet-values a")).isNotEmpty().extracting(Element::text)
                .allMatch(t -> t.matches(".*\\(about [\\d,]+\\)"));
        assertThat(spanish.select(".search-facets .facet-values a")).extracting(Element::text)
                .allMatch(t -> t.matches(".*\\(unos [\\d.,]+\\)"));
        SearchResults results = search.search(new SearchRequest(FEW, java.util.Map.of(), null, 0), "en");
        assertThat(results.total()).as("more than the 10 facets count exactly, fewer than totals are estimated from")
                .isBetween(11L, 59L);
        assertThat(results.totalEstimated()).isFalse();
        assertThat(english.selectFirst("#results-heading").text()).isEqualTo(results.total() + " results");
    }

    @Test
    void aVeryBroadSearchSaysItsTotalIsAboutSoManyInEveryLanguage() throws Exception {
        Map<String, String> headings = Map.of("en", "about [\\d,]+ results", "es", "unos [\\d.,]+ resultados",
                "pt", "cerca de [\\d.,]+ resultados", "fr", "environ [\\d\\s\\u00a0\\u202f]+ résultats");
        headings.forEach((lang, heading) -> {
            Document page = page("/search?q=kind:paragraph&lang=" + lang);
            assertThat(page.selectFirst("#results-heading").text()).as(lang).matches(heading);
        });
        Document english = page("/search?q=kind:paragraph");
        assertThat(english.select(".search-facets .hint").text()).contains("their number").doesNotContain("exact");
        assertThat(english.select(".pager li").eachText()).anyMatch(t -> t.matches("Page 1 of about \\d+"));
        assertThat(english.select(".search-hit")).hasSize(20);
    }

    @Test
    void aPagePastTheLastResultSaysSoAndLeadsToTheLastOne() throws Exception {
        SearchResults results = search.search(new SearchRequest("kind:paragraph", Map.of(), null, 0), "en");
        int beyond = results.pages() + 3;

        Document page = page("/search?q=kind:paragraph&page=" + beyond);

        assertThat(page.select(".search-hit")).isEmpty();
        assertThat(page.select(".search-results .notice").text()).contains("No results on this page");
        assertThat(page.selectFirst("#results-heading").text()).as("the first pass counted them all").matches("\\d+ results");
        int last = page(page.selectFirst(".search-results .notice a").attr("href")).select(".search-hit").size();
        assertThat(last).isBetween(1, 20);
    }

    @Test
    void theApiSaysWhenFacetCountsAreEstimates() throws Exception {
        String broad = mvc.perform(get("/api/v1/search").param("q", "kind:paragraph")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String narrow = mvc.perform(get("/api/v1/search").param("q", "Cuadernos")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        String few = mvc.perform(get("/api/v1/search").param("q", FEW)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String download = mvc.perform(get("/search.json").param("q", "kind:paragraph")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(broad).contains("\"totalEstimated\":true", "\"facetCountsEstimated\":true");
        assertThat(few).contains("\"totalEstimated\":false", "\"facetCountsEstimated\":true");
        assertThat(narrow).contains("\"total\":1", "\"totalEstimated\":false", "\"facetCountsEstimated\":false");
        assertThat(download).as("a download lists every result and counts them exactly").contains("\"totalEstimated\":false");
    }

    private Document page(String url) {
        try {
            return Jsoup.parse(mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(url, e);
        }
    }
}
