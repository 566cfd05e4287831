package org.mandato.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.mandato.glossary.GlossaryConcept;

/**
 * The glossary as search uses it: each term read by its own language's analyzer (stop words,
 * accents, light stemming), so that "droits des migrants" is found in "les droits des migrants" or
 * "droit des migrants" typed; the acronyms kept as written. Built once per glossary version.
 */
final class GlossaryTerms {

    static final GlossaryTerms EMPTY = new GlossaryTerms(List.of());

    /** Concepts named by a run of typed words, {@code from} to {@code to} (inclusive), read in {@code lang}. */
    record Match(GlossaryConcept concept, String lang, int from, int to) {}

    /**
     * A concept as queries: {@code query} finds the texts naming it in any language, {@code byLanguage}
     * in each, to tell where a result matched; {@code marking} holds its terms in each language's
     * titles and texts, for the highlighter to mark them.
     */
    record Expansion(GlossaryConcept concept, Query query, Map<String, Query> byLanguage, Query marking) {}

    private static final Map<String, Analyzer> ANALYZERS = analyzers();
    private final List<GlossaryConcept> concepts;
    /** By language: the analysed form of each term (its tokens joined by spaces) and the concepts it names. */
    private final Map<String, Map<String, List<Integer>>> byTokens = new HashMap<>();
    private final Map<String, Integer> longest = new HashMap<>();
    /** By language: every token of every term, to tell a word of the glossary from a misspelling. */
    private final Map<String, Set<String>> vocabulary = new HashMap<>();
    /** The acronyms as written (plural s removed), with the concepts and the languages that write them so. */
    private final Map<String, Map<Integer, Set<String>>> acronyms = new HashMap<>();
    private final Map<String, Expansion> expansions = new ConcurrentHashMap<>();

    GlossaryTerms(List<GlossaryConcept> concepts) {
        this.concepts = List.copyOf(concepts);
        for (int c = 0; c < this.concepts.size(); c++) {
            GlossaryConcept concept = this.concepts.get(c);
            for (String lang : Analyzers.LANGUAGES) {
                for (String term : concept.terms(lang)) {
                    String acronym = GlossaryConcept.acronymOf(term);
                    if (acronym != null) {
                        acronyms.computeIfAbsent(acronym, a -> new LinkedHashMap<>()).computeIfAbsent(c, i -> new LinkedHashSet<>()).add(lang);
                        continue;
                    }
                    List<String> tokens = tokens(lang, term);
                    if (tokens.isEmpty()) {
                        continue;
                    }
                    List<Integer> named = byTokens.computeIfAbsent(lang, l -> new HashMap<>())
                            .computeIfAbsent(String.join(" ", tokens), k -> new ArrayList<>());
                    if (!named.contains(c)) {
                        named.add(c);
                    }
                    longest.merge(lang, tokens.size(), Math::max);
                    vocabulary.computeIfAbsent(lang, l -> new java.util.HashSet<>()).addAll(tokens);
                }
            }
        }
    }

    boolean isEmpty() {
        return concepts.isEmpty();
    }

    /** Whether a word, read in some language, is a word of that language's terms. */
    boolean knows(String word) {
        for (String lang : Analyzers.LANGUAGES) {
            List<String> tokens = tokens(lang, word);
            if (!tokens.isEmpty() && vocabulary.getOrDefault(lang, Set.of()).containsAll(tokens)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a typed word is an acronym of the glossary, written as the glossary writes it. */
    boolean isAcronym(String word) {
        String acronym = GlossaryConcept.acronymOf(word);
        return acronym != null && acronyms.containsKey(acronym);
    }

    /**
     * The concepts a sequence of typed words names: any run of words whose reading in a language is
     * a term of that language, and any word that is one of the glossary's acronyms as written. The
     * runs within a longer one count too: "migrant workers" names the concept of migrant workers, and
     * the words "migrants" and "workers" theirs, so that a text on seasonal workers is found, below
     * one on migrant workers. {@code languages} in the order to try them: a concept named alike in
     * several is said to be read in the first.
     */
    List<Match> find(List<String> words, List<String> languages) {
        List<Match> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String acronym = GlossaryConcept.acronymOf(words.get(i));
            if (acronym != null && acronyms.containsKey(acronym)) {
                for (var named : acronyms.get(acronym).entrySet()) {
                    String lang = languages.stream().filter(named.getValue()::contains).findFirst()
                            .orElse(named.getValue().iterator().next());
                    found.add(new Match(concepts.get(named.getKey()), lang, i, i));
                }
            }
        }
        for (String lang : languages) {
            Map<String, List<Integer>> terms = byTokens.getOrDefault(lang, Map.of());
            List<String> stems = new ArrayList<>();
            List<Integer> wordOf = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                for (String stem : tokens(lang, words.get(i))) {
                    stems.add(stem);
                    wordOf.add(i);
                }
            }
            int longestTerm = longest.getOrDefault(lang, 0);
            for (int start = 0; start < stems.size(); start++) {
                StringBuilder key = new StringBuilder();
                for (int end = start; end < stems.size() && end - start < longestTerm; end++) {
                    if (end > start) {
                        key.append(' ');
                    }
                    key.append(stems.get(end));
                    for (int c : terms.getOrDefault(key.toString(), List.of())) {
                        found.add(new Match(concepts.get(c), lang, wordOf.get(start), wordOf.get(end)));
                    }
                }
            }
        }
        List<Match> kept = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Match match : found) {
            if (seen.add(match.concept().slug() + "@" + match.from() + "-" + match.to())) {
                kept.add(match);
            }
        }
        return kept;
    }

