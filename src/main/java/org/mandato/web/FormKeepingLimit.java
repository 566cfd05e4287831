package org.mandato.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * How often one client address may ask to have a form kept after its session ended (each kept form
 * is a session row of its own). The operations module counts it with the other rate limits.
 */
public interface FormKeepingLimit {

    /** No limit, where the operations module is absent. */
    FormKeepingLimit NONE = request -> 0;

    /** Counts one request of this client; the seconds it must wait when it is over the limit, else 0. */
    long secondsToWait(HttpServletRequest request);
}
