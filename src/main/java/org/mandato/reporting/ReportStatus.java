package org.mandato.reporting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a report is in its life; only {@link #PUBLISHED} reports are ever public. */
public enum ReportStatus {
    DRAFT, SUBMITTED, PUBLISHED, WITHDRAWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
