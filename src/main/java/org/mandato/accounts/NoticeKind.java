package org.mandato.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The messages a person receives because of their role, each of which they may turn off on their
 * account page: reporters are reminded of due dates and told when their reports are returned or
 * published; the Secretariat is told of each submission and gets a daily digest.
 */
public enum NoticeKind {
    /** A reporting cycle's due date comes near (as many days before it as the cycle says). */
    DUE_SOON(false),
    /** The due date has passed and nothing was submitted: weekly, three times at most. */
    OVERDUE(false),
    /** The Secretariat returned a report to draft, with its comment. */
    RETURNED(false),
    /** The Secretariat published a report. */
    PUBLISHED(false),
    /** A report was submitted for review. */
    SUBMITTED(true),
    /** What was submitted, returned and published the day before, and what is overdue. */
    DAILY_DIGEST(true);

    private final boolean forSecretariat;

    NoticeKind(boolean forSecretariat) {
        this.forSecretariat = forSecretariat;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NoticeKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    /** Whether people of this role receive this kind of notice. */
    public boolean concerns(Role role) {
        return forSecretariat == (role == Role.SECRETARIAT);
    }

    /** The kinds a person of this role receives, in the order the account page lists them. */
    public static List<NoticeKind> of(Role role) {
        return Arrays.stream(values()).filter(k -> k.concerns(role)).toList();
    }
}
