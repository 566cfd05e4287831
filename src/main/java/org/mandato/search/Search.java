package org.mandato.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Summit;
import org.mandato.catalog.Theme;
import org.mandato.search.SearchResults.Facet;
import org.mandato.search.SearchResults.FacetValue;
import org.mandato.search.SearchResults.Hit;
import org.mandato.search.SearchResults.Piece;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs searches: results of one page with snippets, facet counts over all results (estimated from a
 * sample when very many match, see {@link Matches}), and exports.
 */
@Service
public class Search {

    public static final int EXPORT_LIMIT = 10_000;
    static final int FACET_VALUES = 30;

    private final SearchIndex index;
    private final Catalog catalog;
    private final SearchGlossary glossary;
    private final QueryPolicy policy;
    private final QueryReader reader = new QueryReader();
    private IndexReader facetStateReader;
    private SortedSetDocValuesReaderState facetState;

    private final int exactFacetsUpTo;
    private final int estimateTotalsFrom;

    /**
     * With facets counted exactly up to {@code exactFacetsUpTo} matches, and on a sample above; a
     * page's total estimated from {@code estimateTotalsFrom} matches in the sampled windows (see {@link Matches}).
     */
    Search(SearchIndex index, Catalog catalog, SearchGlossary glossary, QueryPolicy.Settings settings,
           @Value("${mandato.search.exact-facets-up-to:" + Matches.EXACT_FACETS_UP_TO + "}") int exactFacetsUpTo,
           @Value("${mandato.search.estimate-totals-from:" + Matches.ESTIMATE_TOTALS_FROM + "}") int estimateTotalsFrom) {
        this.index = index;
        this.catalog = catalog;
        this.glossary = glossary;
        this.policy = settings.policy();
        this.exactFacetsUpTo = exactFacetsUpTo;
        this.estimateTotalsFrom = estimateTotalsFrom;
    }

    public SearchResults search(SearchRequest request, String lang) {
        return search(request, lang, policy);
    }

    /** A page of results read with another policy than the settings': the benchmark's "before". */
    SearchResults search(SearchRequest request, String lang, QueryPolicy readWith) {
        return run(request, lang, request.page() * SearchRequest.PAGE_SIZE, SearchRequest.PAGE_SIZE, readWith);
    }

    /**
     * Pages of results recently shown, for the index reader they were read from. A page depends only
     * on the request, the language and the index, so it stays right until the index changes: then
     * the reader changes and they are all dropped. During a summit many people search the same few
     * words; a broad word costs a pass over most of the index to count its facets.
     */
    private record Shown(SearchRequest request, String lang, QueryPolicy policy, long glossary) {}

