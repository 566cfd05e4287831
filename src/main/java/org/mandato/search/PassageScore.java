package org.mandato.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage, favouring the text's opening), computed without
 * the hash of terms Lucene builds for each passage: that hash reserves 32 KB, and the highlighter
 * scores every sentence of every result that holds a match, so for a page of results it was most
 * of the highlighter's memory and a good part of its time. A passage holds a handful of matches:
 * the distinct terms are found by comparing them, in the same order, for the same score.
 */
final class PassageScore extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] inDoc = passage.getMatchTermFreqsInDoc();
        BytesRef[] distinct = new BytesRef[matches];
        int[] freqInPassage = new int[matches];
        int[] freqInDoc = new int[matches];
        int count = 0;
        for (int i = 0; i < matches; i++) {
            int at = 0;
            while (at < count && !distinct[at].bytesEquals(terms[i])) {
                at++;
            }
            if (at == count) {
                distinct[count] = terms[i];
                freqInDoc[count] = inDoc[i];
                count++;
            }
            freqInPassage[at]++;
        }
        double score = 0d;
        for (int i = 0; i < count; i++) {
            score += tf(freqInPassage[i], passage.getLength()) * weight(contentLength, freqInDoc[i]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }
}
