package org.mandato.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The default database is an H2 file: its check constraints must keep working after the pool retires
 * the connection that created them. H2 2.4.240 bound an {@code IN (...)} check to the session that
 * ran the migration, so every write to such a table failed ("Check constraint invalid … database has
 * been closed") once Hikari's max-lifetime (30 minutes) had replaced that connection; a long test run
 * or a server up for half an hour stopped writing. Here the pool retires its connections at once.
 */
class EmbeddedDatabaseConnectionsTest {

    @TempDir
    Path dataDir;

    @Test
    void checkConstraintsHoldAfterTheMigratingConnectionIsRetired() throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("mandato")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE";
        try (HikariDataSource pool = pool(url);
             HikariDataSource other = pool(url);
             // Keeps the database open while the pool's connections come and go, as a busy server does.
             Connection keeper = other.getConnection()) {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();

            pool.getHikariPoolMXBean().softEvictConnections();

            JdbcClient jdbc = JdbcClient.create(pool);
            jdbc.sql("insert into actor (code, kind, sort_order) values ('XX', 'country', 1)").update();
            jdbc.sql("insert into change_log (entity, entity_id, changed_at) values ('report', 1, current_timestamp)").update();
            assertThat(jdbc.sql("select count(*) from actor where code = 'XX'").query(Integer.class).single()).isOne();
            assertThatThrownBy(() -> jdbc.sql("insert into actor (code, kind, sort_order) values ('YY', 'planet', 2)").update())
                    .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class).hasMessageContaining("Check constraint violation");
        }
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }

}
