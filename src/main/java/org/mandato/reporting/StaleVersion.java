package org.mandato.reporting;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A change of status asked on a version that is no longer current; answers 409 and changes nothing. */
public class StaleVersion extends ResponseStatusException {

    StaleVersion(long reportId) {
        super(HttpStatus.CONFLICT, "report " + reportId + " changed meanwhile");
    }
}
