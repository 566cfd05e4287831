package org.mandato.followup;

import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same pages and numbers on PostgreSQL 14, in the compliance tests' own database on the shared server. */
class CompliancePagesOnPostgresTest extends CompliancePagesTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.useOwnDatabase(registry, "compliance");
    }
}
