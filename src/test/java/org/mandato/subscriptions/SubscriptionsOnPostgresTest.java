package org.mandato.subscriptions;

import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Subscriptions, digests, unsubscribing and erasure on PostgreSQL. */
class SubscriptionsOnPostgresTest extends SubscriptionsTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.useOwnDatabase(registry, "mandato_mail");
    }
}
