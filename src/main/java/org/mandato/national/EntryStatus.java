package org.mandato.national;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How far a government says it has carried out a mandate. */
public enum EntryStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, NOT_APPLICABLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EntryStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
