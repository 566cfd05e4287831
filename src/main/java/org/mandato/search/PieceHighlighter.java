package org.mandato.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Lucene's unified highlighter, answering with {@link Snippets} pieces rather than an HTML string. */
final class PieceHighlighter extends UnifiedHighlighter {

    private static final int MAX_LENGTH = 100_000;

    /** The page's documents as already read, by document number: not read and decompressed a second time. */
    private final Map<Integer, Document> read;

    PieceHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        this(searcher, analyzer, Map.of());
    }

    private PieceHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, Document> read) {
        super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new Snippets()).withScorer(new PassageScore())
                .withMaxLength(MAX_LENGTH).withWeightMatches(false));
        this.read = read;
    }

    /**
     * The snippets a page of results shows: two passages of each language's text and title, for
     * each document, from the page's documents as read ({@code stored}, in the order of
     * {@code docIds}). For each field, one entry per document: a list of pieces, or null where the
     * field did not match. Only the fields some document of the page holds are highlighted: a page
     * of reports written in English asks for one field, not eight, each of which costs the
     * highlighter a reading of the query.
     */
    static Map<String, Object[]> page(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds, Document[] stored)
            throws IOException {
        if (docIds.length == 0) {
            return Map.of();
        }
        String[] fields = Arrays.stream(FIELDS)
                .filter(field -> Arrays.stream(stored).anyMatch(doc -> doc.get(field) != null))
                .toArray(String[]::new);
        if (fields.length == 0) {
            return Map.of();
        }
        Map<Integer, Document> byNumber = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            byNumber.put(docIds[i], stored[i]);
        }
        int[] passages = new int[fields.length];
        Arrays.fill(passages, 2);
        return new PieceHighlighter(searcher, analyzer, byNumber).highlight(fields, query, docIds, passages);
    }

    /** A page's documents, read once for the page and its snippets. */
    static Document[] documents(IndexSearcher searcher, int[] docIds) throws IOException {
        Document[] read = new Document[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            read[i] = searcher.storedFields().document(docIds[i]);
        }
        return read;
    }

    private static final String[] FIELDS = Analyzers.LANGUAGES.stream()
            .flatMap(language -> java.util.stream.Stream.of(SearchFields.text(language), SearchFields.title(language)))
            .toArray(String[]::new);

    /** For each field, one entry per document: a list of pieces, or null where the field did not match. */
    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] passages) throws IOException {
        return highlightFieldsAsObjects(fields, query, docIds, passages);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        if (read.isEmpty()) {
            return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
        }
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            Document document = read.get(doc);
            CharSequence[] byField = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                String[] parts = document == null ? new String[0] : document.getValues(fields[f]);
                if (parts.length > 0) {
                    // As the highlighter's own reading joins a field's values, and cuts them at its length.
                    String joined = String.join(String.valueOf(MULTIVAL_SEP_CHAR), parts);
                    byField[f] = joined.length() > MAX_LENGTH ? joined.substring(0, MAX_LENGTH) : joined;
                }
            }
            values.add(byField);
        }
        return values;
    }
}
