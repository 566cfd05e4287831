package org.mandato.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.mandato.reporting.CitationSuggestions;
import org.springframework.stereotype.Service;

/**
 * Suggests citations with BM25 over the paragraphs' titles, texts and theme names: the report's
 * words (analysed in its language, and in English and Spanish, where most paragraph titles exist)
 * that occur in some paragraph become the query, and the report's themes lift the paragraphs
 * tagged with them. The weights below were set on the "tuning" half of the evaluation set only.
 */
@Service
class ParagraphSuggester implements CitationSuggestions {

    static final float TITLE_WEIGHT = 1.0f;
    static final float TEXT_WEIGHT = 1.0f;
    static final float THEME_NAME_WEIGHT = 0.3f;
    static final float THEME_WEIGHT = 1.5f;
    static final float TITLED_WEIGHT = 0.5f;

    private final SearchIndex index;
    private final Catalog catalog;
    private final Map<String, Analyzer> analyzers = new LinkedHashMap<>();

    ParagraphSuggester(SearchIndex index, Catalog catalog) {
        this.index = index;
        this.catalog = catalog;
        Analyzers.LANGUAGES.forEach(lang -> analyzers.put(lang, Analyzers.forLanguage(lang)));
    }

    /** A suggestion scores at least this share of the best suggestion's score. */
    static final float RELEVANCE_FLOOR = 0.3f;

    @Override
    public List<Suggestion> suggest(String text, String language, Set<Long> themeIds, int limit) {
        if (text == null || text.isBlank() || !index.isReady()) {
            return List.of();
        }
        try {
            IndexSearcher searcher = index.acquire();
            try {
                Query query = query(searcher.getIndexReader(), text, language, themeIds);
                TopDocs top = relevant(searcher.search(query, limit));
                return suggestions(searcher, query, top, language);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(IndexReader reader, String text, String language, Set<Long> themeIds) throws IOException {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        Set<String> readIn = new LinkedHashSet<>(List.of(language, "en", "es"));
        readIn.retainAll(Analyzers.LANGUAGES);
        for (String lang : readIn) {
            for (String term : terms(analyzers.get(lang), text)) {
                add(words, reader, SearchFields.title(lang), term, TITLE_WEIGHT);
                add(words, reader, SearchFields.text(lang), term, TEXT_WEIGHT);
                add(words, reader, SearchFields.themeNames(lang), term, THEME_NAME_WEIGHT);
            }
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchFields.KIND, "paragraph")), BooleanClause.Occur.FILTER)
                .add(words.build(), BooleanClause.Occur.MUST)
                .add(new BoostQuery(new TermQuery(new Term(SearchFields.TITLED, "yes")), TITLED_WEIGHT), BooleanClause.Occur.SHOULD);
        for (String slug : themeSlugs(themeIds)) {
            query.add(new BoostQuery(new TermQuery(new Term(SearchFields.THEME, slug)), THEME_WEIGHT), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * The hits that score at least {@link #RELEVANCE_FLOOR} of the best one: a paragraph sharing only a
     * common word with the report is noise beside one that shares its subject, so it is not suggested.
     */
    static TopDocs relevant(TopDocs top) {
        if (top.scoreDocs.length == 0) {
            return top;
        }
        float floor = top.scoreDocs[0].score * RELEVANCE_FLOOR;
        ScoreDoc[] kept = java.util.Arrays.stream(top.scoreDocs).filter(hit -> hit.score >= floor).toArray(ScoreDoc[]::new);
        return new TopDocs(top.totalHits, kept);
    }

    /** Only words some paragraph has: the query stays small, whatever the length of the report. */
    private static void add(BooleanQuery.Builder words, IndexReader reader, String field, String term, float weight)
            throws IOException {
        Term candidate = new Term(field, term);
        if (reader.docFreq(candidate) > 0) {
            words.add(new BoostQuery(new TermQuery(candidate), weight), BooleanClause.Occur.SHOULD);
        }
    }

    /** Each hit with the words it matched, in the report's language when it matched any there (a Spanish report sees Spanish words). */
    private List<Suggestion> suggestions(IndexSearcher searcher, Query query, TopDocs top, String language) throws IOException {
        if (top.scoreDocs.length == 0) {
            return List.of();
        }
        int[] docIds = new int[top.scoreDocs.length];
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc hit = top.scoreDocs[i];
            docIds[i] = hit.doc;
            ids.add(Long.parseLong(searcher.storedFields().document(hit.doc).get(SearchFields.ID)));
        }
        String[] fields = Analyzers.LANGUAGES.stream()
                .flatMap(l -> java.util.stream.Stream.of(SearchFields.title(l), SearchFields.text(l))).toArray(String[]::new);
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 3);
        Map<String, Object[]> highlights = new PieceHighlighter(searcher, Analyzers.perField()).highlight(fields, query, docIds, passages);
        Map<Long, Paragraph> paragraphs = catalog.paragraphs(ids).stream().collect(Collectors.toMap(Paragraph::id, Function.identity()));
        List<Suggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Set<String> inLanguage = matchedWords(highlights, i, field -> field.equals(SearchFields.title(language))
                    || field.equals(SearchFields.text(language)));
            Set<String> matched = inLanguage.isEmpty() ? matchedWords(highlights, i, field -> true) : inLanguage;
            Paragraph paragraph = paragraphs.get(ids.get(i));
            if (paragraph != null) {
                suggestions.add(new Suggestion(paragraph, List.copyOf(matched)));
            }
        }
        return suggestions;
    }

    private static Set<String> matchedWords(Map<String, Object[]> highlights, int hit, java.util.function.Predicate<String> fields) {
        Set<String> matched = new LinkedHashSet<>();
        highlights.forEach((field, perDoc) -> {
            if (fields.test(field) && perDoc[hit] instanceof List<?> pieces) {
                // The highlighter marks a run of matched words as one piece.
                pieces.stream().map(p -> (SearchResults.Piece) p).filter(SearchResults.Piece::match)
                        .flatMap(p -> java.util.Arrays.stream(p.text().split("\\s+")))
                        .forEach(word -> matched.add(word.toLowerCase(java.util.Locale.ROOT)));
            }
        });
        return matched;
    }

    private Set<String> themeSlugs(Set<Long> themeIds) {
        Set<String> slugs = new HashSet<>();
        for (Theme theme : catalog.themes()) {
            if (themeIds.contains(theme.id())) {
                slugs.add(theme.slug());
            }
        }
        return slugs;
    }

    private static Set<String> terms(Analyzer analyzer, String text) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return terms;
    }
}
