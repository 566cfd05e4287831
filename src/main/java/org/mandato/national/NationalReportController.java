package org.mandato.national;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.mandato.accounts.SignedInUser;
import org.mandato.national.NationalPages.DuePage;
import org.mandato.national.NationalPages.WorkspacePage;
import org.mandato.national.NationalReportWorkflow.Workspace;
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

    NationalReportController(NationalReportWorkflow workflow) {
        this.workflow = workflow;
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

    @PostMapping("/my/national/{id}/publish")
    String publish(@PathVariable long id, @RequestParam int version) {
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
        return workspacePage(id, errors, null, Map.of(field, typed == null ? "" : typed), model);
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
