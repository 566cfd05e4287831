package org.mandato.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mandato.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ThemeListingOnPostgresTest extends ThemeListingTest {

    /** A database of its own: these tests add reports and move themes. */
    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.useOwnDatabase(registry, "theme_listing");
    }

    @Test
    void runsOnADatabaseOfItsOwn() {
        assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("theme_listing");
    }
}
