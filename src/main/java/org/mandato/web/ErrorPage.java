package org.mandato.web;

/** The model of the error page: the HTTP status picks the message. */
public record ErrorPage(int status) {
    public String messageKey() {
        return switch (status) {
            case 404 -> "error.notFound";
            case 400 -> "error.badRequest";
            case 403 -> "error.forbidden";
            case 413 -> "error.tooLarge";
            case 429 -> "error.tooMany";
            case 409 -> "error.conflict";
            default -> status >= 500 ? "error.server" : "error.other";
        };
    }
}
