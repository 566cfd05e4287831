package org.mandato.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandato.exchange.PackImporter;
import org.mandato.reporting.ReportImport.ReportEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batched import path writes exactly what the one-by-one path writes, and names a bad entry by
 * its place. On a database of its own (shared with the listing tests, which use other themes), so
 * that the reports it adds never reach the counts of the tests on the shared write database.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:mandato-listing;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
})
@AutoConfigureMockMvc
class ReportBatchImportTest {

    @Autowired
    ReportImport reports;
    @Autowired
    PackImporter packs;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportHistory history;

    @TempDir
    Path folder;

    @Test
    void aBatchWritesTheSameRowsAsOneByOne() {
        long single = transactions.execute(status -> reports.report(entry("batch-single", "Community health workers trained.")));
        long batched = transactions.execute(status -> reports.reports(List.of(entry("batch-many", "Community health workers trained."))))
                .get(0);

        assertThat(rows(batched)).isEqualTo(rows(single));
        assertThat(jdbc.sql("select citations from report_revision where report_id = :id").param("id", batched).query(String.class).single())
                .isEqualTo("Port of Spain 2009 ¶17; VII Summit Education ¶2");
    }

    @Test
    void aKeyAlreadyStoredOrRepeatedInTheBatchIsUpdatedInOrder() {
        transactions.executeWithoutResult(status -> reports.reports(List.of(
                entry("batch-repeat", "First text."), entry("batch-repeat", "Second text."))));

        assertThat(jdbc.sql("select version from report where external_key = 'batch-repeat'").query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select body from report_text where lang = 'en'
                and report_id = (select id from report where external_key = 'batch-repeat')""").query(String.class).single())
                .isEqualTo("Second text.");

        transactions.executeWithoutResult(status -> reports.reports(List.of(entry("batch-repeat", "Second text."))));
        assertThat(jdbc.sql("""
                select count(*) from report_revision where report_id = (select id from report where external_key = 'batch-repeat')""")
                .query(Integer.class).single()).as("an unchanged report gets no new revision").isEqualTo(2);
    }

    @Test
    void theFirstRevisionOfAnImportedReportShowsItsTextsBeforeAndAfterTheReportChanges() {
        long id = transactions.execute(status -> reports.reports(List.of(entry("batch-history", "First words.")))).get(0);
        long first = history.revisions(id).get(0).id();
        assertThat(jdbc.sql("select count(*) from report_revision_text where revision_id = :id").param("id", first)
                .query(Integer.class).single()).as("the texts are stored once, in report_text").isZero();
        assertThat(history.content(id, first).orElseThrow().bodies()).isEqualTo(Map.of("en", "First words.", "es", "Formación."));

        transactions.executeWithoutResult(status -> reports.reports(List.of(entry("batch-history", "Second words."))));

        List<Revision> revisions = history.revisions(id);
        assertThat(revisions).extracting(Revision::version).containsExactly(1, 2);
        assertThat(history.content(id, first).orElseThrow().bodies()).isEqualTo(Map.of("en", "First words.", "es", "Formación."));
        assertThat(history.content(id, first).orElseThrow().titles()).isEqualTo(Map.of("en", "Training"));
        assertThat(history.content(id, revisions.get(1).id()).orElseThrow().bodies())
                .isEqualTo(Map.of("en", "Second words.", "es", "Formación."));
    }

    @Test
    void noTwoIndexesOfAReportTableHoldTheSameColumns() {
        // H2 gave inline foreign keys an index of their own even where one on the same column existed (V14.1).
        Map<String, List<String>> columnsByIndex = new java.util.TreeMap<>();
        jdbc.sql("""
                        select c.table_name, c.index_name, c.column_name from information_schema.index_columns c
                        where c.table_name like 'report%' order by c.table_name, c.index_name, c.ordinal_position""")
                .query((rs, n) -> columnsByIndex.computeIfAbsent(rs.getString("table_name") + "/" + rs.getString("index_name"),
                        k -> new java.util.ArrayList<>()).add(rs.getString("column_name")))
                .list();
        Map<String, List<List<String>>> byTable = new java.util.TreeMap<>();
        columnsByIndex.forEach((index, columns) ->
                byTable.computeIfAbsent(index.substring(0, index.indexOf('/')), k -> new java.util.ArrayList<>()).add(columns));

        assertThat(byTable).containsKeys("report_theme", "report_citation");
        byTable.forEach((table, indexes) -> assertThat(indexes).as(table).doesNotHaveDuplicates());
    }

    @Test
    void anInvalidEntryIsNamedByItsPlaceAndNothingIsWritten() {
        ReportEntry unknownAuthor = new ReportEntry("batch-bad", "nobody", LocalDate.of(2020, 1, 1), "en", ReportStatus.PUBLISHED,
                List.of(), "", Map.of(), Map.of("en", "Text."));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                reports.reports(List.of(entry("batch-good", "Text."), unknownAuthor))))
                .isInstanceOfSatisfying(ReportImport.InvalidEntry.class, e -> assertThat(e.index()).isEqualTo(1))
                .hasMessage("author: unknown institution or country 'nobody'");
        assertThat(jdbc.sql("select count(*) from report where external_key in ('batch-good', 'batch-bad')")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aPackNamesTheLineOfABadReportInTheMiddleOfABatch() throws Exception {
        Files.writeString(folder.resolve("pack.properties"), "name=Batch probe\nfiles=reports.csv\n");
        Files.writeString(folder.resolve("reports.csv"), """
                key,author,date,original_language,status,themes,citations,body_en
                batch-line-2,iom,2020-01-01,en,published,migration,,Fine
                batch-line-3,oas,2020-01-02,en,published,health,Port of Spain 2009 ¶17,Fine too
                batch-line-4,iom,2999-01-01,en,published,migration,,From the future
                """);

        assertThatThrownBy(() -> packs.load(folder.toUri().toString()))
                .hasMessage("reports.csv line 4: date: 2999-01-01 is in the future");
        assertThat(jdbc.sql("select count(*) from report where external_key like 'batch-line-%'").query(Integer.class).single()).isZero();
    }

    private static ReportEntry entry(String key, String body) {
        return new ReportEntry(key, "paho", LocalDate.of(2019, 5, 2), "en", ReportStatus.PUBLISHED, List.of("health", "education"),
                "VII Summit Education ¶2; Port of Spain 2009 ¶17", Map.of("en", "Training"), Map.of("en", body, "es", "Formación."));
    }

    /** What was stored for a report, without its ids and key. */
    private List<Object> rows(long id) {
        return List.of(
                jdbc.sql("select author_id, report_date, original_lang, status, version from report where id = :id").param("id", id)
                        .query().listOfRows(),
                jdbc.sql("select lang, title, body from report_text where report_id = :id order by lang").param("id", id).query().listOfRows(),
                jdbc.sql("select theme_id from report_theme where report_id = :id order by theme_id").param("id", id).query(Long.class).list(),
                jdbc.sql("select paragraph_id from report_citation where report_id = :id order by paragraph_id").param("id", id)
                        .query(Long.class).list(),
                jdbc.sql("""
                        select version, kind, saved_by, status, report_date, original_lang, themes, citations, note
                        from report_revision where report_id = :id""").param("id", id).query().listOfRows(),
                jdbc.sql("""
                        select t.lang, t.title, t.body from report_revision_text t join report_revision r on r.id = t.revision_id
                        where r.report_id = :id order by t.lang""").param("id", id).query().listOfRows());
    }
}
