package org.mandato.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Thrown when a URL names something that does not exist (or is not public); answers 404. */
public class NotFoundException extends ResponseStatusException {

    public NotFoundException(String what) {
        super(HttpStatus.NOT_FOUND, what);
    }
}
