package org.mandato.accounts;

import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Sign-in, throttling and sessions kept in PostgreSQL. */
class SignInOnPostgresTest extends SignInTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.useForWrites(registry);
    }
}
