package org.mandato.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void aParagraphTaggedByAnotherInstanceJoinsItsThemeWithinTheTimeToLive() throws InterruptedException {
        Theme health = catalog.theme("health").orElseThrow();
        List<Paragraph> before = catalog.paragraphsAbout(health);
        Paragraph untagged = catalog.documents().stream().flatMap(d -> catalog.paragraphsOf(d).stream())
                .filter(p -> before.stream().noneMatch(b -> b.id() == p.id())).findFirst().orElseThrow();
        assertThat(catalog.paragraphsAbout(health)).as("worked out once per snapshot").isSameAs(before);
        try {
            jdbc.sql("insert into paragraph_theme (paragraph_id, theme_id) values (:paragraph, :theme)")
                    .param("paragraph", untagged.id()).param("theme", health.id()).update();

            Thread.sleep(700);
            catalog.themes(); // the request that reads the lapsed catalogue again
            assertThat(catalog.paragraphsAbout(health)).extracting(Paragraph::id).contains(untagged.id());
        } finally {
            jdbc.sql("delete from paragraph_theme where paragraph_id = :paragraph and theme_id = :theme")
                    .param("paragraph", untagged.id()).param("theme", health.id()).update();
        }
    }
}
