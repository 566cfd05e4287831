package org.mandato.followup;

import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same pages and numbers on PostgreSQL 14, in a database of their own on the shared server. */
class CompliancePagesOnPostgresTest extends CompliancePagesTest {

    private static String url;

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.use(registry);
        registry.add("spring.datasource.url", CompliancePagesOnPostgresTest::database);
    }

    private static synchronized String database() {
        if (url == null) {
            url = PostgresServer.newDatabase("compliance");
        }
        return url;
    }
}
