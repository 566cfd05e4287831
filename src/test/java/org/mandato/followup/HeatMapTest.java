package org.mandato.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoWriteTest;
import org.mandato.reporting.ReportImport;
import org.mandato.reporting.ReportImport.ReportEntry;
import org.mandato.reporting.ReportStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The institution × theme heat map, counted in the database: a report counts once under the
 * top-level theme of each theme it names (a theme and its sub-theme together count once), only
 * published reports dated in the period count, and a report without a theme counts in no cell.
 */
@MandatoWriteTest
class HeatMapTest {

    static final String PERIOD = "/coverage?from=1999-02-01&to=1999-02-28";

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportImport imports;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void reportsOfFebruary1999() {
        if (jdbc.sql("select count(*) from report where external_key like 'heat-map-%'").query(Integer.class).single() > 0) {
            return;
        }
        List<ReportEntry> entries = List.of(
                entry("heat-map-1", "oas", "1999-02-03", ReportStatus.PUBLISHED, "migration", "migrant-human-rights", "trafficking-in-persons"),
                entry("heat-map-2", "oas", "1999-02-10", ReportStatus.PUBLISHED, "health", "migration"),
                entry("heat-map-3", "oas", "1999-02-11", ReportStatus.PUBLISHED),
                entry("heat-map-4", "oas", "1999-02-12", ReportStatus.DRAFT, "migration"),
                entry("heat-map-5", "oas", "1999-03-05", ReportStatus.PUBLISHED, "migration"),
                entry("heat-map-6", "iom", "1999-02-28", ReportStatus.PUBLISHED, "disease-prevention", "accessible-health-services"));
        transactions.executeWithoutResult(status -> imports.reports(entries));
    }

    private static ReportEntry entry(String key, String author, String date, ReportStatus status, String... themes) {
        return new ReportEntry(key, author, LocalDate.parse(date), "en", status, List.of(themes), "", Map.of(),
                Map.of("en", "A report of February 1999."));
    }

    @Test
    void eachReportCountsOnceUnderTheTopLevelThemeOfItsThemes() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get(PERIOD)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        List<String> columns = page.select(".heat-map thead th").eachText();

        assertThat(cells(page, "OAS", columns)).containsEntry("Migration", "2").containsEntry("Health", "1").containsEntry("All themes", "2");
        assertThat(cells(page, "IOM", columns)).containsEntry("Health", "1").containsEntry("Migration", "0").containsEntry("All themes", "1");
        assertThat(cells(page, "IDB", columns).values()).containsOnly("0");
    }

    private static Map<String, String> cells(Document page, String institution, List<String> columns) {
        Element row = page.select(".heat-map tbody tr").stream().filter(r -> r.selectFirst("th").text().equals(institution))
                .findFirst().orElseThrow();
        Map<String, String> cells = new java.util.LinkedHashMap<>();
        List<String> values = row.select("td").eachText();
        for (int i = 0; i < values.size(); i++) {
            cells.put(columns.get(i + 1), values.get(i));
        }
        return cells;
    }
}
