package org.mandato.accounts;

import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Invitations, reset links and the account page on PostgreSQL. */
class AccountMailOnPostgresTest extends AccountMailTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.useOwnDatabase(registry, "mandato_mail");
    }
}
