package org.mandato.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.mandato.catalog.Theme;
import org.mandato.glossary.GlossaryConcept;
import org.mandato.search.SearchResults.Broader;
import org.mandato.search.SearchResults.GlossaryNote;
import org.mandato.search.SearchResults.ThemeLink;

/**
 * What a page of results says beyond the results: which glossary terms found a result the typed
 * words did not, and, when nothing matched, the nearest broader searches that do match and themes
 * to browse, so that no search ends at "No result" alone.
 */
final class SearchGuidance {

    /** Broader searches tried for a search that matched nothing: one per word, filter or phrase, at most. */
    static final int BROADER_TRIED = 8;
    static final int BROADER_SHOWN = 4;
    private static final Pattern TOKEN = Pattern.compile("\"[^\"]*\"|\\S+");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||");

    private SearchGuidance() {
    }

    /**
     * For each result, the glossary concepts that found it when the typed words alone do not match
     * it: the words typed and the concept's preferred term in the first language, of those in
     * {@code languages} order, whose terms the result holds.
     */
    static List<List<GlossaryNote>> notes(IndexSearcher searcher, QueryReader.Read read, int[] docIds, List<List<String>> languages)
            throws IOException {
        List<List<GlossaryNote>> notes = new ArrayList<>();
        if (read.expansions().isEmpty()) {
            for (int ignored : docIds) {
                notes.add(List.of());
            }
            return notes;
        }
        Set<Integer> literal = matching(searcher, read.literal(), docIds);
        Map<String, Map<String, Set<Integer>>> byConcept = new LinkedHashMap<>();
        for (QueryReader.Used used : read.expansions()) {
            String key = used.match().concept().slug() + "|" + used.typed();
            if (!byConcept.containsKey(key)) {
                Map<String, Set<Integer>> perLanguage = new LinkedHashMap<>();
                for (var reading : used.expansion().byLanguage().entrySet()) {
                    perLanguage.put(reading.getKey(), matching(searcher, reading.getValue(), docIds));
                }
                byConcept.put(key, perLanguage);
            }
        }
        for (int i = 0; i < docIds.length; i++) {
            int doc = docIds[i];
            if (literal.contains(doc)) {
                notes.add(List.of());
                continue;
            }
            List<GlossaryNote> found = new ArrayList<>();
            for (QueryReader.Used used : read.expansions()) {
                Map<String, Set<Integer>> perLanguage = byConcept.get(used.match().concept().slug() + "|" + used.typed());
                for (String lang : languages.get(i)) {
                    Set<Integer> reading = perLanguage.get(lang);
                    if (reading != null && reading.contains(doc)) {
                        GlossaryConcept concept = used.match().concept();
                        found.add(new GlossaryNote(used.typed(), concept.preferred(lang), lang));
                        break;
                    }
                }
            }
            notes.add(found.stream().distinct().toList());
        }
        return notes;
    }

    /**
     * Which of {@code docIds} a query matches: one scorer a segment, moved forward through them in
     * index order, rather than one for each document.
     */
    private static Set<Integer> matching(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int[] sorted = docIds.clone();
        java.util.Arrays.sort(sorted);
        Set<Integer> matched = new java.util.HashSet<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        DocIdSetIterator iterator = null;
        for (int doc : sorted) {
            LeafReaderContext at = leaves.get(ReaderUtil.subIndex(doc, leaves));
            if (at != leaf) {
                leaf = at;
                Scorer scorer = weight.scorer(leaf);
                iterator = scorer == null ? null : scorer.iterator();
            }
            int target = doc - leaf.docBase;
            if (iterator != null && iterator.docID() <= target && (iterator.docID() == target || iterator.advance(target) == target)) {
                matched.add(doc);
            }
        }
        return matched;
    }

    /**
     * Searches broader than {@code request}, which matched nothing, that do match: without each
     * filter, without each word (and an operator beside it), with a phrase's quotes taken off; the
     * ones matching most first. {@code count} counts what a search matches.
     */
    static List<Broader> broader(SearchRequest request, ToLongFunction<SearchRequest> count) {
        List<Broader> tried = new ArrayList<>();
        request.filters().forEach((dimension, values) -> values.forEach(value -> {
            Map<String, List<String>> fewer = new LinkedHashMap<>(request.filters());
            fewer.put(dimension, values.stream().filter(v -> !v.equals(value)).toList());
            tried.add(new Broader("filter", value, dimension, new SearchRequest(request.query(), fewer, request.sort(), 0), 0));
        }));
        List<String> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(request.query());
        while (token.find()) {
            tokens.add(token.group());
        }
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i);
            if (word.startsWith("\"") && word.length() > 2) {
                List<String> plain = new ArrayList<>(tokens);
                plain.set(i, word.substring(1, word.length() - 1));
                tried.add(new Broader("phrase", word, null, new SearchRequest(String.join(" ", plain), request.filters(), request.sort(), 0), 0));
            }
            if (tokens.size() < 2 || OPERATORS.contains(word)) {
                continue;
            }
            List<String> fewer = new ArrayList<>(tokens);
            fewer.remove(i);
            if (i > 0 && OPERATORS.contains(fewer.get(i - 1))) {
                fewer.remove(i - 1);
            } else if (i < fewer.size() && OPERATORS.contains(fewer.get(i))) {
                fewer.remove(i);
            }
            if (!fewer.isEmpty()) {
                tried.add(new Broader("word", word, null, new SearchRequest(String.join(" ", fewer), request.filters(), request.sort(), 0), 0));
            }
        }
        return tried.stream().limit(BROADER_TRIED)
                .filter(b -> !b.request().isEmpty())
                .map(b -> new Broader(b.kind(), b.removed(), b.dimension(), b.request(), count.applyAsLong(b.request())))
                .filter(b -> b.total() > 0)
                .sorted(Comparator.comparingLong(Broader::total).reversed())
                .limit(BROADER_SHOWN)
                .toList();
    }

    /**
     * Themes to browse from a search that matched nothing: those whose names are terms of the
     * glossary concepts the query named, else those whose names share a word with it, else the top
     * themes.
     */
    static List<ThemeLink> themes(List<Theme> themes, GlossaryTerms glossary, QueryReader.Read read, String typed, String lang) {
        Set<String> named = new LinkedHashSet<>();
        read.expansions().forEach(used -> named.add(used.match().concept().slug()));
        List<Theme> chosen = new ArrayList<>();
        for (Theme theme : themes) {
            boolean isNamed = theme.name().byLanguage().entrySet().stream()
                    .anyMatch(name -> glossary.conceptsNamed(name.getKey(), name.getValue()).stream().anyMatch(c -> named.contains(c.slug())));
            if (isNamed) {
                chosen.add(theme);
            }
        }
        if (chosen.isEmpty()) {
            for (Theme theme : themes) {
                boolean sharesAWord = theme.name().byLanguage().entrySet().stream().anyMatch(name -> {
                    List<String> words = GlossaryTerms.tokens(name.getKey(), typed);
                    return GlossaryTerms.tokens(name.getKey(), name.getValue()).stream().anyMatch(words::contains);
                });
                if (sharesAWord) {
                    chosen.add(theme);
                }
            }
        }
        if (chosen.isEmpty()) {
            themes.stream().filter(Theme::isTopLevel).forEach(chosen::add);
        }
        return chosen.stream().map(t -> new ThemeLink(t.slug(), t.name().text(lang), t.path())).toList();
    }
}
