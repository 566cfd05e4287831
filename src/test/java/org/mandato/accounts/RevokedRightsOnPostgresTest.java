package org.mandato.accounts;

import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Rights taken away, and the sessions they end, on PostgreSQL. */
class RevokedRightsOnPostgresTest extends RevokedRightsTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.useForWrites(registry);
    }
}
