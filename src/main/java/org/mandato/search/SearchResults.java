package org.mandato.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results with the total, the facet counts of the whole result set, a note when the query
 * was read loosely, and whether the total and the facet counts are estimates: for very many matches
 * they are counted on a sample and rounded (see {@link Matches}). {@code guidance} says how the words
 * were read (glossary expansions, spelling) and, when nothing matched, where to go instead.
 */
public record SearchResults(SearchRequest request, long total, boolean totalEstimated, List<Hit> hits, List<Facet> facets,
                            boolean queryRelaxed, boolean facetCountsEstimated, Guidance guidance) {

    public SearchResults(SearchRequest request, long total, boolean totalEstimated, List<Hit> hits, List<Facet> facets,
                         boolean queryRelaxed, boolean facetCountsEstimated) {
        this(request, total, totalEstimated, hits, facets, queryRelaxed, facetCountsEstimated, Guidance.NONE);
    }

    /**
     * How the query was read and what else to try: the glossary concepts it named ({@code expansions}),
     * the words found nowhere and the index's nearest words ({@code corrections}), the query with
     * them in place ({@code didYouMean}, null when none), the groups of several plain words of which
     * a result needs only some ({@code wordsNeeded}); when nothing matched, broader searches that do
     * match ({@code broader}) and themes to browse ({@code themes}).
     */
    public record Guidance(List<Expansion> expansions, List<Correction> corrections, String didYouMean,
                           List<WordsNeeded> wordsNeeded, List<Broader> broader, List<ThemeLink> themes) {

        public static final Guidance NONE = new Guidance(List.of(), List.of(), null, List.of(), List.of(), List.of());

        public String didYouMeanUrl(SearchRequest request) {
            return new SearchRequest(didYouMean, request.filters(), request.sort(), 0).url("/search");
        }
    }

    /**
     * A glossary concept the query named: the words that named it ({@code typed}), the language they
     * were read in, and the concept's terms in every language, all of them searched as well.
     */
    public record Expansion(String concept, String kind, String typed, String language, Map<String, List<String>> terms) {

        /** The languages of a concept's terms, in the order a page lists them. */
        public static final List<String> LANGUAGES = Analyzers.LANGUAGES;
    }

    /** A typed word no text holds, and the nearest word that texts do hold, searched as well. */
    public record Correction(String typed, String suggested) {}

    /** A group of {@code words} plain words typed without operators, of which a result needs {@code needed}, the more the better. */
    public record WordsNeeded(int words, int needed) {}

    /**
     * What widened the words typed, by name: {@code glossary} (a concept's terms in every language),
     * {@code spelling} (the nearest word of a word found nowhere), {@code mostWords} (several plain
     * words of which a result needs only some), {@code plainWords} (syntax that did not parse, read
     * as plain words). Empty when the words were searched exactly as typed.
     */
    public List<String> expansionsUsed() {
        List<String> used = new java.util.ArrayList<>();
        if (!guidance.expansions().isEmpty()) {
            used.add("glossary");
        }
        if (!guidance.corrections().isEmpty()) {
            used.add("spelling");
        }
        if (!guidance.wordsNeeded().isEmpty()) {
            used.add("mostWords");
        }
        if (queryRelaxed) {
            used.add("plainWords");
        }
        return used;
    }

    /**
     * A search broader than one that matched nothing, and how many it matches: without one of the
     * words ({@code kind} "word", {@code removed} the word), without a filter ("filter", the
     * dimension and value), or a phrase as plain words ("phrase").
     */
    public record Broader(String kind, String removed, String dimension, SearchRequest request, long total) {

        public String url() {
            return request.url("/search");
        }
    }

    /** A theme to browse instead: its name in the reader's language and its page. */
    public record ThemeLink(String slug, String name, String url) {}

    /** A result found through the glossary: the words typed, the term it holds, and that term's language. */
    public record GlossaryNote(String typed, String term, String language) {}

    /** Pages of results, as far as the total tells: with an estimate, the last few may turn out empty. */
    public int pages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE);
    }

    /** Pages that can be shown: every page of results, up to the deepest one offered ({@link SearchRequest#LAST_PAGE}). */
    public int pagesOffered() {
        return Math.min(pages(), SearchRequest.LAST_PAGE + 1);
    }

    /** Whether a next page can be shown. */
    public boolean hasNextPage() {
        return request.page() + 1 < pagesOffered();
    }

    /** The deepest page offered, with more results after it than can be paged through. */
    public boolean lastPageOffered() {
        return request.page() == SearchRequest.LAST_PAGE && pages() > pagesOffered();
    }

    /** A page past the last result: only an estimated total, or an address typed by hand, leads there. */
    public boolean pastTheEnd() {
        return hits.isEmpty() && request.page() > 0;
    }

    /** The last page holding results that can be shown, to offer from a page past the end; -1 when nothing matches. */
    public int lastPage() {
        return pagesOffered() - 1;
    }

    /**
     * One result. {@code snippet} is in {@code snippetLanguage}; changed pieces are the matching words.
     * {@code matchedLanguage} is the language of the title or text the words matched in (null when only
     * a theme name or an acronym did); {@code glossary}, when only the glossary's terms found it, which.
     */
    public record Hit(String kind, long id, String path, String label, List<Piece> title, String titleLanguage,
                      List<Piece> snippet, String snippetLanguage, String date, String author, List<String> themes,
                      String document, String matchedLanguage, List<GlossaryNote> glossary) {

        public boolean isReport() {
            return kind.equals("report");
        }

        /** An entry of a national report: {@code author} is the country, {@code label} the mandate. */
        public boolean isNationalEntry() {
            return kind.equals("national");
        }

        public String snippetText() {
            return join(snippet);
        }

        public String titleText() {
            return title.isEmpty() ? null : join(title);
        }

        private static String join(List<Piece> pieces) {
            StringBuilder text = new StringBuilder();
            pieces.forEach(p -> text.append(p.text()));
            return text.toString();
        }
    }

    public record Piece(String text, boolean match) {}

    /** A facet dimension with its values: label shown, value for the URL, count, and whether chosen. */
    public record Facet(String dimension, List<FacetValue> values) {}

    public record FacetValue(String value, String label, long count, boolean chosen) {}
}
