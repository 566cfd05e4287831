package org.mandato.notices;

import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Reminder timing and the unique key that keeps two instances from reminding twice, on PostgreSQL. */
class RemindersOnPostgresTest extends RemindersTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.useOwnDatabase(registry, "mandato_mail");
    }
}
