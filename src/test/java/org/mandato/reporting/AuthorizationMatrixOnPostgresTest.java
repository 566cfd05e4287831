package org.mandato.reporting;

import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every role against every write endpoint, on PostgreSQL. */
class AuthorizationMatrixOnPostgresTest extends AuthorizationMatrixTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.useForWrites(registry);
    }
}
