package org.mandato.accounts;

import java.time.OffsetDateTime;

/** A user as the Secretariat's screens show it. */
public record UserAccount(long id, String username, String displayName, Role role, Long actorId, boolean enabled,
                          boolean mustChangePassword, int failedLogins, OffsetDateTime lockedUntil,
                          OffsetDateTime createdAt) {

    public boolean isLocked(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
