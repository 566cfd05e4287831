package org.mandato.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.mandato.accounts.SignedInUser;
import org.mandato.reporting.ReportingPages.DeskPage;
import org.mandato.reporting.ReportingPages.MyWorkPage;
import org.mandato.reporting.ReportingPages.ReportViewPage;
import org.mandato.reporting.ReportingPages.WorkList;
import org.mandato.reporting.ReportingPages.WorkListPage;
import org.mandato.reporting.ReportingPages.WorkSection;
import org.mandato.web.FormErrors;
import org.mandato.web.NotFoundException;
import org.mandato.web.StaleVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person's work list, a report in any status with its next steps, its history, and the Secretariat's desk. */
@Controller
class ReportDeskController {

    private final ReportWorkflow workflow;
    private final ReportTracing tracing;
    private final WorkLists workLists;
    private final ReviewInbox inbox;
    private final CountryDuties countryDuties;
    private final Clock clock;

    ReportDeskController(ReportWorkflow workflow, ReportTracing tracing, WorkLists workLists, ReviewInbox inbox,
                         CountryDuties countryDuties, Clock clock) {
        this.countryDuties = countryDuties;
        this.clock = clock;
        this.workflow = workflow;
        this.inbox = inbox;
        this.workLists = workLists;
        this.tracing = tracing;
    }

    @GetMapping("/my/work")
    String myWork(Model model) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        CountryDuties.Duty duty = user.role() == org.mandato.accounts.Role.NATIONAL_COORDINATOR
                ? countryDuties.current(user.actorId().orElseThrow(), LocalDate.now(clock)).orElse(null) : null;
        model.addAttribute("page", new MyWorkPage(workLists.overview(user), user.isSecretariat(),
                user.role() != org.mandato.accounts.Role.INSTITUTION_REPORTER, duty));
        return "reporting/myWork";
    }

    /** One list of "My work" whole, a page at a time ({@code page} from 1). */
    @GetMapping("/my/work/{section}")
    String workList(@PathVariable String section, @RequestParam(defaultValue = "1") int page, Model model) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        WorkSection listed = WorkSection.of(section).orElseThrow(() -> new NotFoundException("list " + section));
        model.addAttribute("page", new WorkListPage(workLists.page(user, listed, page - 1), user.isSecretariat()));
        return "reporting/workList";
    }

    @GetMapping("/secretariat")
    String desk(@RequestParam(required = false) String kind, @RequestParam(required = false) String actor,
                @RequestParam(required = false) String waiting, Model model) {
        Map<WorkSection, WorkList> lists = workLists.overview(SignedInUser.current().orElseThrow());
        model.addAttribute("page", new DeskPage(inbox.read(ReviewInbox.Filter.of(kind, actor, waiting)),
                lists.get(WorkSection.DRAFTS).total() + lists.get(WorkSection.RETURNED).total(), lists.get(WorkSection.PUBLISHED).total()));
        return "reporting/desk";
    }

    @GetMapping("/my/reports/{id}")
    String view(@PathVariable long id, jakarta.servlet.http.HttpServletRequest request, Model model) {
        ReportWorkflow.ReportView view = workflow.view(SignedInUser.current().orElseThrow(), id);
        model.addAttribute("page", new ReportViewPage(view, new FormErrors()));
        // Each action comes back here with its name in the address: the page says it is done.
        for (String done : java.util.List.of("saved", "submitted", "published", "returned", "withdrawn")) {
            if (request.getParameterMap().containsKey(done)) {
                model.addAttribute("notice", "report.done." + done);
            }
        }
        if (view.report().status() == ReportStatus.SUBMITTED && view.canReview()) {
            tracing.sinceReturned(id).ifPresent(link -> model.addAttribute("sinceReturned", link));
        }
        return "reporting/view";
    }

    @GetMapping("/my/reports/{id}/history")
    String history(@PathVariable long id, @RequestParam(required = false) Long from, @RequestParam(required = false) Long to,
                   Model model) {
        model.addAttribute("page", tracing.history(SignedInUser.current().orElseThrow(), id, from, to));
        return "reporting/history";
    }

    @PostMapping("/my/reports/{id}/submit")
    String submit(@PathVariable long id, @RequestParam int version) {
        workflow.submit(SignedInUser.current().orElseThrow(), id, version);
        return "redirect:/my/reports/" + id + "?submitted";
    }

    @PostMapping("/my/reports/{id}/publish")
    String publish(@PathVariable long id, @RequestParam int version) {
        workflow.publish(SignedInUser.current().orElseThrow(), id, version);
        return "redirect:/my/reports/" + id + "?published";
    }

    @PostMapping("/my/reports/{id}/return")
    String returnToDraft(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String comment,
                         HttpServletResponse response, Model model) {
        return withReason(id, "returned", "comment", comment, user -> workflow.returnToDraft(user, id, version, comment), response, model);
    }

    @PostMapping("/my/reports/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String reason,
                    HttpServletResponse response, Model model) {
        return withReason(id, "withdrawn", "reason", reason, user -> workflow.withdraw(user, id, version, reason), response, model);
    }

    /**
     * Runs a Secretariat action that needs a written reason. A refused reason, or an action on a
     * version that is no longer current (409), shows the report again with the words typed still in the field.
     */
    private String withReason(long id, String done, String field, String typed, java.util.function.Consumer<SignedInUser> action,
                              HttpServletResponse response, Model model) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        FormErrors errors;
        try {
            action.accept(user);
            return "redirect:/my/reports/" + id + "?" + done;
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            errors = invalid.errors();
        } catch (StaleVersion stale) {
            response.setStatus(409);
            errors = new FormErrors().add(field, "report.error.changedMeanwhile");
        }
        model.addAttribute("page", new ReportViewPage(workflow.view(user, id), errors, java.util.Map.of(field, typed)));
        return "reporting/view";
    }
}
