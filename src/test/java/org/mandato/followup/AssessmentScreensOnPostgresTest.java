package org.mandato.followup;

import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same screens on PostgreSQL 14, in the compliance tests' own database on the shared server. */
class AssessmentScreensOnPostgresTest extends AssessmentScreensTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.useOwnDatabase(registry, "compliance");
    }
}
