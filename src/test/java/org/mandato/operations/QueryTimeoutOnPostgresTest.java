package org.mandato.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mandato.PostgresServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A query that runs past spring.jdbc.template.query-timeout is cancelled by the database, not left running. */
@SpringBootTest(properties = "spring.jdbc.template.query-timeout=1s")
class QueryTimeoutOnPostgresTest {

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.use(registry);
    }

    @Test
    void aQueryLongerThanTheLimitIsCancelled() {
        Instant start = Instant.now();

        assertThatThrownBy(() -> jdbc.sql("select pg_sleep(10)").query().singleValue())
                .isInstanceOf(QueryTimeoutException.class);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
        assertThat(jdbc.sql("select 1").query(Integer.class).single()).as("the connection is still usable").isEqualTo(1);
    }
}
