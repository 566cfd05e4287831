package org.mandato.search;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.mandato.catalog.Catalog;
import org.mandato.reporting.CitationParser;
import org.mandato.reporting.CitationSuggestions;
import org.springframework.beans.factory.annotation.Autowired;

/** Prints recall@5 and MRR of the suggestions; run by bench/suggestions.sh, not by ./mvnw verify. */
@Tag("benchmark")
@MandatoTest
class SuggestionBenchmark {

    @Autowired
    CitationSuggestions suggestions;
    @Autowired
    CitationParser citations;
    @Autowired
    Catalog catalog;

    @Test
    void printScores() {
        for (String set : new String[] {"tuning", "evaluation"}) {
            System.out.println("SUGGESTIONS " + SuggestionEvaluation.score(set, suggestions, citations, catalog));
        }
    }
}
