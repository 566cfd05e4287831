package org.mandato.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Paragraph;
import org.mandato.reporting.CitationParser;
import org.mandato.reporting.CitationSuggestions;

/**
 * Scores the suggestions against {@code src/test/resources/suggestions/evaluation.csv}: recall@5
 * (share of the expected paragraphs found in the first five, averaged over texts) and MRR (mean
 * reciprocal rank of the first expected paragraph in the first ten).
 */
final class SuggestionEvaluation {

    record Score(String set, int texts, double recallAt5, double meanReciprocalRank) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%s: %d texts, recall@5 %.3f, MRR %.3f", set, texts, recallAt5, meanReciprocalRank);
        }
    }

    private SuggestionEvaluation() {
    }

    static Score score(String set, CitationSuggestions suggestions, CitationParser citations, Catalog catalog) {
        List<CSVRecord> rows = rows().stream().filter(r -> r.get("set").equals(set)).toList();
        double recall = 0;
        double reciprocal = 0;
        for (CSVRecord row : rows) {
            Set<Long> expected = citations.parse(row.get("expected")).stream().map(Paragraph::id).collect(Collectors.toSet());
            Set<Long> themes = Arrays.stream(row.get("themes").split(";")).map(String::strip)
                    .map(slug -> catalog.theme(slug).orElseThrow().id()).collect(Collectors.toSet());
            List<Long> ranked = suggestions.suggest(row.get("text"), row.get("language"), themes, 10).stream()
                    .map(s -> s.paragraph().id()).toList();
            long inTopFive = ranked.stream().limit(5).filter(expected::contains).count();
            recall += (double) inTopFive / expected.size();
            for (int rank = 0; rank < ranked.size(); rank++) {
                if (expected.contains(ranked.get(rank))) {
                    reciprocal += 1.0 / (rank + 1);
                    break;
                }
            }
        }
        return new Score(set, rows.size(), recall / rows.size(), reciprocal / rows.size());
    }

    static List<CSVRecord> rows() {
        try (var in = SuggestionEvaluation.class.getResourceAsStream("/suggestions/evaluation.csv")) {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
