package org.mandato.mail;

import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The outbox on PostgreSQL: claims, retries, two senders, a crash. */
class OutboxOnPostgresTest extends OutboxTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.useOwnDatabase(registry, "mandato_mail");
    }
}
