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
        super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new Snippets()).withMaxLength(100_000));
    }

    /** For each field, one entry per document: a list of pieces, or null where the field did not match. */
    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] passages) throws IOException {
        return highlightFieldsAsObjects(fields, query, docIds, passages);
    }
}
