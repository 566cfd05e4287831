package org.mandato.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores searches against the evaluation set of issue 18 ({@code search-evaluation/queries.csv}):
 * for each query the documents that must be among the first ten, reports by key and paragraphs as
 * {@code paragraph:<summit>/<document>/<number>}. Binary relevance: recall@10 is the share of a
 * query's documents in its first ten results; nDCG@10 also rewards finding them early.
 */
final class SearchQuality {

    static final int DEPTH = 10;

    record Query(String id, String language, String text, List<String> relevant) {}

    /** What one query found, in order (as evaluation keys), and its scores. */
    record Outcome(Query query, List<String> found, double recall, double ndcg) {

        List<String> missing() {
            return query.relevant().stream().filter(r -> !found.subList(0, Math.min(DEPTH, found.size())).contains(r)).toList();
        }
    }

    /** Mean scores of a set of outcomes. */
    record Score(int queries, double recall, double ndcg) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%3d queries  recall@10 %.3f  nDCG@10 %.3f", queries, recall, ndcg);
        }
    }

    private SearchQuality() {
    }

    static List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        try (Reader reader = new InputStreamReader(SearchQuality.class.getResourceAsStream("/search-evaluation/queries.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                queries.add(new Query(row.get("id"), row.get("language"), row.get("query"),
                        Arrays.stream(row.get("relevant").split(";")).map(String::strip).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }

    /** Runs every query through {@code search} (ranked results as evaluation keys) and scores it. */
    static List<Outcome> run(List<Query> queries, Function<Query, List<String>> search) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Query query : queries) {
            List<String> found = search.apply(query);
            outcomes.add(new Outcome(query, found, recall(query.relevant(), found), ndcg(query.relevant(), found)));
        }
        return outcomes;
    }

    static double recall(List<String> relevant, List<String> found) {
        Set<String> top = Set.copyOf(found.subList(0, Math.min(DEPTH, found.size())));
        return (double) relevant.stream().filter(top::contains).count() / Math.min(relevant.size(), DEPTH);
    }

    static double ndcg(List<String> relevant, List<String> found) {
        double dcg = 0;
        for (int rank = 0; rank < Math.min(DEPTH, found.size()); rank++) {
            if (relevant.contains(found.get(rank))) {
                dcg += 1 / log2(rank + 2);
            }
        }
        double ideal = 0;
        for (int rank = 0; rank < Math.min(DEPTH, relevant.size()); rank++) {
            ideal += 1 / log2(rank + 2);
        }
        return dcg / ideal;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** Mean scores by query language, then "all". */
    static Map<String, Score> byLanguage(List<Outcome> outcomes) {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String lang : Analyzers.LANGUAGES) {
            scores.put(lang, mean(outcomes.stream().filter(o -> o.query().language().equals(lang)).toList()));
        }
        scores.put("all", mean(outcomes));
        return scores;
    }

    private static Score mean(List<Outcome> outcomes) {
        return new Score(outcomes.size(), outcomes.stream().mapToDouble(Outcome::recall).average().orElse(0),
                outcomes.stream().mapToDouble(Outcome::ndcg).average().orElse(0));
    }
}