    private static final int SHOWN_PAGES = 512;
    private final Map<Shown, SearchResults> shown = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Shown, SearchResults> eldest) {
            return size() > SHOWN_PAGES;
        }
    };
    private Object shownReader;

    /**
     * Every result of the search (up to {@link #EXPORT_LIMIT}), for downloads, with an exact total:
     * listing 10,000 results costs more than counting them.
     */
    public SearchResults export(SearchRequest request, String lang) {
        return run(request, lang, 0, EXPORT_LIMIT, policy);
    }

    private SearchResults run(SearchRequest request, String lang, int offset, int count, QueryPolicy readWith) {
        if (request.isEmpty()) {
            return new SearchResults(request, 0, false, List.of(), List.of(), false, false);
        }
        try {
            IndexSearcher searcher = index.acquire();
            try {
                SearchGlossary.Reading terms = readWith.glossary() ? glossary.current() : new SearchGlossary.Reading(0, GlossaryTerms.EMPTY);
                boolean page = count == SearchRequest.PAGE_SIZE;
                Shown key = new Shown(request, lang, readWith, terms.version());
                Object readerKey = searcher.getIndexReader().getReaderCacheHelper().getKey();
                if (page) {
                    synchronized (shown) {
                        if (shownReader != readerKey) {
                            shown.clear();
                            shownReader = readerKey;
                        }
                        SearchResults known = shown.get(key);
                        if (known != null) {
                            return known;
                        }
                    }
                }
                QueryReader.Read read = reader.read(request, searcher.getIndexReader(), terms.terms(), readWith, lang);
                Matches matches = Matches.find(searcher, read.query(), request.sort(), offset, count,
                        facetState(searcher.getIndexReader()), FACET_VALUES, exactFacetsUpTo, page ? estimateTotalsFrom : 0);
                Labels labels = labels();
                SearchResults results = new SearchResults(request,
                        matches.totalEstimated() ? roughly(matches.total()) : matches.total(), matches.totalEstimated(),
                        hits(searcher, read, matches.page(), lang, labels),
                        facets(matches, request, lang, labels), read.relaxed(), matches.facetsEstimated(),
                        guidance(searcher, request, read, matches.total(), terms.terms(), readWith, lang));
                if (page) {
                    synchronized (shown) {
                        if (shownReader == readerKey) {
                            shown.put(key, results);
                        }
                    }
                }
                return results;
            } finally {
                index.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses tooMany) {
            throw new SearchRequest.TooLong("q", 0, "parameter 'q' and the filters make a search of more parts than Lucene reads at "
                    + "once (" + IndexSearcher.getMaxClauseCount() + "): use fewer words, phrases or filter values");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the query was read, and for a search that matched nothing, broader ones that match and themes. */
    private SearchResults.Guidance guidance(IndexSearcher searcher, SearchRequest request, QueryReader.Read read, long total,
                                            GlossaryTerms terms, QueryPolicy readWith, String lang) {
        List<SearchResults.Expansion> expansions = read.expansions().stream()
                .map(used -> new SearchResults.Expansion(used.match().concept().slug(), used.match().concept().kind(), used.typed(),
                        used.match().lang(), used.match().concept().terms()))
                .distinct().toList();
        List<SearchResults.Correction> corrections = read.corrections().stream()
                .map(c -> new SearchResults.Correction(c.typed(), c.suggested())).toList();
        String didYouMean = corrections.isEmpty() ? null : read.corrected(request.query());
        if (didYouMean != null && didYouMean.length() > SearchRequest.MOST_CHARACTERS) {
            // The nearest words may be longer than the typed ones: a search it could not run is not offered.
            didYouMean = null;
        }
        if (total > 0) {
            return new SearchResults.Guidance(expansions, corrections, didYouMean, read.wordsNeeded(), List.of(), List.of());
        }
        List<SearchResults.Broader> broader = SearchGuidance.broader(request, other -> {
            try {
                return searcher.count(reader.read(other, searcher.getIndexReader(), terms, readWith, lang).query());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new SearchResults.Guidance(expansions, corrections, didYouMean, read.wordsNeeded(), broader,
                SearchGuidance.themes(catalog.themes(), terms, read, request.query(), lang));
    }

    /** The catalogue names a page of results shows, read once per search. */
    private record Labels(Map<String, Actor> actors, Map<String, Theme> themes, Map<String, Summit> summits) {}

    private Labels labels() {
        Map<String, Actor> actors = new java.util.HashMap<>();
        catalog.institutions().forEach(a -> actors.put(a.code(), a));
        catalog.countries().forEach(a -> actors.put(a.code(), a));
        return new Labels(actors,
                catalog.themes().stream().collect(Collectors.toMap(Theme::slug, Function.identity())),
                catalog.summits().stream().collect(Collectors.toMap(Summit::slug, Function.identity())));
    }

    private List<Hit> hits(IndexSearcher searcher, QueryReader.Read read, ScoreDoc[] page, String lang, Labels labels) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
        Document[] stored = PieceHighlighter.documents(searcher, docIds);
        Map<String, Object[]> snippets = PieceHighlighter.page(searcher, reader.analyzer(), read.highlight(), docIds, stored);
        Map<String, Actor> actors = labels.actors();
        Map<String, Theme> themes = labels.themes();
        List<Hit> hits = new ArrayList<>();
        List<List<String>> languages = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document doc = stored[i];
            Hit hit = hit(doc, i, snippets, lang, actors, themes);
            hits.add(hit);
            List<String> order = new ArrayList<>();
            java.util.stream.Stream.of(hit.matchedLanguage(), doc.get(SearchFields.ORIGINAL_LANGUAGE), lang)
                    .filter(l -> l != null && Analyzers.LANGUAGES.contains(l)).forEach(order::add);
            order.addAll(Analyzers.LANGUAGES);
            languages.add(order.stream().distinct().toList());
        }
        List<List<SearchResults.GlossaryNote>> notes = SearchGuidance.notes(searcher, read, docIds, languages);
        List<Hit> noted = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            // A result found by an acronym alone has no marked words: the glossary's note tells its language.
            String matched = h.matchedLanguage() != null || notes.get(i).isEmpty() ? h.matchedLanguage() : notes.get(i).get(0).language();
            noted.add(new Hit(h.kind(), h.id(), h.path(), h.label(), h.title(), h.titleLanguage(), h.snippet(), h.snippetLanguage(),
                    h.date(), h.author(), h.themes(), h.document(), matched, notes.get(i)));
        }
        return noted;
    }

    @SuppressWarnings("unchecked")
    private Hit hit(Document doc, int position, Map<String, Object[]> snippets, String lang, Map<String, Actor> actors,
                    Map<String, Theme> themes) {
        String kind = doc.get(SearchFields.KIND);
        String original = Optional.ofNullable(doc.get(SearchFields.ORIGINAL_LANGUAGE)).filter(s -> !s.isEmpty()).orElse("en");
        List<String> preference = new ArrayList<>(List.of(lang, original, "en", "es", "pt", "fr"));
        List<Piece> snippet = List.of();
        String snippetLang = lang;
        String matched = null;
        for (String candidate : preference) {
            Object[] perDoc = snippets.get(SearchFields.text(candidate));
            if (perDoc != null && perDoc[position] instanceof List<?> pieces && pieces.stream().anyMatch(p -> ((Piece) p).match())) {
                snippet = (List<Piece>) pieces;
                snippetLang = candidate;
                matched = candidate;
                break;
            }
        }
        if (snippet.isEmpty()) {
            for (String candidate : preference) {
                if (doc.get(SearchFields.text(candidate)) != null) {
                    snippet = Snippets.opening(doc.get(SearchFields.text(candidate)), 240);
                    snippetLang = candidate;
                    break;
                }
            }
        }
        List<Piece> title = List.of();
        String titleLang = lang;
        for (String candidate : preference) {
            Object[] perDoc = snippets.get(SearchFields.title(candidate));
            if (perDoc != null && perDoc[position] instanceof List<?> pieces && pieces.stream().anyMatch(p -> ((Piece) p).match())) {
                title = (List<Piece>) pieces;
                titleLang = candidate;
                matched = matched == null ? candidate : matched;
                break;
            }
        }
        if (title.isEmpty()) {
            for (String candidate : preference) {
                if (doc.get(SearchFields.title(candidate)) != null) {
                    title = List.of(new Piece(doc.get(SearchFields.title(candidate)), false));
                    titleLang = candidate;
                    break;
                }
            }
        }
        String author = null;
        String label;
        if (kind.equals("report")) {
            String code = Optional.ofNullable(doc.get(SearchFields.INSTITUTION)).orElse(doc.get(SearchFields.COUNTRY));
            Actor actor = actors.get(code);
            author = actor == null ? code : actor.label(lang);
            label = author;
        } else {
            // A paragraph, or a national report's entry about one: the country is its author.
            if (kind.equals("national")) {
                String code = doc.get(SearchFields.COUNTRY);
                author = actors.containsKey(code) ? actors.get(code).name().text(lang) : code;
            }
            label = org.mandato.catalog.ParagraphNumbers.citation(doc.get(SearchFields.DOCUMENT), doc.get(SearchFields.NUMBER));
        }
        List<String> themeNames = Arrays.stream(doc.getValues(SearchFields.THEME))
                .map(slug -> themes.containsKey(slug) ? themes.get(slug).name().text(lang) : slug).toList();
        return new Hit(kind, Long.parseLong(doc.get(SearchFields.ID)), doc.get(SearchFields.PATH), label, title, titleLang,
                snippet, snippetLang, doc.get(SearchFields.DATE), author, themeNames, doc.get(SearchFields.DOCUMENT), matched, List.of());
    }

    private List<Facet> facets(Matches matches, SearchRequest request, String lang, Labels labels) {
        Map<String, Actor> actors = labels.actors();
        Map<String, Theme> themes = labels.themes();
        Map<String, Summit> summits = labels.summits();
        List<Facet> facets = new ArrayList<>();
        for (FacetResult result : matches.facets()) {
            String dimension = result.dim;
            List<FacetValue> values = Arrays.stream(result.labelValues)
                    .map(v -> new FacetValue(v.label, facetLabel(dimension, v.label, lang, actors, themes, summits),
                            matches.facetsEstimated() ? roughly(v.value.longValue()) : v.value.longValue(),
                            request.hasFilter(dimension, v.label)))
                    .sorted(dimension.equals(SearchFields.YEAR)
                            ? java.util.Comparator.comparing(FacetValue::value).reversed()
                            : java.util.Comparator.comparing(FacetValue::count).reversed().thenComparing(FacetValue::label))
                    .toList();
            facets.add(new Facet(dimension, values));
        }
        return facets;
    }

    /** An estimate to three significant digits (12,347 becomes 12,300): no more precise than it is. */
    static long roughly(long estimate) {
        if (estimate < 1000) {
            return estimate;
        }
        long unit = 1;
        while (estimate / unit >= 1000) {
            unit *= 10;
        }
        return Math.round((double) estimate / unit) * unit;
    }

    private static String facetLabel(String dimension, String value, String lang, Map<String, Actor> actors,
                                     Map<String, Theme> themes, Map<String, Summit> summits) {
        return switch (dimension) {
            case SearchFields.THEME -> themes.containsKey(value) ? themes.get(value).name().text(lang) : value;
            case SearchFields.INSTITUTION -> actors.containsKey(value) ? actors.get(value).label(lang) : value;
            case SearchFields.COUNTRY -> actors.containsKey(value) ? actors.get(value).name().text(lang) : value;
            case SearchFields.SUMMIT -> summits.containsKey(value) ? summits.get(value).name().text(lang) : value;
            default -> value;
        };
    }

    /** The facet ordinals of the current reader, built once per reader. */
    private synchronized SortedSetDocValuesReaderState facetState(IndexReader indexReader) throws IOException {
        if (indexReader != facetStateReader) {
            facetStateReader = indexReader;
            try {
                facetState = new DefaultSortedSetDocValuesReaderState(indexReader, SearchDocuments.FACETS);
            } catch (IllegalArgumentException emptyIndex) {
                facetState = null;
            }
        }
        return facetState;
    }
}
