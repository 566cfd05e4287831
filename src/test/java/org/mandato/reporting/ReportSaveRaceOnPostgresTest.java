package org.mandato.reporting;

import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Saves racing for one version on PostgreSQL, where a losing update waits for the winner's commit. */
class ReportSaveRaceOnPostgresTest extends ReportSaveRaceTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.useForWrites(registry);
        // Every writer holds its connection while it waits for the others at the barrier.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> String.valueOf(WRITERS + 4));
    }
}
