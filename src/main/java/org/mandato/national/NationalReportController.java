package org.mandato.national;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.mandato.accounts.SignedInUser;
import org.mandato.national.NationalPages.ConfirmPublishPage;
import org.mandato.national.NationalPages.DuePage;
import org.mandato.national.NationalPages.ReviewPanel;
import org.mandato.national.NationalPages.WorkspacePage;
import org.mandato.national.NationalReportWorkflow.Workspace;
import org.mandato.web.ForbiddenException;
import org.mandato.web.FormErrors;
import org.mandato.web.StaleVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where governments write their national reports and the Secretariat reviews them, under {@code /my/national}. */
@Controller
class NationalReportController {

    private final NationalReportWorkflow workflow;

    private final NationalReportPages pages;

    NationalReportController(NationalReportWorkflow workflow, NationalReportPages pages) {
        this.workflow = workflow;
        this.pages = pages;
    }

    @GetMapping({"/my/national", "/secretariat/national"})
    String due(@RequestParam(defaultValue = "all") String show, Model model) {
        SignedInUser user = user();
        String filter = switch (show) {
            case "overdue", "due", "submitted" -> show;
            default -> "all";
        };
        model.addAttribute("page", DuePage.of(workflow.due(user), user.isSecretariat(), filter));
        return "national/due";
    }

    @PostMapping("/my/national/open")
    String open(@RequestParam(required = false) String cycle, @RequestParam(required = false) String country) {
        return "redirect:/my/national/" + workflow.open(user(), cycle, country);
    }

    @GetMapping("/my/national/{id}")
    String workspace(@PathVariable long id, @RequestParam(required = false) String done, Model model) {
        return workspacePage(id, new FormErrors(), done, model);
    }

    @PostMapping("/my/national/{id}/submit")
    String submit(@PathVariable long id, @RequestParam int version, HttpServletResponse response, Model model) {
        try {
            workflow.submit(user(), id, version);
            return "redirect:/my/national/" + id + "?done=submitted";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return workspacePage(id, invalid.errors(), null, model);
        }
    }

    /** The report as the public will see it, with the cited paragraphs' text, what changed since it was returned, and the actions. */
    @GetMapping("/my/national/{id}/review")
    String review(@PathVariable long id, Model model) {
        return reviewPage(id, new FormErrors(), Map.of(), model);
    }

    /** Publishing asks first: the form without {@code confirmed} shows what will happen, on the version the reviewer saw. */
    @PostMapping("/my/national/{id}/publish")
    String publish(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String confirmed, Model model) {
        if (confirmed == null) {
            Workspace workspace = workflow.workspace(user(), id);
            if (workspace.report().version() != version) {
                throw new StaleVersion("national report " + id + " changed after version " + version + "; nothing was published");
            }
            if (!workspace.canReview()) {
                throw new ForbiddenException(user().getUsername() + " may not publish national report " + id);
            }
            model.addAttribute("page", new ConfirmPublishPage(workspace));
            return "national/confirmPublish";
        }
        workflow.publish(user(), id, version);
        return "redirect:/my/national/" + id + "?done=published";
    }

    @PostMapping("/my/national/{id}/return")
    String returnToDraft(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String comment,
                         HttpServletResponse response, Model model) {
        return withReason(id, "returned", "comment", comment, () -> workflow.returnToDraft(user(), id, version, comment), response, model);
    }

    @PostMapping("/my/national/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                    HttpServletResponse response, Model model) {
        return withReason(id, "withdrawn", "reason", reason, () -> workflow.withdraw(user(), id, version, reason), response, model);
    }

    /** A refused reason, or an action on an outdated version (409), shows the report again with the words typed still in the field. */
    private String withReason(long id, String done, String field, String typed, Runnable action, HttpServletResponse response,
                              Model model) {
        FormErrors errors;
        try {
            action.run();
            return "redirect:/my/national/" + id + "?done=" + done;
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            errors = invalid.errors();
        } catch (StaleVersion stale) {
            response.setStatus(409);
            errors = new FormErrors().add(field, "report.error.changedMeanwhile");
        }
        Map<String, String> kept = Map.of(field, typed == null ? "" : typed);
        if (field.equals("comment") && workflow.workspace(user(), id).canReview()) {
            return reviewPage(id, errors, kept, model);
        }
        return workspacePage(id, errors, null, kept, model);
    }

    private String reviewPage(long id, FormErrors errors, Map<String, String> typed, Model model) {
        SignedInUser user = user();
        if (!user.isSecretariat()) {
            throw new ForbiddenException(user.getUsername() + " does not review national reports");
        }
        Workspace workspace = workflow.workspace(user, id);
        model.addAttribute("page", pages.page(workspace.report()));
        model.addAttribute("review", new ReviewPanel(workspace, workflow.changesSinceReturned(user, id).orElse(null), errors, typed));
        return "national/report";
    }

    private String workspacePage(long id, FormErrors errors, String done, Model model) {
        return workspacePage(id, errors, done, Map.of(), model);
    }

    private String workspacePage(long id, FormErrors errors, String done, Map<String, String> typed, Model model) {
        Workspace workspace = workflow.workspace(user(), id);
        String notice = done == null ? null : switch (done) {
            case "saved", "removed", "submitted", "published", "returned", "withdrawn" -> "national.done." + done;
            default -> null;
        };
        model.addAttribute("page", new WorkspacePage(workspace, workflow.mandatesOf(workspace.cycle()), errors, notice, typed));
        return "national/workspace";
    }

    private static SignedInUser user() {
        return SignedInUser.current().orElseThrow();
    }
}
