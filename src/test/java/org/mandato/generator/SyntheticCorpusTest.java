package org.mandato.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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
}
