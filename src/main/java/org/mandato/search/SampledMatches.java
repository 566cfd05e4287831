package org.mandato.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.DocIdSetBuilder;

/**
 * Counts every match and keeps an even sample of them for the facets, in one pass that scores
 * nothing: every match while they are at most {@code size}, then every second, fourth, eighth… in
 * index order, the step doubling whenever more than {@code size} are kept. The sample then holds
 * between half and all of {@code size} matches, spread over the whole index. Unlike gathering every
 * match first (as Lucene's RandomSamplingFacetsCollector does), it never builds a set of all matches:
 * its cost beyond the query is a counter and an array of at most {@code size} documents.
 */
final class SampledMatches extends SimpleCollector {

    private final int size;
    private int[] kept;
    private int keptCount;
    private long step = 1;
    private long total;
    private int docBase;
    private final List<LeafReaderContext> leaves = new ArrayList<>();

    SampledMatches(int size) {
        this.size = Math.max(1, size);
        this.kept = new int[Math.min(this.size, 1024) + 1];
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
        docBase = context.docBase;
        leaves.add(context);
    }

    @Override
    public void collect(int doc) {
        if (total++ % step != 0) {
            return;
        }
        if (keptCount == kept.length) {
            kept = Arrays.copyOf(kept, Math.min(size + 1, kept.length * 2));
        }
        kept[keptCount++] = docBase + doc;
        if (keptCount > size) {
            // Keep the matches numbered 0, 2·step, 4·step…: every second one of those kept so far.
            int half = 0;
            for (int i = 0; i < keptCount; i += 2) {
                kept[half++] = kept[i];
            }
            keptCount = half;
            step *= 2;
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Every match, counted exactly. */
    long total() {
        return total;
    }

    /** How many matches the sample holds: {@link #total()} when it holds them all. */
    int sampled() {
        return keptCount;
    }

    /** The sample, as Lucene's facet counting reads matches. */
    FacetsCollector asFacetsCollector() {
        List<MatchingDocs> matching = new ArrayList<>();
        int from = 0;
        for (LeafReaderContext leaf : leaves) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            int to = from;
            while (to < keptCount && kept[to] < end) {
                to++;
            }
            DocIdSetBuilder docs = new DocIdSetBuilder(leaf.reader().maxDoc());
            DocIdSetBuilder.BulkAdder adder = docs.grow(to - from);
            for (int i = from; i < to; i++) {
                adder.add(kept[i] - leaf.docBase);
            }
            matching.add(new MatchingDocs(leaf, docs.build(), to - from, null));
            from = to;
        }
        return new FacetsCollector() {
            @Override
            public List<MatchingDocs> getMatchingDocs() {
                return matching;
            }
        };
    }
}
