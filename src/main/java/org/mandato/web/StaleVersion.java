package org.mandato.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one optimistic-lock failure of every workflow (reports, national reports, assessments): a
 * change was asked on a version that is no longer current, because someone else saved first, and
 * nothing of it was written. Like {@link NotFoundException} it carries its answer, 409, so it is
 * mapped once: a page that can show the typed words again catches it, any other page becomes the
 * 409 error page, and the API answers a problem detail with {@code detail} as its text.
 */
public class StaleVersion extends ResponseStatusException {

    /** {@code detail} says, in English, what changed and what became of the words sent. */
    public StaleVersion(String detail) {
        super(HttpStatus.CONFLICT, detail);
    }
}
