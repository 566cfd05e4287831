package org.mandato.search;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Paragraph;
import org.mandato.exchange.PackImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search quality on the evaluation set of issue 18: a fresh application with the demo pack and the
 * search-evaluation pack (128 fictitious reports, 32 a language), every query of
 * {@code search-evaluation/queries.csv} searched as the site searches it (the query's language as the
 * page's), and recall@10 and nDCG@10 per language and overall, printed for each reading of the words:
 * before issue 18 (strict AND, no glossary, no spelling), then adding ranked recall, the glossary and
 * spelling in turn. Run by bench/search-quality.sh; not part of ./mvnw verify.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:search-quality;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
})
@Import(TestUsers.class)
class SearchQualityBenchmark {

    static final Map<String, QueryPolicy> READINGS = new java.util.LinkedHashMap<>();

    static {
        READINGS.put("before (strict AND, no glossary, no spelling)", QueryPolicy.STRICT);
        READINGS.put("ranked recall", new QueryPolicy(true, false, false));
        READINGS.put("ranked recall + glossary", new QueryPolicy(true, true, false));
        READINGS.put("after (ranked recall + glossary + spelling)", QueryPolicy.FULL);
    }

    @Autowired
    Search search;
    @Autowired
    PackImporter importer;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Catalog catalog;
    @Autowired
    SearchIndex index;
    @Autowired
    ChangeLog changes;

    @Test
    void printScores() {
        transactions.executeWithoutResult(status -> importer.load("classpath:packs/search-evaluation/"));
        IndexWaits.awaitEverythingLogged(index, changes);
        Map<Long, String> reportKeys = new HashMap<>();
        jdbc.sql("select id, external_key from report where external_key is not null")
                .query(rs -> {
                    reportKeys.put(rs.getLong("id"), rs.getString("external_key"));
                });
        List<SearchQuality.Query> queries = SearchQuality.queries();
        System.out.println("SEARCH-QUALITY " + queries.size() + " queries; " + reportKeys.size() + " reports; Java "
                + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores, load "
                + String.format(java.util.Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        List<SearchQuality.Outcome> last = null;
        for (var reading : READINGS.entrySet()) {
            List<SearchQuality.Outcome> outcomes = SearchQuality.run(queries, query -> search
                    .search(new SearchRequest(query.text(), Map.of(), null, 0), query.language(), reading.getValue())
                    .hits().stream().map(hit -> key(hit, reportKeys)).toList());
            System.out.println("SEARCH-QUALITY " + reading.getKey());
            SearchQuality.byLanguage(outcomes).forEach((lang, score) -> System.out.println("SEARCH-QUALITY   " + lang + "  " + score));
            last = outcomes;
        }
        for (SearchQuality.Outcome outcome : last) {
            if (!outcome.missing().isEmpty()) {
                System.out.println("SEARCH-QUALITY miss " + outcome.query().id() + " \"" + outcome.query().text() + "\": missing "
                        + outcome.missing() + "; first ten " + outcome.found().subList(0, Math.min(10, outcome.found().size())));
            }
        }
    }

    /** A result as the evaluation set names it: a report by its key, a paragraph as paragraph:summit/document/number. */
    private String key(SearchResults.Hit hit, Map<Long, String> reportKeys) {
        if (hit.isReport()) {
            return reportKeys.getOrDefault(hit.id(), "report:" + hit.id());
        }
        if (hit.kind().equals("paragraph")) {
            Paragraph paragraph = catalog.paragraphs(List.of(hit.id())).get(0);
            return "paragraph:" + paragraph.documentPath().replaceFirst("^/summits/", "") + "/" + paragraph.number();
        }
        return hit.kind() + ":" + hit.id();
    }
}
