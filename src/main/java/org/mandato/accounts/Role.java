package org.mandato.accounts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a signed-in person may do; anonymous visitors are the public and have no role. */
public enum Role {
    /** Manages the catalogue and the users, reviews and publishes every report. */
    SECRETARIAT,
    /** Bound to one institution: writes and submits that institution's reports. */
    INSTITUTION_REPORTER,
    /** Bound to one country: writes and submits that country's reports. */
    NATIONAL_COORDINATOR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }

    public boolean isBoundToActor() {
        return this != SECRETARIAT;
    }
}
