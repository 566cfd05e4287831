package org.mandato.search;

import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The search pages, downloads and API on PostgreSQL. */
class SearchPagesOnPostgresTest extends SearchPagesTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.use(registry);
    }
}
