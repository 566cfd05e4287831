package org.mandato.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The query parameters of one API call, checked: a parameter the endpoint does not take, or a
 * value it cannot read, is a {@link BadParameter} naming it (answered 400, never 500).
 */
final class ApiRequest {

    static final int DEFAULT_PER_PAGE = 20;
    static final int MAX_PER_PAGE = 100;
    static final int MAX_PAGE = 1_000_000;
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

    private final HttpServletRequest request;

    private ApiRequest(HttpServletRequest request) {
        this.request = request;
    }

    static ApiRequest of(HttpServletRequest request, Set<String> accepted) {
        for (String name : request.getParameterMap().keySet()) {
            if (!accepted.contains(name)) {
                throw new BadParameter(name, "unknown parameter; this endpoint takes " + String.join(", ", accepted.stream().sorted().toList()));
            }
        }
        return new ApiRequest(request);
    }

    String text(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    int page() {
        return number("page", 1, 1, MAX_PAGE) - 1;
    }

    int perPage() {
        return number("per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
    }

    LocalDate date(String name) {
        String value = text(name);
        try {
            return value == null ? null : withinCalendar(name, LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new BadParameter(name, "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    OffsetDateTime timestamp(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        OffsetDateTime timestamp;
        try {
            timestamp = OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            try {
                timestamp = LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw new BadParameter(name, "'" + value + "' is not a date or an ISO 8601 timestamp");
            }
        }
        withinCalendar(name, timestamp.toLocalDate());
        return timestamp;
    }

    /**
     * Java reads years far outside any database's calendar (+99999, -5000); such a date would reach
     * the query and fail there. No report predates 1900 or follows 9999, so the API takes dates between.
     */
    private static LocalDate withinCalendar(String name, LocalDate date) {
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            throw new BadParameter(name, "must be a date from " + EARLIEST_DATE + " to " + LATEST_DATE);
        }
        return date;
    }

    private int number(String name, int fallback, int min, int max) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new BadParameter(name, "must be from " + min + " to " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadParameter(name, "'" + value + "' is not a whole number");
        }
    }

    /** A parameter the API cannot accept. */
    static final class BadParameter extends RuntimeException {
        private final String parameter;

        BadParameter(String parameter, String problem) {
            super(problem);
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }
    }
}
