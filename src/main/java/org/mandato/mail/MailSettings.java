package org.mandato.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is sent (docs/CONFIGURATION.md). The relay itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} mail is off.
 *
 * @param from          the From header of every message
 * @param senderThread  whether this instance runs the sending thread (tests drive {@link OutboxSender#runOnce} instead)
 * @param pollInterval  how often the thread looks for messages queued by other instances or due for a retry
 * @param batchSize     how many messages one pass claims at most
 * @param maxAttempts   attempts before a message is marked failed
 * @param firstRetry    the wait after the first failed attempt; it doubles with each further one
 * @param maxRetry      the longest wait between two attempts
 * @param lease         how long a claim keeps other instances off a message; longer than any send can take
 * @param keepSent      how long sent messages stay listed (without their bodies) before they are deleted
 */
@ConfigurationProperties("mandato.mail")
record MailSettings(@DefaultValue("Mandato <no-reply@localhost>") String from,
                    @DefaultValue("true") boolean senderThread,
                    @DefaultValue("PT30S") Duration pollInterval,
                    @DefaultValue("20") int batchSize,
                    @DefaultValue("10") int maxAttempts,
                    @DefaultValue("PT1M") Duration firstRetry,
                    @DefaultValue("PT6H") Duration maxRetry,
                    @DefaultValue("PT5M") Duration lease,
                    @DefaultValue("P30D") Duration keepSent) {

    MailSettings {
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("mandato.mail.batch-size and mandato.mail.max-attempts must be at least 1");
        }
    }

    /** The wait before the next attempt once {@code attempts} have failed: doubling from the first, at most {@link #maxRetry}. */
    Duration backoffAfter(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
