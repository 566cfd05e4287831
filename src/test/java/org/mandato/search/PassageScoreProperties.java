package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/** {@link PassageScore} gives every passage exactly the score Lucene's own scorer gives it. */
class PassageScoreProperties {

    @Property(tries = 1000)
    void aPassageScoresAsLucenesScorerScoresIt(@ForAll @Size(max = 40) List<@StringLength(min = 1, max = 2) @CharRange(from = 'a', to = 'c') String> matchedTerms,
                                              @ForAll @IntRange(max = 5_000) int start, @ForAll @IntRange(min = 1, max = 600) int length,
                                              @ForAll @IntRange(min = 1, max = 50) int freqInDoc,
                                              @ForAll @IntRange(min = 1, max = 100_000) int contentLength) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(start + length);
        for (int i = 0; i < matchedTerms.size(); i++) {
            // Terms drawn from a small alphabet repeat; each term keeps the frequency of its first match.
            passage.addMatch(start, start + 1, new BytesRef(matchedTerms.get(i)), freqInDoc + i % 3);
        }

        assertThat(new PassageScore().score(passage, contentLength)).isEqualTo(new PassageScorer().score(passage, contentLength));
    }
}
