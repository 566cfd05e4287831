package org.mandato.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.mandato.glossary.GlossaryConcept;

/**
 * Reads what a person typed: words, "exact phrases", AND / OR / NOT, prefix*, and field filters such
 * as {@code theme:migration}, {@code institution:iom}, {@code year:2011} ({@link WordsParser}). Each
 * word is looked for in the titles, texts and theme names of all four languages, each analysed in
 * its own language, and, as the {@link QueryPolicy} allows:
 * <ul>
 * <li>several plain words need only most of them, best first (ranked recall);</li>
 * <li>a run of words that names a glossary concept ("trabajadores migrantes", {@code OIM}) also looks
 * for the concept's terms in every language, at {@link #GLOSSARY_WEIGHT} of a typed word's weight;
 * an acronym written in capitals is looked for only as written;</li>
 * <li>a word found nowhere is also read as the index's nearest word ({@link Spelling}), at
 * {@link #SPELLING_WEIGHT}.</li>
 * </ul>
 * The words that are stop words of the language the query is written in (the one whose stop words
 * it uses most, else the reader's) are left out. A query that does not parse is searched again as
 * plain words.
 */
final class QueryReader {

    /** Field filters a person may type, by the name they type. */
    static final List<String> TYPED_FILTERS = SearchFields.FACETS;
    /** A glossary term's weight against the word typed: it finds, it does not outrank. */
    static final float GLOSSARY_WEIGHT = 0.4f;
    /** The nearest word's weight, for a typed word found nowhere. */
    static final float SPELLING_WEIGHT = 0.8f;

    private final Analyzer analyzer = Analyzers.perField();

    /** A typed word found nowhere, and the index's nearest word, also searched. */
    record Correction(String typed, String suggested) {}

    /** A glossary concept the query names: the words that name it ({@code typed}) and its terms as queries. */
    record Used(GlossaryTerms.Match match, String typed, GlossaryTerms.Expansion expansion) {}

