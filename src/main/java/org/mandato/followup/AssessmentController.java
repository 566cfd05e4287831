package org.mandato.followup;

import static org.mandato.followup.CompliancePages.ADMIN_ROOT;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mandato.accounts.SignedInUser;
import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.followup.Assessment.Stage;
import org.mandato.followup.Assessment.Status;
import org.mandato.followup.CompliancePages.AdminListPage;
import org.mandato.followup.CompliancePages.FormPage;
import org.mandato.national.ReportingCycle;
import org.mandato.national.ReportingCycles;
import org.mandato.web.FormErrors;
import org.mandato.web.LocalizedText;
import org.mandato.web.NotFoundException;
import org.mandato.web.PreservedForm;
import org.mandato.web.StaleVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Secretariat's assessment screens: the list with its filters, the form (new and edit) with the
 * mandate's scoring guideline beside it, publish, back to draft with a reason, delete a draft. A form
 * sent on an outdated version comes back with every word kept and the stored assessment beside it (409).
 */
@Controller
@RequestMapping(ADMIN_ROOT)
class AssessmentController {

    private static final List<String> NOTICES = List.of("created", "saved", "published", "unpublished", "deleted", "guideline");
    private static final String KEPT = "kept";

    private final Assessments assessments;
    private final ReportingCycles cycles;
    private final Catalog catalog;

    AssessmentController(Assessments assessments, ReportingCycles cycles, Catalog catalog) {
        this.assessments = assessments;
        this.cycles = cycles;
        this.catalog = catalog;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String cycle, @RequestParam(defaultValue = "") String actor,
                @RequestParam(defaultValue = "") String document, @RequestParam(defaultValue = "") String stage,
                @RequestParam(defaultValue = "") String status, @RequestParam(required = false) String notice, Model model) {
        Long cycleId = cycle.isBlank() ? null : cycles.cycle(cycle).map(ReportingCycle::id).orElseThrow(() -> new NotFoundException("cycle " + cycle));
        Long actorId = actor.isBlank() ? null : catalog.actor(actor).map(Actor::id).orElseThrow(() -> new NotFoundException("actor " + actor));
        Long documentId = document.isBlank() ? null : catalog.documents().stream().filter(d -> String.valueOf(d.id()).equals(document))
                .map(Document::id).findFirst().orElseThrow(() -> new NotFoundException("document " + document));
        Stage stageChosen = stage.isBlank() ? null : Stage.fromCode(stage).orElseThrow(() -> new NotFoundException("stage " + stage));
        Status statusChosen = status.isBlank() ? null : Status.fromCode(status).orElseThrow(() -> new NotFoundException("status " + status));
        var rows = assessments.list(user(), cycleId, actorId, documentId, stageChosen, statusChosen);
        model.addAttribute("page", new AdminListPage(cycles.all(), catalog.institutions(), catalog.countries(), catalog.documents(),
                cycle, actor, document, stage, status, rows, notice(notice)));
        return "followup/assessments";
    }

    /** A blank form for {@code cycle}, or the final assessment of an interim one ({@code from}) filled with its words. */
    @GetMapping("/new")
    String newAssessment(@RequestParam(required = false) String cycle, @RequestParam(required = false) Long from,
                         HttpServletRequest request, Model model) {
        Optional<PreservedForm> kept = PreservedForm.take(request, ADMIN_ROOT + "/new");
        if (kept.isPresent()) {
            AssessmentForm typed = AssessmentForm.from(kept.get().asMultiValueMap());
            return form(null, cycles.cycle(typed.cycle()).orElse(null), typed, new FormErrors(), null, KEPT, model);
        }
        if (from != null) {
            Assessment interim = existing(from);
            return form(null, cycleOf(interim), assessments.formOf(interim).asNewFinal(), new FormErrors(), null, null, model);
        }
        ReportingCycle chosen = cycle == null || cycle.isBlank() ? null : cycles.cycle(cycle).orElse(null);
        return form(null, chosen, AssessmentForm.blank(chosen == null ? "" : chosen.slug()), new FormErrors(), null, null, model);
    }

