package org.mandato.national;

import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A cycle's reminder days, kept by a pack row, on PostgreSQL. */
class CycleReminderDaysOnPostgresTest extends CycleReminderDaysTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.useForWrites(registry);
    }
}
