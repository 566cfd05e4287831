package org.mandato.api;

import java.net.URI;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * API errors as RFC 9457 problem details naming the parameter or field at fault. Errors met before a
 * controller is chosen (a wrong content type or method, an unknown address) become problem details
 * in {@code web}'s error controller, which answers every path under {@code /api/} that way.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    @ExceptionHandler(ApiRequest.BadParameter.class)
    ResponseEntity<ProblemDetail> badParameter(ApiRequest.BadParameter bad) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, bad.parameter() + ": " + bad.getMessage());
        problem.setTitle("Bad parameter");
        problem.setProperty("parameter", bad.parameter());
        return respond(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badPathValue(MethodArgumentTypeMismatchException mismatch) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                mismatch.getName() + ": '" + mismatch.getValue() + "' is not valid here");
        problem.setProperty("parameter", mismatch.getName());
        return respond(problem);
    }

    /** A body that is not JSON, or JSON of the wrong shape ("version": "two"): 400 naming the field and the place. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException unreadable) {
        String field = null;
        String where = "";
        String problemText = "the body is not valid JSON";
        for (Throwable cause = unreadable.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json) {
                field = json.getPath().stream()
                        .map(step -> step.getPropertyName() != null ? step.getPropertyName() : String.valueOf(step.getIndex()))
                        .reduce((a, b) -> a + "." + b).orElse(null);
                if (json.getLocation() != null && json.getLocation().getLineNr() > 0) {
                    where = " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")";
                }
                if (json instanceof InputCoercionException) {
                    problemText = "'" + field + "' holds a number out of the range this field takes";
                } else if (json instanceof StreamReadException) {
                    problemText = "the body is not valid JSON" + (field == null ? "" : ", at '" + field + "'");
                } else if (field != null) {
                    problemText = "'" + field + "' does not have the type this field takes";
                }
                break;
            }
        }
        if (unreadable.getCause() == null) {
            problemText = "the body is missing; send the JSON document described at /api";
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problemText + where);
        problem.setTitle("Unreadable body");
        if (field != null) {
            problem.setProperty("field", field);
        }
        return respond(problem);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(exception.getStatusCode(), exception.getReason());
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
