package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same imports on PostgreSQL 14, in a database of their own on the shared server. */
class LegacyImportOnPostgresTest extends LegacyImportTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.useOwnDatabase(registry, "legacy_import");
    }

    @Test
    void runsOnPostgres() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 14");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where version = '9' and success")
                .query(Integer.class).single()).isEqualTo(1);
    }
}
