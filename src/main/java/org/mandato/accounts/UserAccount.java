package org.mandato.accounts;

import java.time.OffsetDateTime;

import org.mandato.web.Language;

/**
 * A user as the Secretariat's screens show it. {@code email} (lower case, may be null) is where
 * invitations, password links and notices go, written in {@code language}.
 */
public record UserAccount(long id, String username, String displayName, Role role, Long actorId, boolean enabled,
                          boolean mustChangePassword, int failedLogins, OffsetDateTime lockedUntil,
                          OffsetDateTime createdAt, String email, Language language) {

    public boolean isLocked(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
