package org.mandato.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene's classic syntax (words, "phrases", AND / OR / NOT, +/-, prefix*, field:value) with a word
 * of no field looked for in every language, each language reading it with its own analyzer. Each
 * plain word becomes what {@link Words} makes of it (its readings, and the glossary's and the
 * spelling's alternatives); field filters stay required; a group of plain words without any
 * operator, under ranked recall, needs only most of its words ({@link #mostOf}).
 */
final class WordsParser extends QueryParser {

    /** The field of words typed without one: read in the four languages' fields. */
    static final String WORDS = "_words";
    private static final int NO_CONJUNCTION = 0;
    private static final int NO_MODIFIER = 0;

    /** What becomes of the n-th plain word typed (counted from 0, in the order the parser meets them). */
    interface Words {
        Query word(int index, String text);
    }

    private final Words words;
    private final boolean rankedRecall;
    private int wordCount;
    private final Set<List<BooleanClause>> withOperators = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Query> filters = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<SearchResults.WordsNeeded> wordsNeeded = new ArrayList<>();

    WordsParser(Analyzer perField, Words words, boolean rankedRecall) {
        super(WORDS, perField);
        this.words = words;
        this.rankedRecall = rankedRecall;
        setDefaultOperator(rankedRecall ? Operator.OR : Operator.AND);
        setAllowLeadingWildcard(false);
        setSplitOnWhitespace(true);
        setAutoGeneratePhraseQueries(true);
    }

    /** The plain words of a query, in order, as {@link Words} will be asked for them; null when it does not parse. */
    static List<String> plainWords(Analyzer perField, String typed) {
        List<String> found = new ArrayList<>();
        try {
            new WordsParser(perField, (index, text) -> {
                found.add(text);
                return new TermQuery(new Term(WORDS, text));
            }, false).parse(typed);
            return found;
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }

    /**
     * How many of {@code n} plain words a result must hold: half of them, rounded up. The results
     * holding more of them score higher and come first.
     */
    static int mostOf(int n) {
        return (n + 1) / 2;
    }

    /** The groups of plain words the last {@link #parse} read under ranked recall, with how many of their words a result needs. */
    List<SearchResults.WordsNeeded> wordsNeeded() {
        return List.copyOf(wordsNeeded);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (!field.equals(WORDS)) {
            return filter(super.getFieldQuery(field, queryText, quoted));
        }
        if (quoted) {
            return phrase(queryText, 0);
        }
        return words.word(wordCount++, queryText);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (!field.equals(WORDS)) {
            return filter(super.getFieldQuery(field, queryText, slop));
        }
        return phrase(queryText, slop);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return field.equals(WORDS) ? inEveryLanguage(f -> super.getPrefixQuery(f, termStr)) : filter(super.getPrefixQuery(field, termStr));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return field.equals(WORDS) ? inEveryLanguage(f -> super.getWildcardQuery(f, termStr)) : filter(super.getWildcardQuery(field, termStr));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return field.equals(WORDS) ? inEveryLanguage(f -> super.getFuzzyQuery(f, termStr, minSimilarity))
                : filter(super.getFuzzyQuery(field, termStr, minSimilarity));
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return field.equals(WORDS) ? inEveryLanguage(f -> super.getRegexpQuery(f, termStr)) : filter(super.getRegexpQuery(field, termStr));
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        return field.equals(WORDS) ? inEveryLanguage(f -> super.getRangeQuery(f, part1, part2, startInclusive, endInclusive))
                : filter(super.getRangeQuery(field, part1, part2, startInclusive, endInclusive));
    }

    @Override
    protected void addClause(List<BooleanClause> clauses, int conj, int mods, Query q) {
        if (conj != NO_CONJUNCTION || mods != NO_MODIFIER) {
            withOperators.add(clauses);
        }
        super.addClause(clauses, conj, mods, q);
    }

    /**
     * A group typed with operators keeps Lucene's meaning of them. A group of plain words and filters
     * requires every filter and, under ranked recall, most of the words.
     */
    @Override
    protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
        if (clauses.isEmpty() || withOperators.contains(clauses)) {
            return super.getBooleanQuery(clauses);
        }
        BooleanQuery.Builder group = new BooleanQuery.Builder();
        int optional = 0;
        for (BooleanClause clause : clauses) {
            boolean isFilter = filters.contains(clause.getQuery());
            BooleanClause.Occur occur = isFilter && clause.getOccur() == BooleanClause.Occur.SHOULD ? BooleanClause.Occur.MUST : clause.getOccur();
            if (occur == BooleanClause.Occur.SHOULD) {
                optional++;
            }
            group.add(clause.getQuery(), occur);
        }
        if (rankedRecall && optional > 0) {
            // Even one word: beside a required filter, Lucene would take a lone optional word as no condition at all.
            group.setMinimumNumberShouldMatch(mostOf(optional));
        }
        if (rankedRecall && optional > 1) {
            wordsNeeded.add(new SearchResults.WordsNeeded(optional, mostOf(optional)));
        }
        return group.build();
    }

    private Query filter(Query query) {
        if (query != null) {
            filters.add(query);
        }
        return query;
    }

    /** A quoted phrase, exactly, in each language's titles, texts and theme names. */
    private Query phrase(String text, int slop) {
        return QueryReader.readings(text, slop);
    }

    private interface FieldQuery {
        Query in(String field) throws ParseException;
    }

    private Query inEveryLanguage(FieldQuery perField) throws ParseException {
        List<Query> fields = new ArrayList<>();
        for (String lang : Analyzers.LANGUAGES) {
            for (String field : SearchFields.textFields(lang)) {
                Query query = perField.in(field);
                if (query != null) {
                    fields.add(new BoostQuery(query, QueryReader.fieldWeight(field)));
                }
            }
        }
        return QueryReader.best(fields);
    }
}
