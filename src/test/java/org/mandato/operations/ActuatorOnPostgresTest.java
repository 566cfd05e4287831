package org.mandato.operations;

import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Health, readiness and metrics on PostgreSQL. */
class ActuatorOnPostgresTest extends ActuatorTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.useForWrites(registry);
    }
}
