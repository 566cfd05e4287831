package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

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
 * With facets counted exactly only up to 10 matches, a search on the demo pack matching more (its 157
 * paragraphs) shows its facet counts as estimates, in words on the page and as a flag in the API, and its total exact.
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
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Search search;

    @Test
    void facetCountsAreMarkedAsEstimatesInEveryLanguageAndTheTotalIsExact() throws Exception {
        Document english = page("/search?q=kind:paragraph");
        Document spanish = page("/search?q=kind:paragraph&lang=es");

        assertThat(english.select(".search-facets .hint").text()).contains("estimated from a sample").contains("exact");
        assertThat(english.select(".search-facets .facet-values a")).isNotEmpty().extracting(Element::text)
                .allMatch(t -> t.matches(".*\\(about [\\d,]+\\)"));
        assertThat(spanish.select(".search-facets .facet-values a")).extracting(Element::text)
                .allMatch(t -> t.matches(".*\\(unos [\\d.,]+\\)"));
        SearchResults results = search.search(new SearchRequest("kind:paragraph", java.util.Map.of(), null, 0), "en");
        assertThat(english.selectFirst("#results-heading").text()).isEqualTo(results.total() + " results");
    }

    @Test
    void theApiSaysWhenFacetCountsAreEstimates() throws Exception {
        String broad = mvc.perform(get("/api/v1/search").param("q", "kind:paragraph")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String narrow = mvc.perform(get("/api/v1/search").param("q", "Cuadernos")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(broad).contains("\"facetCountsEstimated\":true");
        assertThat(narrow).contains("\"total\":1", "\"facetCountsEstimated\":false");
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