    @PostMapping("/new")
    String create(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response, Model model) {
        AssessmentForm form = AssessmentForm.from(parameters);
        try {
            long id = assessments.create(user(), form);
            return "redirect:" + ADMIN_ROOT + "/" + id + "?notice=created";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return form(null, cycles.cycle(form.cycle()).orElse(null), form, invalid.errors(), null, null, model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, @RequestParam(required = false) String notice, HttpServletRequest request, Model model) {
        Assessment assessment = existing(id);
        Optional<PreservedForm> kept = PreservedForm.take(request, ADMIN_ROOT + "/" + id);
        if (kept.isPresent()) {
            AssessmentForm typed = AssessmentForm.from(kept.get().asMultiValueMap()).identifiedAs(assessments.formOf(assessment));
            return form(assessment, cycleOf(assessment), typed, new FormErrors(), null, KEPT, model);
        }
        return form(assessment, cycleOf(assessment), assessments.formOf(assessment), new FormErrors(), null, notice(notice), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response,
                  Model model) {
        Assessment assessment = existing(id);
        AssessmentForm form = AssessmentForm.from(parameters).identifiedAs(assessments.formOf(assessment));
        try {
            assessments.update(user(), id, form);
            return "redirect:" + ADMIN_ROOT + "/" + id + "?notice=saved";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return form(assessment, cycleOf(assessment), form, invalid.errors(), null, null, model);
        } catch (StaleVersion stale) {
            response.setStatus(409);
            Assessment current = existing(id);
            return form(current, cycleOf(current), form.atVersion(current.version()), new FormErrors(), current, null, model);
        }
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, HttpServletResponse response, Model model) {
        return act(id, () -> assessments.publish(user(), id, version), "published", response, model);
    }

    @PostMapping("/{id}/unpublish")
    String unpublish(@PathVariable long id, @RequestParam(defaultValue = "-1") int version,
                     @RequestParam(defaultValue = "") String reason, HttpServletResponse response, Model model) {
        return act(id, () -> assessments.unpublish(user(), id, version, reason), "unpublished", response, model);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, HttpServletResponse response, Model model) {
        String view = act(id, () -> assessments.delete(user(), id, version), "deleted", response, model);
        return view.startsWith("redirect:") ? "redirect:" + ADMIN_ROOT + "?notice=deleted" : view;
    }

    /** One language's guideline of the mandate of assessment {@code id}, saved on its own. */
    @PostMapping("/{id}/guideline")
    String guideline(@PathVariable long id, @RequestParam(defaultValue = "") String lang, @RequestParam(defaultValue = "") String guideline,
                     HttpServletResponse response, Model model) {
        Assessment assessment = existing(id);
        try {
            assessments.saveGuideline(user(), assessment.paragraphId(), lang, guideline);
            return "redirect:" + ADMIN_ROOT + "/" + id + "?notice=guideline#guideline";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return form(assessment, cycleOf(assessment), assessments.formOf(assessment), invalid.errors(), null, null, model);
        }
    }

    private String act(long id, Runnable action, String notice, HttpServletResponse response, Model model) {
        Assessment assessment = existing(id);
        try {
            action.run();
            return "redirect:" + ADMIN_ROOT + "/" + id + "?notice=" + notice;
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return form(assessment, cycleOf(assessment), assessments.formOf(assessment), invalid.errors(), null, null, model);
        } catch (StaleVersion stale) {
            response.setStatus(409);
            Assessment current = existing(id);
            return form(current, cycleOf(current), assessments.formOf(current), new FormErrors(), null, "changed", model);
        }
    }

    private String form(Assessment assessment, ReportingCycle cycle, AssessmentForm form, FormErrors errors, Assessment current,
                        String notice, Model model) {
        Map<Document, List<Paragraph>> mandates = cycle == null ? Map.of() : assessments.mandatesOf(cycle);
        Optional<Paragraph> paragraph = assessment == null ? Optional.empty()
                : catalog.paragraphs(List.of(assessment.paragraphId())).stream().findFirst();
        Actor actor = assessment == null ? null : catalog.actor(assessment.actorId()).orElseThrow();
        LocalizedText guideline = paragraph.map(p -> assessments.guideline(p.id())).orElse(LocalizedText.empty());
        model.addAttribute("page", new FormPage(assessment, cycle, cycles.all(), catalog.institutions(), catalog.countries(), mandates,
                actor, paragraph.orElse(null), guideline, form, errors, current, notice));
        return "followup/assessment";
    }

    private ReportingCycle cycleOf(Assessment assessment) {
        return cycles.cycle(assessment.cycleId()).orElseThrow();
    }

    private Assessment existing(long id) {
        return assessments.find(id).orElseThrow(() -> new NotFoundException("assessment " + id));
    }

    private static String notice(String notice) {
        return notice != null && NOTICES.contains(notice) ? notice : null;
    }

    private static SignedInUser user() {
        return SignedInUser.current().orElseThrow();
    }
}
