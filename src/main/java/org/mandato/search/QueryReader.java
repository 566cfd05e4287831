package org.mandato.search;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Reads what a person typed: words (all required), "exact phrases", AND / OR / NOT, prefix*, and
 * field filters such as {@code theme:migration}, {@code institution:iom}, {@code year:2011}. Each
 * word is looked for in the titles, texts and theme names of all four languages, each analysed in
 * its own language. A query that does not parse is searched again as plain words.
 */
final class QueryReader {

    /** Field filters a person may type, by the name they type. */
    static final List<String> TYPED_FILTERS = SearchFields.FACETS;

    private final Analyzer analyzer = Analyzers.perField();
    private final Map<String, Float> boosts = new HashMap<>();

    QueryReader() {
        for (String lang : Analyzers.LANGUAGES) {
            boosts.put(SearchFields.title(lang), 2.0f);
            boosts.put(SearchFields.themeNames(lang), 0.5f);
        }
    }

    /** The query for the typed words and the chosen filters; {@code relaxed[0]} tells whether the words were read loosely. */
    Query read(SearchRequest request, boolean[] relaxed) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (request.query().isEmpty()) {
            query.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            query.add(words(request.query(), relaxed), BooleanClause.Occur.MUST);
        }
        request.filters().forEach((dimension, values) -> {
            BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
            for (String value : values) {
                anyOf.add(new TermQuery(new Term(dimension, value.toLowerCase(Locale.ROOT))), BooleanClause.Occur.SHOULD);
            }
            query.add(anyOf.build(), BooleanClause.Occur.FILTER);
        });
        return query.build();
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /**
     * The words read once per language, each time against that language's fields only, and any
     * language's reading may match: a Spanish query meets the Spanish text with Spanish stop words
     * and stems, never tripping over a word that is a stop word only in another language.
     */
    private Query words(String typed, boolean[] relaxed) {
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        BooleanQuery.Builder positives = new BooleanQuery.Builder();
        boolean anyExclusion = false;
        for (String lang : Analyzers.LANGUAGES) {
            Query reading = inLanguage(lang, typed, relaxed);
            if (reading instanceof BooleanQuery bool && bool.clauses().stream().anyMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
                // NOT excludes a document whatever the language it matched in, so exclusions apply to all readings.
                BooleanQuery.Builder kept = new BooleanQuery.Builder();
                for (BooleanClause clause : bool.clauses()) {
                    if (clause.getOccur() == BooleanClause.Occur.MUST_NOT) {
                        anyLanguage.add(clause.getQuery(), BooleanClause.Occur.MUST_NOT);
                        anyExclusion = true;
                    } else {
                        kept.add(clause);
                    }
                }
                reading = kept.build();
            }
            positives.add(reading, BooleanClause.Occur.SHOULD);
        }
        if (!anyExclusion) {
            return positives.build();
        }
        anyLanguage.add(positives.build(), BooleanClause.Occur.MUST);
        return anyLanguage.build();
    }

    private Query inLanguage(String lang, String typed, boolean[] relaxed) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(SearchFields.textFields(lang).toArray(String[]::new),
                analyzer, boosts);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        try {
            return parser.parse(typed);
        } catch (ParseException | RuntimeException e) {
            relaxed[0] = true;
            try {
                return parser.parse(QueryParser.escape(typed));
            } catch (ParseException again) {
                return new MatchAllDocsQuery();
            }
        }
    }
}
