package org.mandato.glossary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The glossary as search reads it, held in memory: a few thousand terms, read by every search. A
 * load drops it when its transaction ends, so this instance reads the new glossary at once; another
 * instance sharing the database reads it again after {@code mandato.glossary.cache-ttl} (a minute).
 * A reading that finds the same concepts keeps the earlier {@link Version}, so what search derives
 * from it is kept too.
 */
@Service
public class Glossary {

    /** The concepts as read at one time; {@code number} changes only when they do. */
    public record Version(long number, List<GlossaryConcept> concepts) {}

    private final GlossaryRepository repository;
    private final Clock clock;
    private final Duration ttl;
    private volatile Version current;
    private volatile Instant readAt = Instant.MIN;

    Glossary(GlossaryRepository repository, Clock clock, @Value("${mandato.glossary.cache-ttl:PT1M}") Duration ttl) {
        this.repository = repository;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** Every concept, in the glossary's order. */
    public List<GlossaryConcept> concepts() {
        return version().concepts();
    }

    public Version version() {
        Version known = current;
        if (known != null && clock.instant().isBefore(readAt.plus(ttl))) {
            return known;
        }
        synchronized (this) {
            if (current != null && clock.instant().isBefore(readAt.plus(ttl))) {
                return current;
            }
            List<GlossaryConcept> read = List.copyOf(repository.findAll());
            Instant now = clock.instant();
            if (current == null || !current.concepts().equals(read)) {
                current = new Version(current == null ? 1 : current.number() + 1, read);
            }
            readAt = now;
            return current;
        }
    }

    /** The glossary as the database holds it now, whatever was read before. */
    public Version reload() {
        expire();
        return version();
    }

    /** A glossary write: the next reading, once the writing transaction has ended, is from the database. */
    void written() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    expire();
                }
            });
        } else {
            expire();
        }
    }

    private void expire() {
        readAt = Instant.MIN;
    }
}
