package org.mandato.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
        return number("page", 1, 1, 1_000_000) - 1;
    }

    int perPage() {
        return number("per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
    }

    LocalDate date(String name) {
        String value = text(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameter(name, "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    OffsetDateTime timestamp(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw new BadParameter(name, "'" + value + "' is not a date or an ISO 8601 timestamp");
            }
        }
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
