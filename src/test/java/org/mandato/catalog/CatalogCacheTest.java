package org.mandato.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue snapshot never shows a reader what is not committed, always shows a writer its own
 * writes, is dropped when a write commits, and follows changes made by another instance within its
 * time to live.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:mandato-catalog-cache;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "mandato.catalog.cache-ttl=PT0.5S"
})
class CatalogCacheTest {

    @Autowired
    Catalog catalog;
    @Autowired
    CatalogImport catalogImport;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aWriterSeesItsThemeAtOnceOthersOnlyAfterItCommits() {
        assertThat(catalog.theme("cache-probe")).isEmpty();

        transactions.executeWithoutResult(status -> {
            catalogImport.theme(new CatalogImport.ThemeEntry("cache-probe", null, null, Map.of("en", "Cache probe")), 90);
            assertThat(catalog.theme("cache-probe")).as("the writing transaction").isPresent();
            assertThat(CompletableFuture.supplyAsync(() -> catalog.theme("cache-probe")).join()).as("another thread").isEmpty();
        });

        assertThat(catalog.theme("cache-probe")).as("after the commit").isPresent();
    }

    @Test
    void aRolledBackWriteIsNeverSeen() {
        transactions.executeWithoutResult(status -> {
            catalogImport.theme(new CatalogImport.ThemeEntry("rolled-back-probe", null, null, Map.of("en", "Rolled back")), 91);
            assertThat(catalog.theme("rolled-back-probe")).isPresent();
            status.setRollbackOnly();
        });

        assertThat(catalog.theme("rolled-back-probe")).isEmpty();
    }

    @Test
    void aChangeMadeByAnotherInstanceShowsWithinTheTimeToLive() throws InterruptedException {
        assertThat(catalog.theme("other-instance-probe")).isEmpty();
        jdbc.sql("insert into theme (slug, sort_order) values ('other-instance-probe', 92)").update();

        Thread.sleep(700);

        assertThat(catalog.theme("other-instance-probe")).as("written beside this instance, read after the time to live").isPresent();
    }
}
