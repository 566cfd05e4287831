package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.mandato.catalog.Catalog;
import org.mandato.reporting.CitationParser;
import org.mandato.reporting.CitationSuggestions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Guards the suggestion quality measured on the held-out "evaluation" texts (0.814 recall@5 and
 * 0.736 MRR when written) against regressions; the benchmark prints the exact figures.
 */
@MandatoTest
class SuggestionQualityTest {

    @Autowired
    CitationSuggestions suggestions;
    @Autowired
    CitationParser citations;
    @Autowired
    Catalog catalog;

    @Test
    void heldOutTextsFindTheirParagraphsAmongTheFirstFive() {
        SuggestionEvaluation.Score score = SuggestionEvaluation.score("evaluation", suggestions, citations, catalog);

        assertThat(score.texts()).isEqualTo(70);
        assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.78);
        assertThat(score.meanReciprocalRank()).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void eachSuggestionNamesTheWordsThatMatched() {
        var migration = catalog.theme("migration").orElseThrow().id();

        var ranked = suggestions.suggest("We trained labour inspectors to protect the rights of migrant workers, "
                + "whatever their migratory status.", "en", java.util.Set.of(migration), 5);

        assertThat(ranked.get(0).paragraph().citation()).isEqualTo("Port of Spain 2009 ¶17");
        assertThat(ranked.get(0).matchedWords()).contains("migrants", "rights");
    }
}
