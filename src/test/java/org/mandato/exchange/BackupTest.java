package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoWriteTest;
import org.mandato.PostgresServer;
import org.mandato.accounts.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A backup restores into an empty database of either kind, and backs up again to the same tables. */
@MandatoWriteTest
class BackupTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    BackupCommand command;

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseBacksUpToTheSameTables() {
        byte[] backup = backup(jdbc);

        DataSource empty = migrated("jdbc:h2:mem:restore-h2;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa", "");
        int rows = restore(empty, backup);

        assertThat(rows).isGreaterThan(1000);
        assertThat(tables(backup(JdbcClient.create(empty)))).isEqualTo(tables(backup));
    }

    @Test
    void aBackupOfTheEmbeddedDatabaseRestoresIntoPostgresql() {
        byte[] backup = backup(jdbc);
        DataSource postgres = migrated(PostgresServer.newDatabase("restore_from_h2"), "postgres", "postgres");

        restore(postgres, backup);

        JdbcClient restored = JdbcClient.create(postgres);
        for (String table : Backup.TABLES) {
            assertThat(restored.sql("select count(*) from " + table).query(Long.class).single()).as(table)
                    .isEqualTo(jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        assertThat(restored.sql("select body from report_text where report_id = (select id from report where external_key = "
                + "'iom-migration-2011-06-21')").query(String.class).single()).startsWith("To contribute to upholding");
        long next = restored.sql("insert into theme (slug, sort_order) values ('after-restore', 99) returning id").query(Long.class).single();
        assertThat(next).as("identities continue after the restored ids")
                .isGreaterThan(restored.sql("select max(id) from theme where slug <> 'after-restore'").query(Long.class).single());
    }

    @Test
    void theBackupHoldsEveryTableOfTheSchemaButFlywaysAndTheSessions() {
        List<String> schema = jdbc.sql("select lower(table_name) from information_schema.tables where lower(table_schema) = 'public' "
                + "and lower(table_type) in ('table', 'base table')").query(String.class).list();
        // signed_in_session records sessions signed in to (V18): session state, like spring_session.
        // mail_outbox holds messages in flight (V22): a restore must not send them again.
        assertThat(schema.stream().filter(t -> !t.equals("flyway_schema_history") && !t.startsWith("spring_session")
                        && !t.equals("signed_in_session") && !t.equals("mail_outbox") && !Backup.DERIVED.contains(t)))
                .as("a table missing from Backup.TABLES would be lost by a restore")
                .containsExactlyInAnyOrderElementsOf(Backup.TABLES);
    }

    @Test
    void restoringIntoADatabaseThatHoldsAnythingIsRefusedAndChangesNothing() {
        byte[] backup = backup(jdbc);
        long before = jdbc.sql("select count(*) from report").query(Long.class).single();

        assertThatThrownBy(() -> Backup.restore(jdbc, new ByteArrayInputStream(backup)))
                .hasMessageContaining("restoring needs an empty database, but table theme has rows");
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theCommandLineWritesABackupAndTheSecretariatCanDownloadOne() throws Exception {
        Path file = Files.createTempFile("mandato-backup-", ".zip");

        assertThat(command.execute(List.of("backup", file.toString()))).isZero();
        assertThat(tables(Files.readAllBytes(file))).containsKeys("tables/report.csv", "tables/app_user.csv");
        assertThat(command.execute(List.of("restore", file.toString()))).as("the running database is not empty").isEqualTo(1);
        assertThat(command.execute(List.of("backup"))).isEqualTo(1);

        var response = mvc.perform(get("/secretariat/backup.zip").with(user(TestUsers.secretariat()))).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(mvc.perform(get("/secretariat/backup.zip")).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    private static byte[] backup(JdbcClient from) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Backup.write(from, out);
        return out.toByteArray();
    }

    private static int restore(DataSource into, byte[] backup) {
        return new TransactionTemplate(new DataSourceTransactionManager(into))
                .execute(status -> Backup.restore(JdbcClient.create(into), new ByteArrayInputStream(backup)));
    }

    private static DataSource migrated(String url, String user, String password) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, user, password, true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    private static Map<String, String> tables(byte[] zip) {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }
}
