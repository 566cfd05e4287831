package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mandato.MandatoWriteTest;
import org.mandato.exchange.PackImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search-evaluation pack loads through the importer on top of the demo pack: every author,
 * theme and citation it names is known. Loaded in a transaction that is rolled back, so the shared
 * write database (and its index) never sees the 128 reports.
 */
@MandatoWriteTest
class EvaluationPackLoadTest {

    @Autowired
    PackImporter importer;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theEvaluationReportsLoadAsPublishedReportsInTheirFourLanguages() {
        Map<String, Integer> byLanguage = transactions.execute(status -> {
            status.setRollbackOnly();
            PackImporter.PackSummary summary = importer.load("classpath:packs/search-evaluation/");
            assertThat(summary.rows()).isEqualTo(128);
            assertThat(jdbc.sql("""
                    select count(*) from report_citation c join report r on r.id = c.report_id
                    where r.external_key like 'eval-%'""").query(Integer.class).single()).isGreaterThanOrEqualTo(40);
            return jdbc.sql("""
                            select original_lang, count(*) as reports from report
                            where external_key like 'eval-%' and status = 'published' group by original_lang""")
                    .query((rs, n) -> Map.entry(rs.getString("original_lang"), rs.getInt("reports"))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        });

        assertThat(byLanguage).isEqualTo(Map.of("en", 32, "es", 32, "pt", 32, "fr", 32));
        assertThat(jdbc.sql("select count(*) from report where external_key like 'eval-%'").query(Integer.class).single())
                .as("rolled back").isZero();
    }
}