    /**
     * The concepts a text in {@code lang} names, as the index records them ({@link #conceptToken}):
     * every run of its words that is a term of that language, and every acronym of the glossary
     * written as the glossary writes it ({@code l'OIM}, {@code IOM's}).
     */
    Set<String> tag(String lang, String text) {
        Set<String> named = new LinkedHashSet<>();
        if (text == null || text.isBlank() || concepts.isEmpty()) {
            return named;
        }
        for (String word : text.split("[^\\p{L}\\p{N}'’]+")) {
            String acronym = word.isEmpty() ? null : GlossaryConcept.acronymOf(Analyzers.withoutApostrophe(word));
            if (acronym != null && acronyms.containsKey(acronym)) {
                acronyms.get(acronym).keySet().forEach(c -> named.add(conceptToken(concepts.get(c).slug(), lang)));
            }
        }
        Map<String, List<Integer>> terms = byTokens.getOrDefault(lang, Map.of());
        List<String> stems = tokens(lang, text);
        int longestTerm = longest.getOrDefault(lang, 0);
        for (int start = 0; start < stems.size(); start++) {
            StringBuilder key = new StringBuilder();
            for (int end = start; end < stems.size() && end - start < longestTerm; end++) {
                if (end > start) {
                    key.append(' ');
                }
                key.append(stems.get(end));
                List<Integer> found = terms.get(key.toString());
                if (found != null) {
                    found.forEach(c -> named.add(conceptToken(concepts.get(c).slug(), lang)));
                }
            }
        }
        return named;
    }

    /** How the index records that a text in {@code lang} names a concept: "migrant-workers@fr". */
    static String conceptToken(String slug, String lang) {
        return slug + "@" + lang;
    }

    /** The concepts whose terms include a text in its language (a theme's name): none when it names none. */
    List<GlossaryConcept> conceptsNamed(String lang, String text) {
        List<String> tokens = tokens(lang, text);
        return byTokens.getOrDefault(lang, Map.of()).getOrDefault(String.join(" ", tokens), List.of()).stream()
                .map(concepts::get).toList();
    }

    /** The query for every term of a concept in every language, each in its own language's fields. */
    Expansion expansion(GlossaryConcept concept) {
        return expansions.computeIfAbsent(concept.slug(), slug -> build(concept));
    }

    /**
     * A concept as queries: for finding, the concept as the index records it in each language (one
     * term a language, {@link SearchFields#CONCEPTS}), so that a query naming many concepts stays
     * cheap at a million reports; for marking the words in the results' snippets, its terms in each
     * language's titles and texts.
     */
    private static Expansion build(GlossaryConcept concept) {
        Map<String, Query> byLanguage = new LinkedHashMap<>();
        SynonymQuery.Builder anyLanguage = new SynonymQuery.Builder(SearchFields.CONCEPTS);
        List<Query> marked = new ArrayList<>();
        for (String lang : Analyzers.LANGUAGES) {
            Term recorded = new Term(SearchFields.CONCEPTS, conceptToken(concept.slug(), lang));
            anyLanguage.addTerm(recorded);
            byLanguage.put(lang, new TermQuery(recorded));
            Set<String> singles = new LinkedHashSet<>();
            // By their reading: the inflected forms a glossary lists mostly read alike ("trabajadores migrantes").
            Map<String, String> phrases = new LinkedHashMap<>();
            for (String term : concept.terms(lang)) {
                if (GlossaryConcept.acronymOf(term) != null) {
                    continue;
                }
                List<String> tokens = tokens(lang, term);
                if (tokens.size() == 1) {
                    singles.add(tokens.get(0));
                } else if (tokens.size() > 1) {
                    phrases.putIfAbsent(String.join(" ", tokens), term);
                }
            }
            QueryBuilder builder = new QueryBuilder(ANALYZERS.get(lang));
            for (String field : List.of(SearchFields.title(lang), SearchFields.text(lang))) {
                if (!singles.isEmpty()) {
                    SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
                    singles.forEach(single -> synonyms.addTerm(new Term(field, single)));
                    marked.add(synonyms.build());
                }
                for (String phrase : phrases.values()) {
                    Query query = builder.createPhraseQuery(field, phrase);
                    if (query != null) {
                        marked.add(query);
                    }
                }
            }
        }
        BooleanQuery.Builder mark = new BooleanQuery.Builder();
        marked.forEach(q -> mark.add(q, BooleanClause.Occur.SHOULD));
        return new Expansion(concept, anyLanguage.build(), byLanguage, mark.build());
    }

    /** A text as {@code lang}'s analyzer reads it: its stems, stop words left out. */
    static List<String> tokens(String lang, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZERS.get(lang).tokenStream(SearchFields.text(lang), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    static Analyzer analyzer(String lang) {
        return ANALYZERS.get(lang);
    }

    private static Map<String, Analyzer> analyzers() {
        Map<String, Analyzer> analyzers = new HashMap<>();
        Analyzers.LANGUAGES.forEach(lang -> analyzers.put(lang, Analyzers.forLanguage(lang)));
        return Map.copyOf(analyzers);
    }
}
