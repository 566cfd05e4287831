package org.mandato.exchange;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the packs named in {@code mandato.packs.load-on-start} the first time the application
 * starts on a database. Later starts leave them alone, so that the Secretariat's edits of the
 * catalogue (renamed slugs included) survive restarts. Runs before other runners (such as the
 * {@code import-legacy} command), which may need the catalogue.
 */
@Component
@Order(0)
class PackLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PackLoader.class);

    private final PackImporter importer;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final List<String> packs;

    PackLoader(PackImporter importer, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
               @Value("${mandato.packs.load-on-start:}") List<String> packs) {
        this.importer = importer;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.packs = packs;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String pack : packs.stream().map(String::strip).filter(p -> !p.isEmpty()).toList()) {
            try {
                transactions.executeWithoutResult(status -> loadOnce(pack));
            } catch (RuntimeException e) {
                // Several instances starting at once on an empty database: the first to commit wins,
                // the others' inserts wait for it and then collide; they find the pack loaded.
                if (!loaded(pack)) {
                    throw e;
                }
                log.info("Pack '{}' was loaded by another instance starting at the same time", pack);
            }
        }
    }

    private boolean loaded(String pack) {
        return jdbc.sql("select count(*) from pack_load where name = :name").param("name", pack)
                .query(Integer.class).single() > 0;
    }

    private void loadOnce(String pack) {
        if (loaded(pack)) {
            log.info("Pack '{}' was loaded on an earlier start; leaving the catalogue as it is", pack);
            return;
        }
        PackImporter.PackSummary summary = importer.load("classpath:packs/" + pack + "/");
        jdbc.sql("insert into pack_load (name, loaded_at, row_count) values (:name, :at, :rows)")
                .param("name", pack).param("at", OffsetDateTime.now(clock)).param("rows", summary.rows())
                .update();
    }
}
