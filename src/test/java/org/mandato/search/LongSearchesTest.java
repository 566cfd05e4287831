package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A search asking more than is read at once is refused with a 400 that names the parameter, the
 * words typed kept in the box; one within the limits is answered. Lucene refuses a query of more
 * than 1,024 parts, and a word becomes about thirty (a dozen fields, its nearest word, its glossary
 * concepts): 120 words were a 500.
 */
@MandatoTest
class LongSearchesTest {

    /** Words that each become as many parts as a word can: misspelt (so read also as the nearest word) or naming concepts. */
    static final List<String> HEAVY_WORDS = List.of("migrantes", "trabajadores", "derechos", "humanos", "vaccinaton", "salud",
            "publique", "corruption", "transparency", "indigenous", "peoples", "disaster", "risk", "gender", "equality", "climate");

    @Autowired
    MockMvc mvc;

    @Autowired
    Search search;

    @Test
    void tooManyWordsAreRefusedOnThePageWithTheWordsKept() throws Exception {
        String typed = words(SearchRequest.MOST_WORDS + 8);
        MockHttpServletResponse response = perform("/search", typed);

        assertThat(response.getStatus()).isEqualTo(400);
        Document html = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(html.select(".notice").text()).contains("This search holds 40 words; at most 32 words and 1,000 characters are read at once");
        assertThat(html.selectFirst("#q").val()).isEqualTo(typed);
        assertThat(perform("/search", words(120)).getStatus()).as("a 500 before the limit").isEqualTo(400);
        assertThat(perform("/api/v1/search", words(120)).getStatus()).isEqualTo(400);
        Document french = Jsoup.parse(perform("/search?lang=fr", typed).getContentAsString(StandardCharsets.UTF_8));
        assertThat(french.select(".notice").text()).contains("Cette recherche compte 40 mots");
    }

    @Test
    void tooManyCharactersOrFilterValuesAreRefusedToo() throws Exception {
        MockHttpServletResponse characters = perform("/search?q=" + "a".repeat(SearchRequest.MOST_CHARACTERS + 1));
        assertThat(characters.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(characters.getContentAsString(StandardCharsets.UTF_8)).select(".notice").text())
                .contains("This search holds 1,001 characters");

        MockHttpServletResponse themes = perform("/search?q=migration" + "&theme=t".repeat(SearchRequest.MOST_VALUES + 1));
        assertThat(themes.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(themes.getContentAsString(StandardCharsets.UTF_8)).select(".notice").text())
                .contains("At most 10 values of the filter “Theme” can be chosen at once; this address chooses 11");
    }

    @Test
    void theApiAndTheDownloadsSayWhichParameterIsTooLong() throws Exception {
        for (String path : List.of("/api/v1/search", "/search.json", "/search.csv")) {
            MockHttpServletResponse words = perform(path, words(SearchRequest.MOST_WORDS + 1));
            assertThat(words.getStatus()).as(path).isEqualTo(400);
            assertThat(words.getContentType()).as(path).startsWith("application/problem+json");
            assertThat(words.getContentAsString(StandardCharsets.UTF_8)).as(path)
                    .contains("parameter 'q' may hold at most 32 words and 1000 characters; this one holds 33 words");

            MockHttpServletResponse years = perform(path + "?q=migration" + "&year=2010".repeat(SearchRequest.MOST_VALUES + 1));
            assertThat(years.getStatus()).as(path).isEqualTo(400);
            assertThat(years.getContentAsString(StandardCharsets.UTF_8)).as(path).contains("parameter 'year' may be given at most 10 times");
        }
    }

    @Test
    void theLongestSearchAllowedIsAnswered() {
        Map<String, List<String>> filters = new java.util.LinkedHashMap<>();
        for (String dimension : List.of("theme", "institution", "country", "year")) {
            filters.put(dimension, Collections.nCopies(SearchRequest.MOST_VALUES, dimension.equals("year") ? "2011" : "migration"));
        }
        String eitherWord = String.join(" OR ", HEAVY_WORDS);
        for (String lang : List.of("en", "es")) {
            SearchResults words = search.search(new SearchRequest(words(SearchRequest.MOST_WORDS), Map.of(), null, 0), lang);
            SearchResults filtered = search.search(new SearchRequest(words(SearchRequest.MOST_WORDS), filters, null, 0), lang);
            SearchResults any = search.search(new SearchRequest(eitherWord, filters, null, 0), lang);

            // Read whole: all 32 words, half of them needed (no demo text holds 16 of them).
            assertThat(words.guidance().wordsNeeded()).as(lang).containsExactly(new SearchResults.WordsNeeded(32, 16));
            assertThat(filtered.guidance().wordsNeeded()).as(lang).containsExactly(new SearchResults.WordsNeeded(32, 16));
            assertThat(search.search(new SearchRequest(eitherWord, Map.of(), null, 0), lang).total()).as(lang).isPositive();
            assertThat(any.request().filters()).as(lang).containsOnlyKeys("theme", "institution", "country", "year");
        }
    }

    private static String words(int count) {
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < count; i++) {
            typed.append(i == 0 ? "" : " ").append(HEAVY_WORDS.get(i % HEAVY_WORDS.size()));
        }
        return typed.toString();
    }

    private MockHttpServletResponse perform(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    private MockHttpServletResponse perform(String path, String typed) throws Exception {
        return mvc.perform(get(path).param("q", typed)).andReturn().getResponse();
    }
}
