package org.mandato.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test sets and moves forward; every bean of a {@link MailTestBase} context reads it. */
public final class MovableClock extends Clock {

    private volatile Instant now = Instant.now();

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** Sets the clock to {@code iso}, an instant in UTC such as "2026-03-31T08:00:00Z". */
    public void set(String iso) {
        now = Instant.parse(iso);
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }
}
