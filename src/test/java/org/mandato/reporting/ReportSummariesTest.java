package org.mandato.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.mandato.catalog.Catalog;
import org.mandato.reporting.ReportImport.ReportEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Counts of published reports are kept for a moment, yet a write is counted at once and a rolled-back one never. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:mandato-listing;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
})
@AutoConfigureMockMvc
class ReportSummariesTest {

    @Autowired
    Reports reports;
    @Autowired
    ReportImport reportImport;
    @Autowired
    Catalog catalog;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPublishedReportIsCountedAtOnceARolledBackOneNever() {
        ReportFilter filter = new ReportFilter(Set.of(catalog.theme("afro-descendants").orElseThrow().id()), null, null, null, null,
                null, null, null, null);
        long before = reports.publishedCount(filter);

        transactions.executeWithoutResult(status -> reportImport.reports(List.of(entry("summary-kept"))));
        assertThat(reports.publishedCount(filter)).isEqualTo(before + 1);

        transactions.executeWithoutResult(status -> {
            reportImport.reports(List.of(entry("summary-rolled-back")));
            assertThat(reports.publishedCount(filter)).as("the writing transaction counts its own report").isEqualTo(before + 2);
            assertThat(CompletableFuture.supplyAsync(() -> reports.publishedCount(filter)).join())
                    .as("another thread does not").isEqualTo(before + 1);
            status.setRollbackOnly();
        });
        assertThat(reports.publishedCount(filter)).isEqualTo(before + 1);
    }

    private static ReportEntry entry(String key) {
        return new ReportEntry(key, "oas", LocalDate.of(2021, 3, 4), "en", ReportStatus.PUBLISHED, List.of("afro-descendants"), "",
                Map.of(), Map.of("en", "Counted."));
    }
}
