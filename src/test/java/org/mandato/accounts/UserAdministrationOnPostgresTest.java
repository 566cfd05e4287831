package org.mandato.accounts;

import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Secretariat's user administration on PostgreSQL. */
class UserAdministrationOnPostgresTest extends UserAdministrationTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.useForWrites(registry);
    }
}
