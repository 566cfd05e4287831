package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.mandato.PostgresServer;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V19 on a database that already holds reports written before it: each report without a key gets
 * one of its own, keys already there are kept, and a report without a key is refused afterwards.
 */
class ReportKeysMigrationTest {

    private static final int KEYLESS = 2_500;

    @Test
    void onH2() throws SQLException {
        migrate("jdbc:h2:mem:report-keys-" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
    }

    @Test
    void onPostgres() throws SQLException {
        migrate(PostgresServer.newDatabase("report_keys_" + System.nanoTime()), "postgres", "postgres");
    }

    private void migrate(String url, String user, String password) throws SQLException {
        // One connection throughout: H2 2.4 loses check constraints created by a session that has closed since.
        SingleConnectionDataSource database = new SingleConnectionDataSource(url, user, password, true);
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("17").load().migrate();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("insert into actor (code, kind, sort_order) values ('iom', 'institution', 1)");
            sql.execute("insert into report (external_key, author_id, report_date, original_lang, status, created_at, updated_at, version) "
                    + "select 'imported-1', id, date '2020-01-01', 'en', 'published', current_timestamp, current_timestamp, 1 from actor");
            try (var insert = connection.prepareStatement("insert into report (author_id, report_date, original_lang, status, "
                    + "created_at, updated_at, version) select id, date '2021-01-01', 'en', 'draft', current_timestamp, current_timestamp, 1 "
                    + "from actor")) {
                for (int i = 0; i < KEYLESS; i++) {
                    insert.addBatch();
                }
                insert.executeBatch();
            }

            Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

            List<String> keys = new ArrayList<>();
            try (var rows = sql.executeQuery("select external_key from report where status = 'draft'")) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            assertThat(keys).hasSize(KEYLESS).doesNotContainNull().doesNotHaveDuplicates();
            keys.forEach(key -> assertThat(UUID.fromString(key).toString()).isEqualTo(key));
            try (var rows = sql.executeQuery("select external_key from report where status = 'published'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("imported-1");
            }
            assertThatThrownBy(() -> sql.execute("insert into report (author_id, report_date, original_lang, status, created_at, "
                    + "updated_at, version) select id, date '2021-01-01', 'en', 'draft', current_timestamp, current_timestamp, 1 from actor"))
                    .isInstanceOf(SQLException.class);
        } finally {
            database.destroy();
        }
    }
}
