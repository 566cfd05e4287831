package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.mandato.search.SearchResults.Hit;
import org.springframework.beans.factory.annotation.Autowired;

/** Every query form, in each language, over the demo pack (157 paragraphs, three IOM reports). */
@MandatoTest
class SearchTest {

    @Autowired
    Search search;

    @Test
    void englishWordsFindTheParagraphThroughItsEnglishTitle() {
        SearchResults results = search("migrants human rights", "en");

        assertThat(labels(results)).contains("Port of Spain 2009 ¶17");
        Hit paragraph = hit(results, "Port of Spain 2009 ¶17");
        assertThat(paragraph.titleLanguage()).isEqualTo("en");
        // The glossary's phrase "migrants' human rights" is marked whole, beside the words typed.
        assertThat(String.join(" ", paragraph.title().stream().filter(SearchResults.Piece::match).map(SearchResults.Piece::text).toList()))
                .contains("migrants", "human", "rights");
    }

    @Test
    void spanishWordsFindTheSameParagraphAndShowItsSpanishText() {
        Hit paragraph = hit(search("derechos humanos de los migrantes", "es"), "Port of Spain 2009 ¶17");

        assertThat(paragraph.titleLanguage()).isEqualTo("es");
        assertThat(paragraph.titleText()).startsWith("Proteger los derechos humanos de los migrantes");
    }

    @Test
    void accentsNeverMatter() {
        assertThat(labels(search("condicion migratoria", "es"))).contains("Port of Spain 2009 ¶17");
        assertThat(labels(search("condición migratoria", "es"))).contains("Port of Spain 2009 ¶17");
        assertThat(labels(search("MIGRACIÓN", "es"))).isEqualTo(labels(search("migracion", "es")));
    }

    @Test
    void stemmingMeetsOtherFormsOfAWord() {
        assertThat(labels(search("migrant worker", "en"))).contains("IOM");
        assertThat(labels(search("educación", "es"))).contains("VII Summit Education ¶1");
    }

    @Test
    void exactPhrasesAndBooleanOperators() {
        assertThat(reportDates(search("\"Inter-American Course on International Migration\"", "en"))).containsExactly("2016-06-08");
        assertThat(reportDates(search("Guatemala AND Canada", "en"))).containsExactly("2011-06-21");
        assertThat(reportDates(search("Panama OR Guatemala", "en"))).containsExactlyInAnyOrder("2018-03-16", "2011-06-21");
        assertThat(reportDates(search("migration NOT Guatemala", "en"))).doesNotContain("2011-06-21").contains("2018-03-16");
        assertThat(reportDates(search("Cuadern*", "en"))).containsExactly("2018-03-16");
    }

    @Test
    void typedFieldFiltersNarrow() {
        assertThat(reportDates(search("institution:iom year:2016", "en"))).containsExactly("2016-06-08");
        SearchResults paragraphs = search("kind:paragraph theme:migration", "en");
        assertThat(paragraphs.hits()).allMatch(h -> h.kind().equals("paragraph"));
        assertThat(labels(paragraphs)).contains("Port of Spain 2009 ¶17", "Port of Spain 2009 ¶70");
        assertThat(labels(search("document:\"Lima 2018\" summit:viii corruption", "en"))).contains("Lima 2018 ¶1");
    }

    @Test
    void facetsCountTheWholeResultAndNarrowIt() {
        SearchResults all = search.search(new SearchRequest("migration", Map.of(), null, 0), "en");
        Map<String, Long> kinds = counts(all, "kind");
        assertThat(kinds).containsEntry("report", 3L);
        assertThat(kinds.get("paragraph")).isPositive();
        assertThat(all.total()).isEqualTo(kinds.values().stream().mapToLong(Long::longValue).sum());

        SearchResults reportsOnly = search.search(new SearchRequest("migration", Map.of("kind", List.of("report")), null, 0), "en");
        assertThat(reportsOnly.total()).isEqualTo(3);
        assertThat(counts(reportsOnly, "institution")).containsExactly(Map.entry("iom", 3L));
        assertThat(counts(reportsOnly, "year")).containsOnlyKeys("2018", "2016", "2011");
        assertThat(reportsOnly.facets().stream().filter(f -> f.dimension().equals("institution")).findFirst().orElseThrow()
                .values().get(0).label()).isEqualTo("IOM");
    }

    @Test
    void sortsByDateAndPages() {
        SearchResults byDate = search.search(new SearchRequest("", Map.of("kind", List.of("report")), "date", 0), "en");
        assertThat(reportDates(byDate)).containsExactly("2018-03-16", "2016-06-08", "2011-06-21");

        SearchResults first = search.search(new SearchRequest("", Map.of("kind", List.of("paragraph")), null, 0), "en");
        SearchResults second = search.search(new SearchRequest("", Map.of("kind", List.of("paragraph")), null, 1), "en");
        assertThat(first.total()).isEqualTo(157);
        assertThat(first.pages()).isEqualTo(8);
        assertThat(first.hits()).hasSize(20);
        assertThat(labels(second)).doesNotContainAnyElementsOf(labels(first));
    }

    @Test
    void brokenSyntaxIsSearchedAsPlainWords() {
        SearchResults results = search("migrants AND (", "en");

        assertThat(results.queryRelaxed()).isTrue();
        assertThat(results.total()).isPositive();
    }

    @Test
    void snippetsCarryTheMatchingWordsAsPlainText() {
        Hit report = search("\"OAS TRUST\"", "en").hits().get(0);

        assertThat(report.snippet()).filteredOn(SearchResults.Piece::match).extracting(SearchResults.Piece::text)
                .containsExactly("OAS TRUST");
        assertThat(report.snippetLanguage()).isEqualTo("en");
    }

    private SearchResults search(String query, String lang) {
        return search.search(new SearchRequest(query, Map.of(), null, 0), lang);
    }

    private static Hit hit(SearchResults results, String label) {
        return results.hits().stream().filter(h -> h.label().equals(label)).findFirst().orElseThrow();
    }

    private static List<String> labels(SearchResults results) {
        return results.hits().stream().map(Hit::label).toList();
    }

    private static List<String> reportDates(SearchResults results) {
        return results.hits().stream().filter(Hit::isReport).map(Hit::date).toList();
    }

    private static Map<String, Long> counts(SearchResults results, String dimension) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        results.facets().stream().filter(f -> f.dimension().equals(dimension)).findFirst()
                .ifPresent(f -> f.values().forEach(v -> counts.put(v.value(), v.count())));
        return counts;
    }
}
