package org.mandato.notices;

import java.time.Clock;
import java.time.ZonedDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reminders and the Secretariat's digest on {@code mandato.mail.schedule} (every hour by
 * default), from {@code mandato.mail.daily-hour} on each day: what a run finds already recorded it
 * leaves alone, so an instance that was down at that hour catches up at its next run, and several
 * instances may run it at once. Tests call {@link #runOnce()} with a fixed clock instead.
 */
@Component
class NoticeSchedule {

    private final NoticeLetters letters;
    private final Reminders reminders;
    private final SecretariatDigest digest;
    private final Clock clock;
    private final int dailyHour;

    NoticeSchedule(NoticeLetters letters, Reminders reminders, SecretariatDigest digest, Clock clock,
                   @Value("${mandato.mail.daily-hour:7}") int dailyHour) {
        this.letters = letters;
        this.reminders = reminders;
        this.digest = digest;
        this.clock = clock;
        this.dailyHour = dailyHour;
    }

    @Scheduled(cron = "${mandato.mail.schedule:0 0 * * * *}")
    void scheduled() {
        runOnce();
    }

    /** Queues today's reminders and digests, if mail is on and the day's hour has come; returns how many. */
    int runOnce() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (!letters.mailOn() || now.getHour() < dailyHour) {
            return 0;
        }
        return reminders.send(now.toLocalDate()) + digest.send(now.toLocalDate());
    }
}