    /**
     * A query read: {@code query} to run; {@code literal}, the same without the glossary's concepts,
     * to tell which results only the glossary found; the language the words were read as written in.
     */
    record Read(Query query, Query literal, boolean relaxed, String language, List<Used> expansions,
                List<Correction> corrections, List<SearchResults.WordsNeeded> wordsNeeded) {

        /** What the highlighter marks: the words found, and the glossary's terms in each language's titles and texts. */
        Query highlight() {
            if (expansions.isEmpty()) {
                return query;
            }
            BooleanQuery.Builder marking = new BooleanQuery.Builder();
            marking.add(query, BooleanClause.Occur.SHOULD);
            expansions.stream().map(used -> used.expansion().marking()).distinct()
                    .forEach(terms -> marking.add(terms, BooleanClause.Occur.SHOULD));
            return marking.build();
        }

        /** The typed query with each correction in place of the word it corrects: what "did you mean" offers. */
        String corrected(String typed) {
            String text = typed;
            for (Correction correction : corrections) {
                Matcher word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(correction.typed()) + "(?![\\p{L}\\p{N}])")
                        .matcher(text);
                text = word.replaceFirst(Matcher.quoteReplacement(correction.suggested()));
            }
            return text;
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** As {@link #read(SearchRequest, IndexReader, GlossaryTerms, QueryPolicy, String)}, with the words alone. */
    Read read(SearchRequest request) {
        return read(request, null, GlossaryTerms.EMPTY, QueryPolicy.STRICT, "en");
    }

    /**
     * The query for the typed words and the chosen filters. {@code index} tells which words exist
     * (for spelling); {@code readerLang} is the language of the page, the query's language when its
     * words do not tell.
     */
    Read read(SearchRequest request, IndexReader index, GlossaryTerms glossary, QueryPolicy policy, String readerLang) {
        if (request.query().isEmpty()) {
            Query all = withFilters(new MatchAllDocsQuery(), request);
            return new Read(all, all, false, readerLang, List.of(), List.of(), List.of());
        }
        String typed = request.query();
        boolean relaxed = false;
        List<String> words = WordsParser.plainWords(analyzer, typed);
        if (words == null) {
            relaxed = true;
            typed = QueryParser.escape(typed);
            words = WordsParser.plainWords(analyzer, typed);
            if (words == null) {
                Query all = withFilters(new MatchAllDocsQuery(), request);
                return new Read(all, all, true, readerLang, List.of(), List.of(), List.of());
            }
        }
        String lang = language(words, readerLang);
        boolean[] dropped = stopWords(words, lang, glossary);
        List<String> order = new ArrayList<>(List.of(lang));
        Analyzers.LANGUAGES.stream().filter(l -> !l.equals(lang)).forEach(order::add);
        List<GlossaryTerms.Match> matches = policy.glossary() ? new ArrayList<>(glossary.find(words, order)) : new ArrayList<>();
        boolean[] named = new boolean[words.size()];
        matches.forEach(m -> java.util.Arrays.fill(named, m.from(), m.to() + 1, true));
        List<Correction> corrections = new ArrayList<>();
        String[] corrected = words.toArray(String[]::new);
        if (policy.spelling() && index != null) {
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                // A word of the glossary is a word, even where no text holds it yet ("maternal").
                if (!dropped[i] && !named[i] && !glossary.isAcronym(word) && !glossary.knows(word)) {
                    int at = i;
                    Spelling.correction(index, word).ifPresent(suggested -> {
                        corrections.add(new Correction(word, suggested));
                        corrected[at] = suggested;
                    });
                }
            }
        }
        if (policy.glossary() && !corrections.isEmpty()) {
            // The corrected words may name concepts too ("vaccinaton campaign").
            for (GlossaryTerms.Match match : glossary.find(List.of(corrected), order)) {
                boolean touchesACorrection = false;
                for (int i = match.from(); i <= match.to(); i++) {
                    touchesACorrection |= !corrected[i].equals(words.get(i));
                }
                if (touchesACorrection) {
                    matches.add(match);
                }
            }
        }
        List<Used> used = new ArrayList<>();
        Map<Integer, List<Query>> expansionsOf = new HashMap<>();
        for (GlossaryTerms.Match match : matches) {
            GlossaryTerms.Expansion expansion = glossary.expansion(match.concept());
            used.add(new Used(match, String.join(" ", List.of(corrected).subList(match.from(), match.to() + 1)), expansion));
            for (int i = match.from(); i <= match.to(); i++) {
                expansionsOf.computeIfAbsent(i, k -> new ArrayList<>()).add(new BoostQuery(expansion.query(), GLOSSARY_WEIGHT));
            }
        }
        WordsParser.Words literalWords = (i, text) -> word(text, dropped[i], corrected[i].equals(text) ? null : corrected[i],
                List.of(), glossary);
        WordsParser.Words expandedWords = (i, text) -> word(text, dropped[i], corrected[i].equals(text) ? null : corrected[i],
                expansionsOf.getOrDefault(i, List.of()), glossary);
        try {
            WordsParser literalParser = new WordsParser(analyzer, literalWords, policy.rankedRecall());
            Query literal = literalParser.parse(typed);
            Query query = used.isEmpty() ? literal : new WordsParser(analyzer, expandedWords, policy.rankedRecall()).parse(typed);
            query = conceptsBeside(query);
            return new Read(withFilters(query, request), withFilters(literal, request), relaxed, lang, used, corrections,
                    literalParser.wordsNeeded());
        } catch (ParseException | RuntimeException e) {
            Query all = withFilters(new MatchAllDocsQuery(), request);
            return new Read(all, all, true, lang, List.of(), List.of(), List.of());
        }
    }

    /**
     * One plain word: its readings in every language (or, for one of the glossary's acronyms written
     * as it writes it, that acronym as written), the nearest word's readings when it is found
     * nowhere, and the terms of the glossary concepts it is part of; the best of them counts.
     */
    private static Query word(String text, boolean dropped, String correction, List<Query> expansions, GlossaryTerms glossary) {
        if (dropped) {
            return null;
        }
        List<Query> alternatives = new ArrayList<>();
        Query typed = glossary.isAcronym(text)
                ? new TermQuery(new Term(SearchFields.ACRONYMS, GlossaryConcept.acronymOf(text)))
                : readings(text, 0);
        if (typed != null) {
            alternatives.add(typed);
        }
        if (correction != null) {
            Query nearest = readings(correction, 0);
            if (nearest != null) {
                alternatives.add(new BoostQuery(nearest, SPELLING_WEIGHT));
            }
        }
        alternatives.addAll(expansions);
        if (alternatives.isEmpty()) {
            return null;
        }
        return best(alternatives);
    }

    /** A word or phrase in each language's titles, texts and theme names, each read by its language's analyzer. */
    static Query readings(String text, int slop) {
        List<Query> fields = new ArrayList<>();
        for (String lang : Analyzers.LANGUAGES) {
            QueryBuilder builder = new QueryBuilder(GlossaryTerms.analyzer(lang));
            for (String field : SearchFields.textFields(lang)) {
                Query query = builder.createPhraseQuery(field, text, slop);
                if (query != null) {
                    fields.add(new BoostQuery(query, fieldWeight(field)));
                }
            }
        }
        return best(fields);
    }

    /**
     * The best of several readings of a word: a result scores as its best-scoring reading, and a
     * second reading (another field, another language, a glossary term) adds nothing. Adding them
     * up would favour a paragraph, written in four languages, over a report written in one; and
     * the best alone lets each reading skip, at a million reports, the blocks of documents where it
     * cannot reach the page, which a sum of readings never may. Bests within bests are laid flat,
     * their weights carried down: the same score, from one set of readings rather than nested ones.
     * Null when there is no reading.
     */
    static Query best(List<Query> readings) {
        List<Query> flat = new ArrayList<>();
        readings.forEach(reading -> layFlat(reading, 1f, flat));
        if (flat.isEmpty()) {
            return null;
        }
        return flat.size() == 1 ? flat.get(0) : new DisjunctionMaxQuery(flat, 0f);
    }

    private static void layFlat(Query reading, float weight, List<Query> flat) {
        if (reading instanceof BoostQuery weighted) {
            layFlat(weighted.getQuery(), weight * weighted.getBoost(), flat);
        } else if (reading instanceof DisjunctionMaxQuery best && best.getTieBreakerMultiplier() == 0f) {
            best.getDisjuncts().forEach(inner -> layFlat(inner, weight, flat));
        } else {
            flat.add(weight == 1f ? reading : new BoostQuery(reading, weight));
        }
    }

    /**
     * In a group of words any one of which may match ("santé publique", "corruption OR
     * transparency"), the glossary's concepts are scored beside the words rather than as one of
     * each word's readings: a result holding a word gets the concept's weight on top, and a result
     * that only the glossary found gets the concepts' alone. The same results match. At a million
     * reports a concept as common as health names a few hundred thousand of them: beside the words,
     * Lucene sets its list aside once the page's results outscore what a concept can add, whereas
     * a reading it walked every document of it. A group that needs several of its words keeps them
     * within each word, so that a concept counts as the word it stands for.
     */
    static Query conceptsBeside(Query query) {
        if (!(query instanceof BooleanQuery group) || group.getMinimumNumberShouldMatch() > 1 || group.clauses().size() < 2
                || group.clauses().stream().anyMatch(clause -> clause.getOccur() != BooleanClause.Occur.SHOULD)) {
            return query;
        }
        Set<Query> concepts = new LinkedHashSet<>();
        BooleanQuery.Builder beside = new BooleanQuery.Builder();
        for (BooleanClause clause : group.clauses()) {
            Query word = clause.getQuery();
            if (word instanceof DisjunctionMaxQuery readings) {
                List<Query> typed = new ArrayList<>();
                for (Query reading : readings.getDisjuncts()) {
                    (isConcept(reading) ? concepts : typed).add(reading);
                }
                word = best(typed);
            }
            if (word != null) {
                beside.add(word, BooleanClause.Occur.SHOULD);
            }
        }
        concepts.forEach(concept -> beside.add(concept, BooleanClause.Occur.SHOULD));
        return beside.build();
    }

    private static boolean isConcept(Query reading) {
        Query inner = reading instanceof BoostQuery weighted ? weighted.getQuery() : reading;
        return inner instanceof TermQuery term && term.getTerm().field().equals(SearchFields.CONCEPTS);
    }

    /** Titles weigh twice a text; the names of a result's themes half. */
    static float fieldWeight(String field) {
        if (field.startsWith("title_")) {
            return 2.0f;
        }
        return field.startsWith("themes_") ? 0.5f : 1.0f;
    }

    /**
     * The language a query is written in: the one whose stop words it uses most ("droits des
     * migrants" is French), else the reader's.
     */
    static String language(List<String> words, String readerLang) {
        String best = Analyzers.LANGUAGES.contains(readerLang) ? readerLang : "en";
        int bestCount = 0;
        for (String lang : Analyzers.LANGUAGES) {
            int count = (int) words.stream().filter(w -> Analyzers.stopWords(lang).contains(w.toLowerCase(Locale.ROOT))).count();
            if (count > bestCount || (count == bestCount && count > 0 && lang.equals(readerLang))) {
                best = lang;
                bestCount = count;
            }
        }
        return best;
    }

    /** The words left out: stop words of the query's language, unless the query is nothing else. */
    private static boolean[] stopWords(List<String> words, String lang, GlossaryTerms glossary) {
        boolean[] dropped = new boolean[words.size()];
        boolean anyKept = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            dropped[i] = Analyzers.stopWords(lang).contains(word.toLowerCase(Locale.ROOT)) && !glossary.isAcronym(word);
            anyKept |= !dropped[i];
        }
        return anyKept ? dropped : new boolean[words.size()];
    }

    private static Query withFilters(Query words, SearchRequest request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(words, BooleanClause.Occur.MUST);
        request.filters().forEach((dimension, values) -> {
            BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
            for (String value : values) {
                anyOf.add(new TermQuery(new Term(dimension, value.toLowerCase(Locale.ROOT))), BooleanClause.Occur.SHOULD);
            }
            query.add(anyOf.build(), BooleanClause.Occur.FILTER);
        });
        return query.build();
    }
}
