package org.mandato.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Thrown when a person may see something but not do what they asked with it; answers 403. */
public class ForbiddenException extends ResponseStatusException {

    public ForbiddenException(String why) {
        super(HttpStatus.FORBIDDEN, why);
    }
}
