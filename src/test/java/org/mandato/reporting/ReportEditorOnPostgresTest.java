package org.mandato.reporting;

import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The report editor on PostgreSQL. */
class ReportEditorOnPostgresTest extends ReportEditorTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.useForWrites(registry);
    }
}
