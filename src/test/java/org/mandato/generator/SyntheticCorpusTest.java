package org.mandato.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mandato.catalog.CatalogImport.ParagraphEntry;
import org.mandato.reporting.ReportImport.ReportEntry;

/** The corpus is a function of its seed and catalogue: the same report every time, another seed another corpus. */
class SyntheticCorpusTest {

    static final SyntheticCorpus.Catalogue CATALOGUE = new SyntheticCorpus.Catalogue(List.of("iom", "oas", "pe"),
            List.of("migration", "health", "education"), List.of("Port of Spain 2009 ¶17", "Lima 2018 ¶7", "VII Summit Education ¶2"));
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 28);

    @Test
    void theSameSeedGivesTheSameReports() {
        SyntheticCorpus one = new SyntheticCorpus(42, CATALOGUE, LAST_DAY);
        SyntheticCorpus two = new SyntheticCorpus(42, CATALOGUE, LAST_DAY);

        assertThat(IntStream.range(0, 200).mapToObj(one::report).toList())
                .isEqualTo(IntStream.range(0, 200).mapToObj(two::report).toList());
        assertThat(one.report(7)).as("report i does not depend on the reports made before it").isEqualTo(two.report(7));
        assertThat(new SyntheticCorpus(43, CATALOGUE, LAST_DAY).report(0).body()).isNotEqualTo(one.report(0).body());
    }

    @Test
    void reportsSpreadOverLanguagesYearsThemesAndCitations() {
        SyntheticCorpus corpus = new SyntheticCorpus(1, CATALOGUE, LAST_DAY);
        List<ReportEntry> reports = IntStream.range(0, 2_000).mapToObj(corpus::report).toList();

        assertThat(reports).extracting(ReportEntry::originalLanguage).containsOnly("en", "es", "pt", "fr");
        assertThat(reports).allSatisfy(r -> {
            assertThat(r.date()).isBetween(LocalDate.of(1994, 1, 1), LAST_DAY);
            assertThat(r.themeSlugs()).hasSizeBetween(1, 3);
            assertThat(r.citations().isEmpty() ? 0 : r.citations().split("; ").length).isBetween(0, 3);
            assertThat(r.body().get(r.originalLanguage())).isNotBlank();
        });
        assertThat(reports).extracting(r -> r.date().getYear()).contains(1994, 2010, 2026);
        assertThat(reports).extracting(ReportEntry::authorCode).containsOnly("iom", "oas", "pe");
    }

    @Test
    void syntheticParagraphsFillTheCatalogueToAboutTwoThousandAndSaySo() {
        List<ParagraphEntry> paragraphs = new SyntheticCorpus(1, CATALOGUE, LAST_DAY)
                .paragraphs(List.of("v/port-of-spain-declaration", "viii/lima-commitment"), 160);

        assertThat(paragraphs).hasSize(2 * 920);
        assertThat(paragraphs.get(0).number()).isEqualTo("S1");
        assertThat(paragraphs).allSatisfy(p -> assertThat(p.title().get("en")).contains("Synthetic", "not a mandate"));
        assertThat(new SyntheticCorpus(1, CATALOGUE, LAST_DAY).paragraphs(List.of("v/port-of-spain-declaration"), 2_000)).isEmpty();
    }

    @Test
    void everyWordComesFromTheVocabularyOfItsLanguage() {
        SyntheticCorpus corpus = new SyntheticCorpus(3, CATALOGUE, LAST_DAY);

        IntStream.range(0, 500).mapToObj(corpus::report).forEach(r -> r.body().forEach((lang, body) ->
                assertThat(words(body)).as(lang).isSubsetOf(SyntheticText.instance().words(lang))));
    }

    @Test
    void theBenchmarksQueryWordsAreInTheVocabulary() {
        // bench/queries.txt, bench/fts-queries.sh and SearchLatencyBenchmark must keep matching.
        assertThat(SyntheticText.instance().words("en")).contains("migration", "migrants", "human", "rights", "energy",
                "renewable", "health", "tobacco", "climate", "change", "corruption", "transparency", "disaster", "risk");
        assertThat(SyntheticText.instance().words("es")).contains("migración", "derechos", "humanos", "seguridad",
                "ciudadana", "agua", "potable", "vacunación");
        assertThat(SyntheticText.instance().words("pt")).contains("educação");
        assertThat(SyntheticText.instance().words("fr")).contains("santé", "publique", "formation", "professionnelle");
    }

    @Test
    void wordFrequenciesAreSkewedLikeZipfsLaw() {
        SyntheticCorpus corpus = new SyntheticCorpus(5, CATALOGUE, LAST_DAY);
        Map<String, Integer> counts = new HashMap<>();
        IntStream.range(0, 2_000).mapToObj(corpus::report).filter(r -> r.originalLanguage().equals("en"))
                .forEach(r -> words(r.body().get("en")).forEach(w -> counts.merge(w, 1, Integer::sum)));
        List<Integer> ranked = counts.values().stream().sorted((a, b) -> b - a).toList();
        int total = ranked.stream().mapToInt(Integer::intValue).sum();

        assertThat(ranked).hasSizeGreaterThan(150);
        // Uniform draws would give every word about the same count; rank^-1 gives the 1st about 50
        // times the 50th's count, less the theme words' share.
        assertThat(ranked.get(0)).isGreaterThan(10 * ranked.get(49));
        assertThat(ranked.subList(0, 20).stream().mapToInt(Integer::intValue).sum()).isGreaterThan(total / 4);
        assertThat(ranked.get(ranked.size() - 1) * 100).isLessThan(ranked.get(0));
    }

    @Test
    void aThemesWordsAppearMostlyInReportsOnThatTheme() {
        SyntheticCorpus corpus = new SyntheticCorpus(7, CATALOGUE, LAST_DAY);
        List<ReportEntry> english = IntStream.range(0, 2_000).mapToObj(corpus::report)
                .filter(r -> r.originalLanguage().equals("en")).toList();
        Map<Boolean, List<ReportEntry>> byTheme = english.stream()
                .collect(Collectors.partitioningBy(r -> r.themeSlugs().contains("migration")));

        assertThat(share(byTheme.get(true), "migration")).isGreaterThan(0.8);
        assertThat(share(byTheme.get(false), "migration")).isLessThan(0.2);
        assertThat(share(byTheme.get(true), "vaccination")).isLessThan(share(byTheme.get(false), "vaccination"));
    }

    @Test
    void aThemeWithoutWordsOfItsOwnBorrowsThoseOfARelatedOneAlwaysTheSame() {
        SyntheticText text = SyntheticText.instance();

        assertThat(text.themeEntries("en", "renewable-energy")).isEqualTo(text.themeEntries("en", "energy"));
        assertThat(text.themeEntries("es", "migrant-human-rights")).isEqualTo(text.themeEntries("es", "human-rights"));
        assertThat(text.themeEntries("fr", "unheard-of")).isNotEmpty().isEqualTo(text.themeEntries("fr", "unheard-of"));
    }

    private static double share(List<ReportEntry> reports, String word) {
        return reports.stream().filter(r -> words(r.body().get("en")).contains(word)).count() / (double) reports.size();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s.]+")).filter(w -> !w.isEmpty()).toList();
    }
}
