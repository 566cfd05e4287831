package org.mandato.search;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Lucene's unified highlighter, answering with {@link Snippets} pieces rather than an HTML string. */
final class PieceHighlighter extends UnifiedHighlighter {

    PieceHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new Snippets()).withMaxLength(100_000).withWeightMatches(false));
    }

    /**
     * The snippets a page of results shows: two passages of each language's text and title, for
     * each document. For each field, one entry per document: a list of pieces, or null where the
     * field did not match.
     */
    static Map<String, Object[]> page(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds) throws IOException {
        if (docIds.length == 0) {
            return Map.of();
        }
        String[] fields = FIELDS.clone();
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 2);
        return new PieceHighlighter(searcher, analyzer).highlight(fields, query, docIds, passages);
    }

    private static final String[] FIELDS = Analyzers.LANGUAGES.stream()
            .flatMap(language -> java.util.stream.Stream.of(SearchFields.text(language), SearchFields.title(language)))
            .toArray(String[]::new);

    /** For each field, one entry per document: a list of pieces, or null where the field did not match. */
    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] passages) throws IOException {
        return highlightFieldsAsObjects(fields, query, docIds, passages);
    }
}
