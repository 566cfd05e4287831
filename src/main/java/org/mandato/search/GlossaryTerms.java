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
    /** What separates the words of a text where acronyms are looked for; an apostrophe is kept ("l'OIM"). */
    private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}'’]+");
    private final List<GlossaryConcept> concepts;
    /** By language: the terms as a tree of their stems, to find the runs of a text that are terms in one pass. */
    private final Map<String, TermTree> trees = new HashMap<>();
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
                    trees.computeIfAbsent(lang, l -> new TermTree()).add(tokens, c);
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
            List<String> stems = new ArrayList<>();
            List<Integer> wordOf = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                for (String stem : tokens(lang, words.get(i))) {
                    stems.add(stem);
                    wordOf.add(i);
                }
            }
            trees.getOrDefault(lang, TermTree.NONE).runs(stems,
                    (c, start, end) -> found.add(new Match(concepts.get(c), lang, wordOf.get(start), wordOf.get(end))));
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
     * The concepts a text in {@code lang} names, as the index records them, each twice: with the
     * language ({@link #conceptToken(String, String)}), to tell in which one a result named it, and
     * without ({@link #conceptToken(String)}), to find it in any: every run of its words that is a
     * term of that language, and every acronym of the glossary written as the glossary writes it
     * ({@code l'OIM}, {@code IOM's}).
     */
    Set<String> tag(String lang, String text) {
        Set<String> named = new LinkedHashSet<>();
        if (text == null || text.isBlank() || concepts.isEmpty()) {
            return named;
        }
        for (String word : WORD_BREAKS.split(text)) {
            String acronym = word.isEmpty() ? null : GlossaryConcept.acronymOf(Analyzers.withoutApostrophe(word));
            if (acronym != null && acronyms.containsKey(acronym)) {
                acronyms.get(acronym).keySet().forEach(c -> name(named, concepts.get(c), lang));
            }
        }
        trees.getOrDefault(lang, TermTree.NONE).runs(tokens(lang, text), (c, start, end) -> name(named, concepts.get(c), lang));
        return named;
    }

    private static void name(Set<String> named, GlossaryConcept concept, String lang) {
        named.add(conceptToken(concept.slug(), lang));
        named.add(conceptToken(concept.slug()));
    }

    /** How the index records that a text in {@code lang} names a concept: "migrant-workers@fr". */
    static String conceptToken(String slug, String lang) {
        return slug + "@" + lang;
    }

    /**
     * How the index records that a text in any language names a concept: the concept's slug alone.
     * One term rather than a synonym of the four: at a million reports a concept as common as
     * health is a long list of documents, and reading one list is much cheaper than merging four.
     */
    static String conceptToken(String slug) {
        return slug;
    }

    /** The concepts whose terms include a text in its language (a theme's name): none when it names none. */
    List<GlossaryConcept> conceptsNamed(String lang, String text) {
        List<String> tokens = tokens(lang, text);
        return trees.getOrDefault(lang, TermTree.NONE).named(tokens).stream().map(concepts::get).toList();
    }

    /** The query for every term of a concept in every language, each in its own language's fields. */
    Expansion expansion(GlossaryConcept concept) {
        return expansions.computeIfAbsent(concept.slug(), slug -> build(concept));
    }

    /**
     * A concept as queries: for finding, the concept as the index records it in any language and in
     * each ({@link SearchFields#CONCEPTS}), so that a query naming many concepts stays cheap at a
     * million reports; for marking the words in the results' snippets, its terms in each language's
     * titles and texts.
     */
    private static Expansion build(GlossaryConcept concept) {
        Map<String, Query> byLanguage = new LinkedHashMap<>();
        List<Query> marked = new ArrayList<>();
        for (String lang : Analyzers.LANGUAGES) {
            Term recorded = new Term(SearchFields.CONCEPTS, conceptToken(concept.slug(), lang));
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
        Query anyLanguage = new TermQuery(new Term(SearchFields.CONCEPTS, conceptToken(concept.slug())));
        return new Expansion(concept, anyLanguage, byLanguage, mark.build());
    }

    /**
     * The terms of one language as a tree of their stems. Looking for the terms in a text walks it
     * from each word while some term goes on with the next one: most words begin no term, so a
     * text is read in about one look-up a word, however long the glossary's terms.
     */
    private static final class TermTree {
        static final TermTree NONE = new TermTree();

        private final Map<String, TermTree> next = new HashMap<>();
        private final List<Integer> concepts = new ArrayList<>();

        interface Run {
            void found(int concept, int start, int end);
        }

        void add(List<String> stems, int concept) {
            TermTree node = this;
            for (String stem : stems) {
                node = node.next.computeIfAbsent(stem, s -> new TermTree());
            }
            if (!node.concepts.contains(concept)) {
                node.concepts.add(concept);
            }
        }

        /** The concepts whose term is exactly {@code stems}: none for no stems at all. */
        List<Integer> named(List<String> stems) {
            TermTree node = this;
            for (String stem : stems) {
                node = node.next.get(stem);
                if (node == null) {
                    return List.of();
                }
            }
            return node == this ? List.of() : node.concepts;
        }

        /** Every run of {@code stems}, from {@code start} to {@code end} inclusive, that is a term. */
        void runs(List<String> stems, Run run) {
            for (int start = 0; start < stems.size(); start++) {
                TermTree node = this;
                for (int end = start; end < stems.size(); end++) {
                    node = node.next.get(stems.get(end));
                    if (node == null) {
                        break;
                    }
                    for (int concept : node.concepts) {
                        run.found(concept, start, end);
                    }
                }
            }
        }
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
