package org.mandato.search;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Weight;

/**
 * Matches counted in evenly spread windows of the index: the first {@link #WINDOW} documents of
 * every {@link #PERIOD} of each segment (a sixteenth), enough to estimate the total of a query
 * matching hundreds of thousands of reports for a sixteenth of the cost of counting them all.
 * Windows of 128 documents are the postings' blocks, so skipping between them is cheap; they are
 * small and many so that matches that follow one another in the index (reports of one year, indexed
 * together) fall into windows in proportion, cut by a window only at the ends of their run.
 */
final class TotalEstimate {

    static final int WINDOW = 128;
    static final int PERIOD = 16 * WINDOW;

    private final double scale;

    private TotalEstimate(double scale) {
        this.scale = scale;
    }

    /** Feeds the matches in the windows to {@code collector} and returns how to scale their number up. */
    static TotalEstimate count(IndexSearcher searcher, Query query, SimpleCollector collector) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        long documents = 0;
        long windowed = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int maxDoc = leaf.reader().maxDoc();
            documents += maxDoc;
            for (int start = 0; start < maxDoc; start += PERIOD) {
                windowed += Math.min(WINDOW, maxDoc - start);
            }
            BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer == null) {
                continue;
            }
            LeafCollector leafCollector = collector.getLeafCollector(leaf);
            int next = 0;
            for (int start = 0; start < maxDoc && next != DocIdSetIterator.NO_MORE_DOCS; start += PERIOD) {
                int end = Math.min(start + WINDOW, maxDoc);
                if (next < end) {
                    // The scorer tells where its next match may be: windows before it hold none.
                    next = scorer.score(leafCollector, leaf.reader().getLiveDocs(), Math.max(start, next), end);
                }
            }
            leafCollector.finish();
        }
        return new TotalEstimate(windowed == 0 ? 1 : (double) documents / windowed);
    }

    /** The estimated total, from the number of matches the windows held. */
    long total(long inWindows) {
        return Math.round(inWindows * scale);
    }
}
