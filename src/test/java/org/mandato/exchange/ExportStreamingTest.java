package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.mandato.accounts.TestUsers;
import org.mandato.reporting.ReportExport;
import org.mandato.reporting.ReportFilter;
import org.mandato.reporting.ReportImport;
import org.mandato.reporting.ReportStatus;
import org.mandato.web.CsvFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The downloads of every report (reports.csv, reports.json, the packs) are written batch by batch
 * as they are read: over several batches, with many reports on one day, each report comes exactly
 * once and in the order the listing shows, the same bytes as the rows written whole, and no
 * transaction or connection is held while a batch is handed over.
 */
@MandatoTest
@TestPropertySource(properties = // a property of the test, so that the PostgreSQL twin's dynamic one wins over it
        "spring.datasource.url=jdbc:h2:mem:export-streaming;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class ExportStreamingTest {

    static final int PUBLISHED = 1_234;
    static final int DRAFTS = 57;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportImport imports;
    @Autowired
    ReportExport export;
    @Autowired
    PackExporter exporter;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void manyReportsOnAFewDays() {
        if (jdbc.sql("select count(*) from report where external_key like 'stream-%'").query(Integer.class).single() > 0) {
            return;
        }
        List<ReportImport.ReportEntry> entries = new ArrayList<>();
        for (int i = 0; i < PUBLISHED + DRAFTS; i++) {
            // Seven days for all of them: most batches end in the middle of a day.
            entries.add(new ReportImport.ReportEntry("stream-" + i, i % 3 == 0 ? "oas" : "iom", LocalDate.of(2020, 1, 1 + i % 7), "en",
                    i < PUBLISHED ? ReportStatus.PUBLISHED : ReportStatus.DRAFT, List.of(i % 2 == 0 ? "migration" : "health"),
                    "", Map.of(), Map.of("en", "Report " + i + ", with a comma\nand a second line.")));
        }
        transactions.executeWithoutResult(status -> imports.reports(entries));
    }

    @Test
    void reportsCsvHoldsEveryPublishedReportOnceNewestFirst() throws Exception {
        List<CSVRecord> rows = csv(download("/export/reports.csv"));

        assertThat(rows).extracting(r -> r.get("key")).containsExactlyElementsOf(keys("""
                select external_key from report where status = 'published' order by report_date desc, id desc"""));
        assertThat(rows).hasSizeGreaterThan(PUBLISHED);
    }

    @Test
    void aFilteredListingAndItsJsonHoldTheSameReports() throws Exception {
        List<CSVRecord> rows = csv(download("/export/reports.csv?theme=migration"));
        String json = download("/export/reports.json?theme=migration");
        List<CSVRecord> ofOneInstitution = csv(download("/export/reports.csv?theme=migration&institution=oas"));

        List<String> expected = keys("""
                select r.external_key from report r
                where r.status = 'published' and r.id in (select t.report_id from report_theme t join theme h on h.id = t.theme_id
                    where h.slug = 'migration' or h.parent_id = (select id from theme where slug = 'migration'))
                order by r.report_date desc, r.id desc""");
        assertThat(expected).as("more than a batch").hasSizeGreaterThan(500);
        assertThat(rows).extracting(r -> r.get("key")).containsExactlyElementsOf(expected);
        assertThat(json.split("\"key\":\"", -1)).hasSize(expected.size() + 1);
        assertThat(json).startsWith("[{\"key\":\"" + expected.get(0) + "\"").endsWith("}]");
        assertThat(ofOneInstitution).isNotEmpty().allMatch(r -> r.get("author").equals("oas") && r.get("themes").contains("migration"));
    }

    @Test
    void theStreamedFileIsTheFileWrittenWhole() throws Exception {
        List<ReportExport.Row> all = new ArrayList<>();
        export.published(ReportFilter.none(), all::addAll);
        List<List<String>> rows = all.stream().map(r -> {
            List<String> row = new ArrayList<>(List.of(r.key(), r.author(), r.date(), r.originalLanguage(), r.status(), r.themes(),
                    r.citations()));
            for (String field : List.of("title", "body")) {
                for (String lang : PackExporter.LANGUAGES) {
                    String text = (field.equals("title") ? r.titles() : r.bodies()).get(lang);
                    row.add(text == null ? "" : text);
                }
            }
            return row;
        }).toList();
        List<String> header = new ArrayList<>(List.of("key", "author", "date", "original_language", "status", "themes", "citations"));
        List.of("title", "body").forEach(field -> PackExporter.LANGUAGES.forEach(lang -> header.add(field + "_" + lang)));

        assertThat(download("/export/reports.csv")).isEqualTo(CsvFiles.write(header, rows));
    }

    @Test
    void thePacksHoldTheReportsInIdOrderAndTheZipIsTheFilesWrittenWhole() throws Exception {
        Map<String, String> publicPack = unzip(mvc.perform(get("/export/pack.zip")).andReturn().getResponse().getContentAsByteArray());
        Map<String, String> fullPack = unzip(mvc.perform(get("/secretariat/export/pack.zip").with(user(TestUsers.secretariat())))
                .andReturn().getResponse().getContentAsByteArray());

        assertThat(csv(publicPack.get("reports.csv"))).extracting(r -> r.get("key"))
                .containsExactlyElementsOf(keys("select external_key from report where status = 'published' order by id"));
        assertThat(csv(fullPack.get("reports.csv"))).extracting(r -> r.get("key"))
                .containsExactlyElementsOf(keys("select external_key from report order by id"));
        assertThat(publicPack).isEqualTo(exporter.files("Mandato public data", false));
        assertThat(fullPack).isEqualTo(exporter.files("Mandato full export", true));
        assertThat(fullPack.get("national-entries.csv")).contains("demo-2025,MX,draft");
        assertThat(publicPack.get("national-entries.csv")).doesNotContain("demo-2025,MX,draft").contains("demo-2025,CL,published");
    }

    @Test
    void noTransactionNorConnectionIsHeldWhileABatchIsHandedOver() {
        List<Integer> sizes = new ArrayList<>();
        List<Boolean> held = new ArrayList<>();

        export.published(ReportFilter.none(), batch -> {
            sizes.add(batch.size());
            held.add(TransactionSynchronizationManager.isActualTransactionActive() || !TransactionSynchronizationManager.getResourceMap().isEmpty());
        });

        assertThat(sizes).hasSizeGreaterThanOrEqualTo(3).allMatch(size -> size <= 500);
        assertThat(held).containsOnly(false);
    }

    private String download(String url) throws Exception {
        var response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> keys(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
