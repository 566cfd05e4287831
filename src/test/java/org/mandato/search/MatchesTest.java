package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Matches} against Lucene's own exhaustive answers on a known corpus of 20,000 synthetic
 * reports (the benchmark's, seed 42): the same page, the exact total, exact facet counts up to the
 * threshold, and above it estimates that say so and stay close.
 */
class MatchesTest {

    static ByteBuffersDirectory directory;
    static DirectoryReader reader;
    static IndexSearcher searcher;
    static DefaultSortedSetDocValuesReaderState state;
    final QueryReader queries = new QueryReader();

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField()))) {
            SearchLatencyBenchmark.Corpus corpus = new SearchLatencyBenchmark.Corpus(42);
            for (int i = 0; i < 20_000; i++) {
                writer.addDocument(SearchDocuments.report(corpus.report(i), corpus.summitsById(), corpus::document, GlossaryTerms.EMPTY));
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        state = new DefaultSortedSetDocValuesReaderState(reader, SearchDocuments.FACETS);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void belowTheThresholdEveryFacetIsCountedExactly() throws IOException {
        Query query = query("formation professionnelle");
        Matches matches = Matches.find(searcher, query, "relevance", 0, 20, state, Search.FACET_VALUES, 100_000);

        assertThat(matches.facetsEstimated()).isFalse();
        assertThat(matches.total()).isEqualTo(searcher.count(query)).isPositive();
        assertThat(counts(matches.facets())).isEqualTo(counts(exactFacets(query)));
    }

    @Test
    void aboveTheThresholdFacetsAreEstimatesCloseToTheTruthAndTheTotalStaysExact() throws IOException {
        Query query = query("migr*");
        int threshold = 1_500;
        Matches matches = Matches.find(searcher, query, "relevance", 0, 20, state, Search.FACET_VALUES, threshold);

        assertThat(matches.total()).isEqualTo(searcher.count(query)).isGreaterThan(threshold * 3);
        assertThat(matches.facetsEstimated()).isTrue();
        Map<String, Long> exact = counts(exactFacets(query));
        Map<String, Long> estimated = counts(matches.facets());
        // The sample holds 750 to 1,500 matches (here 5,569 / 4 = 1,393), which gives a value holding p of
        // them a standard error of sqrt((1 - p) / (1393 p)): 5.4 % at p = 20 %, 19 % at p = 2 %. The
        // tolerances are near three of those; the sample is the same every time, so this is no gamble.
        exact.forEach((value, count) -> {
            double share = (double) count / matches.total();
            if (share >= 0.05) {
                assertThat(estimated).as(value).containsKey(value);
            }
            if (share >= 0.02 && estimated.containsKey(value)) {
                assertThat((double) estimated.get(value)).as(value)
                        .isCloseTo(count, org.assertj.core.data.Percentage.withPercentage(share >= 0.2 ? 15 : 50));
            }
        });
        // No estimate exceeds what could be: the documents holding the value at all.
        estimated.forEach((value, count) -> assertThat(count).as(value).isLessThanOrEqualTo(matches.total()));
    }

    @Test
    void aBroadQuerysTotalIsEstimatedFromTheWindowsWithinFivePercent() throws IOException {
        for (String typed : List.of("migr*", "programa", "health NOT tobacco", "kind:report")) {
            Query query = query(typed);
            long exact = searcher.count(query);
            Matches matches = Matches.find(searcher, query, "relevance", 0, 20, state, Search.FACET_VALUES, 1_000, 100);

            assertThat(matches.totalEstimated()).as(typed).isTrue();
            // A sixteenth of 20,000 reports: 100 or more window matches stand for 1,600 or more. At
            // 1,600 a total of reports drawn independently has a standard error of about 2.5 %.
            assertThat((double) matches.total()).as(typed).isCloseTo(exact, org.assertj.core.data.Percentage.withPercentage(7.5));
            assertThat(matches.facetsEstimated()).as(typed).isTrue();
            assertThat(docs(matches.page())).as(typed).isEqualTo(docs(searcher.search(query, 20).scoreDocs));
        }
        Matches everything = Matches.find(searcher, query("kind:report"), "relevance", 0, 20, state, Search.FACET_VALUES, 1_000, 100);
        assertThat(everything.total()).as("every document matches: the windows hold a sixteenth of them exactly").isEqualTo(20_000);
    }

    @Test
    void smallTotalsStayExact() throws IOException {
        for (String typed : List.of("formation professionnelle", "\"human rights\"", "institution:iom year:2015")) {
            Query query = query(typed);
            Matches matches = Matches.find(searcher, query, "relevance", 0, 20, state, Search.FACET_VALUES, 1_000, 400);

            assertThat(matches.totalEstimated()).as(typed).isFalse();
            assertThat(matches.total()).as(typed).isEqualTo(searcher.count(query)).isPositive();
        }
    }

    @Test
    void aPagePastTheLastResultIsEmptyWithTheExactTotal() throws IOException {
        Query query = query("migr*");
        long exact = searcher.count(query);

        Matches beyond = Matches.find(searcher, query, "relevance", (int) exact + 20, 20, state, Search.FACET_VALUES, 1_000, 100);

        assertThat(beyond.page()).isEmpty();
        assertThat(beyond.totalEstimated()).isFalse();
        assertThat(beyond.total()).isEqualTo(exact);
    }

    /**
     * Lucene reserves a slot for every result up to the end of the page before it reads the index
     * (page 999,999 asked for 20 million, some 500 MB): more than {@link Matches#MOST_RANKED} is
     * refused, and the deepest page allowed takes about what the first one does.
     */
    @Test
    void noMoreResultsAreRankedThanThePagesOffered() throws IOException {
        Query query = query("migr*");
        for (String sort : List.of("relevance", "date")) {
            assertThatThrownBy(() -> Matches.find(searcher, query, sort, 20 * 999_999, 20, state, Search.FACET_VALUES, 1_000, 100))
                    .as(sort).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 10000");
            assertThatThrownBy(() -> Matches.find(searcher, query, sort, Integer.MAX_VALUE - 5, 20, state, Search.FACET_VALUES, 1_000))
                    .as(sort + ", past the largest int").isInstanceOf(IllegalArgumentException.class);

            long first = allocatedBy(() -> Matches.find(searcher, query, sort, 0, 20, state, Search.FACET_VALUES, 1_000, 100));
            long deepest = allocatedBy(() -> Matches.find(searcher, query, sort, Matches.MOST_RANKED - 20, 20, state,
                    Search.FACET_VALUES, 1_000, 100));
            // 10,000 slots cost under a megabyte; 20 million would cost hundreds.
            assertThat(deepest).as(sort + ": bytes allocated for the deepest page").isLessThan(first + 8 * MEGABYTE);
        }
        assertThat(Matches.MOST_RANKED).isEqualTo(SearchRequest.PAGED_RESULTS).isGreaterThanOrEqualTo(Search.EXPORT_LIMIT);
    }

    static final long MEGABYTE = 1024 * 1024;

    interface Work {
        void run() throws IOException;
    }

    /** The bytes this thread allocates while doing {@code work}: what a request reserves, whatever else the JVM does. */
    static long allocatedBy(Work work) throws IOException {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    @Test
    void theSameSearchShowsTheSameEstimates() throws IOException {
        Query query = query("migration");

        Matches once = Matches.find(searcher, query, "relevance", 0, 20, state, Search.FACET_VALUES, 2_000);
        Matches again = Matches.find(searcher, query, "relevance", 0, 20, state, Search.FACET_VALUES, 2_000);

        assertThat(counts(again.facets())).isEqualTo(counts(once.facets()));
    }

    @Test
    void thePageIsTheOneAFullScoringPassFinds() throws IOException {
        for (String typed : List.of("migration", "energy AND renewable", "health NOT tobacco", "migr*", "corruption OR transparency",
                "\"human rights\"", "institution:iom")) {
            Query query = query(typed);
            TopDocs everything = searcher.search(query, 40);
            Matches second = Matches.find(searcher, query, "relevance", 20, 20, state, Search.FACET_VALUES, 2_000);

            assertThat(docs(second.page())).as(typed).isEqualTo(docs(Arrays.copyOfRange(everything.scoreDocs,
                    Math.min(20, everything.scoreDocs.length), everything.scoreDocs.length)));
        }
    }

    @Test
    void theCountingPassMatchesWhatTheRankingPassMatches() throws IOException {
        for (String typed : SearchLatencyBenchmark.QUERIES) {
            Query query = queries.read(new SearchRequest(typed, Map.of(), null, 0), reader, SearchLatencyBenchmark.GLOSSARY,
                    QueryPolicy.FULL, "en").query();
            Query unscored = Matches.unscored(query);

            assertThat(unscored.toString()).as(typed).doesNotContain(" | ").doesNotContain("^");
            assertThat(everyMatch(unscored)).as(typed).isEqualTo(everyMatch(query)).isNotEmpty();
        }
    }

    @Test
    void aBestOfBestsLaidFlatScoresAsTheNestedOne() throws IOException {
        Query english = new org.apache.lucene.search.DisjunctionMaxQuery(List.of(
                new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(SearchFields.text("en"), "migrat")),
                new org.apache.lucene.search.BoostQuery(new org.apache.lucene.search.TermQuery(
                        new org.apache.lucene.index.Term(SearchFields.themeNames("en"), "migrat")), 0.5f)), 0f);
        Query nested = new org.apache.lucene.search.DisjunctionMaxQuery(List.of(new org.apache.lucene.search.BoostQuery(english, 2f),
                new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(SearchFields.text("es"), "migracion"))), 0f);

        Query flat = QueryReader.best(List.of(nested));

        assertThat(flat).isInstanceOf(org.apache.lucene.search.DisjunctionMaxQuery.class);
        assertThat(((org.apache.lucene.search.DisjunctionMaxQuery) flat).getDisjuncts()).hasSize(3)
                .noneMatch(q -> q instanceof org.apache.lucene.search.DisjunctionMaxQuery);
        TopDocs expected = searcher.search(nested, 200);
        TopDocs laidFlat = searcher.search(flat, 200);
        assertThat(expected.scoreDocs).hasSize(200);
        assertThat(docs(laidFlat.scoreDocs)).isEqualTo(docs(expected.scoreDocs));
        for (int i = 0; i < expected.scoreDocs.length; i++) {
            assertThat(laidFlat.scoreDocs[i].score).isCloseTo(expected.scoreDocs[i].score, org.assertj.core.data.Offset.offset(1e-5f));
        }
    }

    private static java.util.Set<Integer> everyMatch(Query query) throws IOException {
        java.util.Set<Integer> matched = new java.util.TreeSet<>();
        searcher.search(query, new org.apache.lucene.search.SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                matched.add(base + doc);
            }

            @Override
            public org.apache.lucene.search.ScoreMode scoreMode() {
                return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return matched;
    }

    @Test
    void newestFirstIsOrderedByDate() throws IOException {
        Query query = query("vacunación");
        TopDocs everything = searcher.search(query, 20, new Sort(new SortField(SearchFields.DATE, SortField.Type.LONG, true)));

        Matches matches = Matches.find(searcher, query, "date", 0, 20, state, Search.FACET_VALUES, 2_000);

        assertThat(docs(matches.page())).isEqualTo(docs(everything.scoreDocs));
    }

    @Test
    void theSampleCountsEveryMatchAndKeepsAnEvenShareOfThem() throws IOException {
        SampledMatches all = new SampledMatches(20_000);
        SampledMatches some = new SampledMatches(1_000);

        searcher.search(new org.apache.lucene.search.MatchAllDocsQuery(), all);
        searcher.search(new org.apache.lucene.search.MatchAllDocsQuery(), some);

        assertThat(all.total()).isEqualTo(20_000);
        assertThat(all.sampled()).isEqualTo(20_000);
        assertThat(some.total()).isEqualTo(20_000);
        // 20,000 matches, at most 1,000 kept: every 32nd, from the first (625 of them).
        assertThat(some.sampled()).isEqualTo(625);
        List<Integer> kept = new java.util.ArrayList<>();
        for (var docs : some.asFacetsCollector().getMatchingDocs()) {
            var it = docs.bits.iterator();
            for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                kept.add(docs.context.docBase + doc);
            }
        }
        assertThat(kept).hasSize(625).startsWith(0, 32, 64).endsWith(19_968);
    }

    @Test
    void estimatesAreRoundedToThreeSignificantDigits() {
        assertThat(Search.roughly(999)).isEqualTo(999);
        assertThat(Search.roughly(1_234)).isEqualTo(1_230);
        assertThat(Search.roughly(12_347)).isEqualTo(12_300);
        assertThat(Search.roughly(99_960)).isEqualTo(100_000);
        assertThat(Search.roughly(512_449)).isEqualTo(512_000);
    }

    private Query query(String typed) {
        return queries.read(new SearchRequest(typed, Map.of(), null, 0)).query();
    }

    private static List<FacetResult> exactFacets(Query query) throws IOException {
        FacetsCollector collector = new FacetsCollector();
        FacetsCollector.search(searcher, query, 1, collector);
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
        List<FacetResult> results = new java.util.ArrayList<>();
        for (String dimension : SearchFields.FACETS) {
            try {
                FacetResult result = counts.getTopChildren(Search.FACET_VALUES, dimension);
                if (result != null) {
                    results.add(result);
                }
            } catch (IllegalArgumentException absent) {
                // A dimension no report has.
            }
        }
        return results;
    }

    private static Map<String, Long> counts(List<FacetResult> results) {
        Map<String, Long> counts = new HashMap<>();
        for (FacetResult result : results) {
            for (LabelAndValue value : result.labelValues) {
                counts.put(result.dim + "=" + value.label, value.value.longValue());
            }
        }
        return counts;
    }

    private static List<Integer> docs(ScoreDoc[] docs) {
        return Arrays.stream(docs).map(d -> d.doc).toList();
    }
}
