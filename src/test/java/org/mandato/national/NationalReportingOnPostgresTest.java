package org.mandato.national;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same national reporting on PostgreSQL 14, in a database of its own on the shared server. */
class NationalReportingOnPostgresTest extends NationalReportingTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.useOwnDatabase(registry, "national_reporting");
    }

    @Test
    void runsOnPostgres() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 14");
        assertThat(jdbc.sql("select count(*) from national_report where status = 'published'").query(Integer.class).single())
                .as("the demo pack's national reports load on PostgreSQL too").isGreaterThanOrEqualTo(2);
    }
}
