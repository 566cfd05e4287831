package org.mandato.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mandato.accounts.ApiTokenAuthentication;
import org.mandato.accounts.SignedInUser;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Theme;
import org.mandato.reporting.ReportForm;
import org.mandato.reporting.ReportWorkflow;
import org.mandato.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Writing reports by program, with a personal API token (Authorization: Bearer …), under exactly
 * the rules of the pages: the same {@link ReportWorkflow}, the same checks, the same answers
 * (404 for a report one may not see, 403 for an action one may not take, 409 for a stale version).
 */
@RestController
@RequestMapping(value = "/api/v1", produces = "application/json")
class ReportWriteApiController {

    /** A report as a program sends it; themes by slug, citations in the readable form. */
    record ReportInput(String date, String originalLanguage, Map<String, String> titles, Map<String, String> bodies,
                       List<String> themes, String citations, String author, Integer version) {}

    record Written(long id, String url) {}

    record VersionInput(Integer version) {}

    private final ReportWorkflow workflow;
    private final Catalog catalog;
    private final MessageSource messages;

    ReportWriteApiController(ReportWorkflow workflow, Catalog catalog, MessageSource messages) {
        this.workflow = workflow;
        this.catalog = catalog;
        this.messages = messages;
    }

    @PostMapping(value = "/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> create(@RequestBody ReportInput input) {
        SignedInUser user = tokenUser();
        try {
            long id = workflow.create(user, form(input));
            return ResponseEntity.status(HttpStatus.CREATED).body(new Written(id, "/my/reports/" + id));
        } catch (FormErrors.Invalid invalid) {
            return invalid(invalid.errors());
        }
    }

    /** A save over a version that is no longer current answers 409 (through {@link ApiErrors}); its text is kept as a conflict revision. */
    @PutMapping(value = "/reports/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> update(@PathVariable long id, @RequestBody ReportInput input) {
        SignedInUser user = tokenUser();
        try {
            workflow.save(user, id, form(input));
            return ResponseEntity.ok(new Written(id, "/my/reports/" + id));
        } catch (FormErrors.Invalid invalid) {
            return invalid(invalid.errors());
        }
    }

    @PostMapping(value = "/reports/{id}/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Written> submit(@PathVariable long id, @RequestBody VersionInput input) {
        if (input.version() == null) {
            throw new ApiRequest.BadParameter("version", "the version the report is at is required");
        }
        workflow.submit(tokenUser(), id, input.version());
        return ResponseEntity.ok(new Written(id, "/my/reports/" + id));
    }

    private ReportForm form(ReportInput input) {
        List<String> themeIds = new ArrayList<>();
        for (String slug : input.themes() == null ? List.<String>of() : input.themes()) {
            // An unknown slug (or a null) stays as sent, for the form's check to name it.
            themeIds.add(slug == null ? null : catalog.theme(slug).map(Theme::id).map(String::valueOf).orElse(slug));
        }
        return new ReportForm(input.date(), input.originalLanguage(), input.titles() == null ? Map.of() : input.titles(),
                input.bodies() == null ? Map.of() : input.bodies(), themeIds, input.citations(), input.author(), input.version());
    }

    /** 422 with each field at fault and its message in English. */
    private ResponseEntity<ProblemDetail> invalid(FormErrors errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "the report cannot be accepted");
        problem.setProperty("errors", errors.all().stream()
                .map(p -> Map.of("field", p.field(), "message", messages.getMessage(p.key(), p.args(), java.util.Locale.ENGLISH)))
                .toList());
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Writes need a token: a browser's session cookie is never enough here, so no page can be made to write through the API. */
    private static SignedInUser tokenUser() {
        return ApiTokenAuthentication.currentUser().orElseThrow(() ->
                new ResponseStatusException(HttpStatus.UNAUTHORIZED, "writing needs an API token: Authorization: Bearer …"));
    }
}
