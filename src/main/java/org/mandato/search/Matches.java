package org.mandato.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * What a query matches: the page of documents asked for, the number of matches, and the facet
 * counts. Two passes over the index, because they need different work: the page is found by score
 * (or date) letting Lucene skip the blocks of documents that cannot reach it, so most matches are
 * never scored; the second pass scores nothing, counts the matches and gathers them for the facets.
 * When very many match, that pass visits only evenly spread windows of the index
 * ({@link TotalEstimate}) and scales up: the total is then an estimate ({@link #totalEstimated()}).
 * When more documents match than {@code exactFacetsUpTo}, the facets are counted on an even
 * sample of them and scaled up to the whole: those counts are estimates ({@link #facetsEstimated()}).
 * A value rare among the matches may then be missing from the sample, and so from the facet.
 */
record Matches(ScoreDoc[] page, long total, boolean totalEstimated, List<FacetResult> facets, boolean facetsEstimated) {

    /**
     * Up to this many matches, facets are counted exactly; above, on an even sample of between half
     * and all of this many ({@link SampledMatches}). Counting costs a few hundred nanoseconds a
     * document at a million reports (its facet values are read from all over the index), so 10,000
     * keep it near 2 ms; a sample of 5,000 puts a value holding 10 % of the matches within about
     * ±4 % of its true count (one standard error), one holding 1 % within about ±14 %.
     */
    static final int EXACT_FACETS_UP_TO = 10_000;
    /**
     * From this many matches in the windows of {@link TotalEstimate} (a sixteenth of the index), the
     * total is estimated: about 80,000 matches or more. 5,000 window matches put the estimate within
     * about ±1.4 % of the truth (one standard error) when matches are spread at random, and within
     * ±5 % when they form one run of consecutive documents, whose two ends a window may cut.
     */
    static final int ESTIMATE_TOTALS_FROM = 5_000;
    /**
     * The most documents one search ranks: the deepest page offered ({@link SearchRequest#LAST_PAGE})
     * and a download ({@link Search#EXPORT_LIMIT}) stay within it. Lucene reserves room for all of
     * them before it reads the index (a page 999,999 deep asked for 20 million), so more is refused.
     */
    static final int MOST_RANKED = Math.max(SearchRequest.PAGED_RESULTS, Search.EXPORT_LIMIT);
    private static final SortField NEWEST_FIRST = new SortField(SearchFields.DATE, SortField.Type.LONG, true);

    /** Counts every match: for exports, which list them all, and for tests. */
    static Matches find(IndexSearcher searcher, Query query, String sort, int offset, int count,
                        SortedSetDocValuesReaderState facetState, int facetValues, int exactFacetsUpTo) throws IOException {
        return find(searcher, query, sort, offset, count, facetState, facetValues, exactFacetsUpTo, 0);
    }

    /**
     * As above, but when at least {@code estimateFrom} matches (more than 0) fall in the windows of
     * {@link TotalEstimate}, the total is estimated from them and they are the facets' sample.
     */
    static Matches find(IndexSearcher searcher, Query query, String sort, int offset, int count,
                        SortedSetDocValuesReaderState facetState, int facetValues, int exactFacetsUpTo, int estimateFrom)
            throws IOException {
        if (offset < 0 || count < 0 || (long) offset + count > MOST_RANKED) {
            throw new IllegalArgumentException("at most " + MOST_RANKED + " results are ranked, not " + ((long) offset + count));
        }
        int wanted = Math.max(1, offset + count);
        // The total comes from the second pass, so this one may stop counting (and scoring) at the page.
        TopDocs top = sort.equals("date")
                ? searcher.search(query, new TopFieldCollectorManager(new Sort(NEWEST_FIRST), wanted, null, wanted))
                : searcher.search(query, new TopScoreDocCollectorManager(wanted, null, wanted));
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                Math.min(offset + count, top.scoreDocs.length));
        Query counted = unscored(query);
        SampledMatches collected = new SampledMatches(exactFacetsUpTo);
        long total;
        boolean totalEstimated = false;
        if (top.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
            // Fewer matches than the pages up to this one: the first pass has counted them all.
            searcher.search(counted, collected);
            total = top.totalHits.value;
        } else {
            TotalEstimate windows = estimateFrom > 0 ? TotalEstimate.count(searcher, counted, collected) : null;
            if (windows != null && collected.total() >= estimateFrom) {
                // Never fewer than the first pass saw: a page that exists is always reachable.
                total = Math.max(windows.total(collected.total()), top.totalHits.value);
                totalEstimated = true;
            } else {
                collected = new SampledMatches(exactFacetsUpTo);
                searcher.search(counted, collected);
                total = collected.total();
            }
        }
        List<FacetResult> facets = new ArrayList<>();
        if (facetState == null || total == 0) {
            return new Matches(page, total, totalEstimated, facets, false);
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
        return new Matches(page, total, totalEstimated, facets, estimated);
    }

    /**
     * The same matches, for a pass that scores nothing: each best-of-readings
     * ({@link DisjunctionMaxQuery}) as a plain disjunction, boosts dropped. Lucene matches a plain
     * disjunction a window of 2,048 documents at a time into a bit set, where a best-of-readings
     * walks every match of every reading through a heap: at a million reports, a word read in a
     * dozen fields and a glossary concept costs several times less to count.
     */
    static Query unscored(Query query) {
        if (query instanceof BoostQuery boosted) {
            return unscored(boosted.getQuery());
        }
        if (query instanceof DisjunctionMaxQuery best) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            best.getDisjuncts().forEach(reading -> any.add(unscored(reading), BooleanClause.Occur.SHOULD));
            return any.build();
        }
        if (query instanceof BooleanQuery group) {
            BooleanQuery.Builder same = new BooleanQuery.Builder().setMinimumNumberShouldMatch(group.getMinimumNumberShouldMatch());
            group.clauses().forEach(clause -> same.add(unscored(clause.getQuery()), clause.getOccur()));
            return same.build();
        }
        return query;
    }

    private static FacetResult scaled(FacetResult result, double scale, long total) {
        LabelAndValue[] values = Arrays.stream(result.labelValues)
                .map(v -> new LabelAndValue(v.label, Math.min(total, Math.round(v.value.longValue() * scale))))
                .toArray(LabelAndValue[]::new);
        return new FacetResult(result.dim, result.path, Math.min(total, Math.round(result.value.longValue() * scale)), values,
                result.childCount);
    }
}
