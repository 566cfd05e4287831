package org.mandato.search;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether this instance's index can answer ({@code searchIndex} in /actuator/health, part of
 * readiness): it must be open and must not trail the change log by more than
 * {@code mandato.search.max-lag}. The gauge {@code mandato.search.index.lag} counts the changes
 * logged in the database that this index has not applied yet.
 */
@Component
class SearchIndexHealthIndicator implements HealthIndicator {

    private final SearchIndex index;
    private final ChangeLog changes;
    private final Clock clock;
    private final Duration maxLag;

    SearchIndexHealthIndicator(SearchIndex index, ChangeLog changes, Clock clock, MeterRegistry registry,
                               @Value("${mandato.search.max-lag:PT1M}") Duration maxLag) {
        this.index = index;
        this.changes = changes;
        this.clock = clock;
        this.maxLag = maxLag;
        Gauge.builder("mandato.search.index.lag", this, SearchIndexHealthIndicator::pendingChanges)
                .description("Changes in the database's change log not yet applied to this instance's search index")
                .register(registry);
    }

    @Override
    public Health health() {
        // Not synchronized with the index: a first build holds it for minutes at a million reports.
        if (!index.isReady()) {
            return Health.down().withDetail("open", false).build();
        }
        long pending = changes.countAfter(index.lastApplied());
        Duration behind = changes.oldestAfter(index.lastApplied())
                .map(oldest -> Duration.between(oldest, OffsetDateTime.now(clock)))
                .orElse(Duration.ZERO);
        Health.Builder health = behind.compareTo(maxLag) > 0 ? Health.down() : Health.up();
        return health.withDetail("open", true).withDetail("pendingChanges", pending)
                .withDetail("behindSeconds", behind.toSeconds()).build();
    }

    private double pendingChanges() {
        try {
            return index.isReady() ? changes.countAfter(index.lastApplied()) : Double.NaN;
        } catch (RuntimeException e) {
            // A gauge must not fail a scrape: an unreachable database shows as no value, and in the health.
            return Double.NaN;
        }
    }
}
