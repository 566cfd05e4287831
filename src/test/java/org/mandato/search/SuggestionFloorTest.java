package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.junit.jupiter.api.Test;

/** Suggestions far below the best one are left out: only those scoring at least 30 % of the best remain. */
class SuggestionFloorTest {

    @Test
    void hitsBelowTheFloorAreLeftOut() {
        TopDocs top = new TopDocs(new TotalHits(4, TotalHits.Relation.EQUAL_TO),
                new ScoreDoc[] {new ScoreDoc(1, 10f), new ScoreDoc(2, 3.5f), new ScoreDoc(3, 3f), new ScoreDoc(4, 2.9f)});
        assertThat(ParagraphSuggester.relevant(top).scoreDocs).extracting(hit -> hit.doc).containsExactly(1, 2, 3);
        TopDocs none = new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
        assertThat(ParagraphSuggester.relevant(none).scoreDocs).isEmpty();
    }
}
