package org.mandato.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * What a query matches: the page of documents asked for, the exact number of matches, and the facet
 * counts. Two passes over the index, because they need different work: the page is found by score
 * (or date) letting Lucene skip the blocks of documents that cannot reach it, so most matches are
 * never scored; the second pass scores nothing, counts every match exactly and gathers them for the
 * facets. When more documents match than {@code exactFacetsUpTo}, the facets are counted on an even
 * sample of them and scaled up to the whole: those counts are estimates
 * ({@link #facetsEstimated()}), while the total stays exact. A value rare among the matches may
 * then be missing from the sample, and so from the facet.
 */
record Matches(ScoreDoc[] page, long total, List<FacetResult> facets, boolean facetsEstimated) {

    /**
     * Up to this many matches, facets are counted exactly; above, on an even sample of between half
     * and all of this many ({@link SampledMatches}). Counting costs a few hundred nanoseconds a
     * document at a million reports (its facet values are read from all over the index), so 10,000
     * keep it near 2 ms; a sample of 5,000 puts a value holding 10 % of the matches within about
     * ±4 % of its true count (one standard error), one holding 1 % within about ±14 %.
     */
    static final int EXACT_FACETS_UP_TO = 10_000;
    private static final SortField NEWEST_FIRST = new SortField(SearchFields.DATE, SortField.Type.LONG, true);

    static Matches find(IndexSearcher searcher, Query query, String sort, int offset, int count,
                        SortedSetDocValuesReaderState facetState, int facetValues, int exactFacetsUpTo) throws IOException {
        int wanted = Math.max(1, offset + count);
        SampledMatches collected = new SampledMatches(exactFacetsUpTo);
        // The total comes from the second pass, so this one may stop counting (and scoring) at the page.
        TopDocs top = sort.equals("date")
                ? searcher.search(query, new TopFieldCollectorManager(new Sort(NEWEST_FIRST), wanted, null, wanted))
                : searcher.search(query, new TopScoreDocCollectorManager(wanted, null, wanted));
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                Math.min(offset + count, top.scoreDocs.length));
        searcher.search(query, collected);
        long total = collected.total();
        List<FacetResult> facets = new ArrayList<>();
        if (facetState == null || total == 0) {
            return new Matches(page, total, facets, false);
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetState, collected.asFacetsCollector());
        long sampled = collected.sampled();
        boolean estimated = sampled < total;
        double scale = estimated ? (double) total / sampled : 1;
        for (String dimension : SearchFields.FACETS) {
            FacetResult result;
            try {
                result = counts.getTopChildren(facetValues, dimension);
            } catch (IllegalArgumentException noSuchDimension) {
                continue;
            }
            if (result != null) {
                facets.add(estimated ? scaled(result, scale, total) : result);
            }
        }
        return new Matches(page, total, facets, estimated);
    }

    private static FacetResult scaled(FacetResult result, double scale, long total) {
        LabelAndValue[] values = Arrays.stream(result.labelValues)
                .map(v -> new LabelAndValue(v.label, Math.min(total, Math.round(v.value.longValue() * scale))))
                .toArray(LabelAndValue[]::new);
        return new FacetResult(result.dim, result.path, Math.min(total, Math.round(result.value.longValue() * scale)), values,
                result.childCount);
    }
}
