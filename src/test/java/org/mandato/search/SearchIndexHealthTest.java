package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoWriteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The search index's part in readiness: open, and not too far behind the change log. */
@MandatoWriteTest
class SearchIndexHealthTest {

    @Autowired
    IndexContent content;
    @Autowired
    ChangeLog changes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anIndexIsReadyOnlyWhenOpenAndCaughtUp() throws Exception {
        SearchIndex index = new SearchIndex(Files.createTempDirectory("health-index").toString(), content, changes);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Clock twoMinutesLater = Clock.offset(Clock.systemDefaultZone(), Duration.ofMinutes(2));
        var health = new SearchIndexHealthIndicator(index, changes, twoMinutesLater, registry, Duration.ofMinutes(1));
        try {
            assertThat(health.health().getStatus()).as("not open yet").isEqualTo(Status.DOWN);
            assertThat(registry.get("mandato.search.index.lag").gauge().value()).isNaN();

            index.open();
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            // A rolled-back change uses up an id: the gap is no pending change.
            transactions.executeWithoutResult(status -> {
                status.setRollbackOnly();
                jdbc.sql("insert into change_log (entity, entity_id, changed_at) values ('report', -2, current_timestamp)").update();
            });
            assertThat(registry.get("mandato.search.index.lag").gauge().value()).isZero();

            jdbc.sql("insert into change_log (entity, entity_id, changed_at) values ('report', -1, current_timestamp)").update();
            var behind = health.health();
            assertThat(behind.getStatus()).as("a change two minutes old not applied").isEqualTo(Status.DOWN);
            assertThat(behind.getDetails()).containsEntry("pendingChanges", 1L);
            assertThat(registry.get("mandato.search.index.lag").gauge().value()).isEqualTo(1.0);

            index.catchUp();
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        } finally {
            index.close();
        }
    }
}
