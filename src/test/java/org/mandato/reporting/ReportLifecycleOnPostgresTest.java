package org.mandato.reporting;

import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The report lifecycle (submit, return, publish, withdraw, versions) on PostgreSQL. */
class ReportLifecycleOnPostgresTest extends ReportLifecycleTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.useForWrites(registry);
    }
}
