package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The two readings beside each language's: acronyms as written, and words for spelling. */
class AnalyzersTest {

    @Test
    void theAcronymsFieldKeepsAcronymsAsWrittenWithoutArticlePossessiveOrPluralS() throws IOException {
        assertThat(tokens(Analyzers.acronyms(), SearchFields.ACRONYMS,
                "L'OIM et l’OPS, IOM's partners, two NGOs, un rapport de l'ONU, the UN and the G20: who pays? Who"))
                .containsExactly("OIM", "OPS", "IOM", "NGO", "ONU", "UN", "G20");
    }

    @Test
    void theSpellingFieldKeepsWordsAsWrittenLowerCased() throws IOException {
        assertThat(tokens(Analyzers.spelling(), SearchFields.SPELLING, "L'Organisation panaméricaine de la santé"))
                .containsExactly("organisation", "panaméricaine", "de", "la", "santé");
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
