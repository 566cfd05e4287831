package org.mandato.national;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mandato.accounts.SignedInUser;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.mandato.national.NationalPages.EntryPage;
import org.mandato.national.NationalPages.RemoveEntryPage;
import org.mandato.national.NationalReportWorkflow.Workspace;
import org.mandato.web.FormErrors;
import org.mandato.web.NotFoundException;
import org.mandato.web.PreservedForm;
import org.mandato.web.Site;
import org.mandato.web.StaleVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The form for one entry of a national report. Its helper buttons (find a mandate, more value rows,
 * another indicator) send the form back to itself with every value kept, so the page works without
 * script; a save that would remove indicators or values asks first; removing a whole entry has a
 * page of its own that asks.
 */
@Controller
class NationalEntryController {

    private final NationalReportWorkflow workflow;
    private final PopulationGroups groups;
    private final Catalog catalog;

    NationalEntryController(NationalReportWorkflow workflow, PopulationGroups groups, Catalog catalog) {
        this.workflow = workflow;
        this.groups = groups;
        this.catalog = catalog;
    }

    /** Also at the address the form posts to, where signing in again leads when the browser did not name the form's page. */
    @GetMapping({"/my/national/{id}/entries/new", "/my/national/{id}/entries"})
    String newEntry(@PathVariable long id, @RequestParam(required = false) String paragraph,
                    @RequestParam(required = false) String mandateQuery, HttpServletRequest request, Model model) {
        EntryForm blank = workflow.entryForm(user(), id, null, paragraph, site(model).locale());
        if (mandateQuery != null) {
            blank = new EntryForm(blank.paragraph(), "", "", "", "", "", blank.indicators(), blank.version(), mandateQuery.strip());
        }
        Optional<PreservedForm> kept = PreservedForm.take(request, "/my/national/" + id + "/entries");
        EntryForm form = kept.map(NationalEntryController::typed).orElse(blank);
        return entryPage(id, null, form, new FormErrors(), kept.isPresent() ? Notice.KEPT : Notice.NONE, model);
    }

    @GetMapping("/my/national/{id}/entries/{entryId}")
    String editEntry(@PathVariable long id, @PathVariable long entryId, HttpServletRequest request, Model model) {
        EntryForm stored = workflow.entryForm(user(), id, entryId, null, site(model).locale());
        Optional<PreservedForm> kept = PreservedForm.take(request, "/my/national/" + id + "/entries/" + entryId);
        return entryPage(id, entryId, kept.map(NationalEntryController::typed).orElse(stored), new FormErrors(),
                kept.isPresent() ? Notice.KEPT : Notice.NONE, model);
    }

    @PostMapping({"/my/national/{id}/entries", "/my/national/{id}/entries/{entryId}"})
    String saveEntry(@PathVariable long id, @PathVariable(required = false) Long entryId,
                     @RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response, Model model) {
        EntryForm form = EntryForm.from(parameters);
        if (parameters.containsKey("findMandate")) {
            workflow.entryForm(user(), id, entryId, null, site(model).locale());
            return entryPage(id, entryId, form, new FormErrors(), Notice.NONE, model);
        }
        if (parameters.containsKey("addRows")) {
            workflow.entryForm(user(), id, entryId, null, site(model).locale());
            return entryPage(id, entryId, form.withMoreRows(index(parameters.getFirst("addRows"))), new FormErrors(), Notice.NONE, model);
        }
        if (parameters.containsKey("addIndicator")) {
            workflow.entryForm(user(), id, entryId, null, site(model).locale());
            return entryPage(id, entryId, form.withAnotherIndicator(), new FormErrors(), Notice.NONE, model);
        }
        if (!form.removals().isEmpty() && !parameters.containsKey("confirmRemoval")) {
            workflow.entryForm(user(), id, entryId, null, site(model).locale());
            return entryPage(id, entryId, form, new FormErrors(), Notice.CONFIRM_REMOVAL, model);
        }
        try {
            workflow.saveEntry(user(), id, form, site(model).locale());
            return "redirect:/my/national/" + id + "?done=saved";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return entryPage(id, entryId, form.withBlankRows(), invalid.errors(), Notice.NONE, model);
        } catch (StaleVersion outdated) {
            response.setStatus(409);
            return entryPage(id, entryId, form.withBlankRows(), new FormErrors(), Notice.OUTDATED, model);
        }
    }

    /** Asks before an entry and its indicators are removed; the form it shows posts to the removal below. */
    @GetMapping("/my/national/{id}/entries/{entryId}/remove")
    String confirmRemoval(@PathVariable long id, @PathVariable long entryId, Model model) {
        workflow.entryForm(user(), id, entryId, null, site(model).locale());
        Workspace workspace = workflow.workspace(user(), id);
        NationalReport.Entry entry = workspace.report().entry(entryId).orElseThrow(() -> new NotFoundException("entry " + entryId));
        model.addAttribute("page", new RemoveEntryPage(workspace, entry, workspace.paragraphs().get(entry.paragraphId())));
        return "national/removeEntry";
    }

    @PostMapping("/my/national/{id}/entries/{entryId}/delete")
    String deleteEntry(@PathVariable long id, @PathVariable long entryId, @RequestParam int version) {
        workflow.removeEntry(user(), id, entryId, version);
        return "redirect:/my/national/" + id + "?done=removed";
    }

    /** What the form says above its fields. */
    enum Notice { NONE, KEPT, OUTDATED, CONFIRM_REMOVAL }

    private String entryPage(long id, Long entryId, EntryForm form, FormErrors errors, Notice notice, Model model) {
        Workspace workspace = workflow.workspace(user(), id);
        var mandates = workflow.mandatesOf(workspace.cycle());
        MandatePicker picker = null;
        Paragraph fixed = null;
        if (entryId == null) {
            List<Long> ids = mandates.values().stream().flatMap(List::stream).map(Paragraph::id).toList();
            Map<Long, Theme> themes = new HashMap<>();
            catalog.themes().forEach(t -> themes.put(t.id(), t));
            Map<Long, List<Theme>> themesByParagraph = new HashMap<>();
            catalog.themeIdsByParagraph(ids).forEach((paragraph, themeIds) ->
                    themesByParagraph.put(paragraph, themeIds.stream().map(themes::get).filter(Objects::nonNull).toList()));
            picker = MandatePicker.of(mandates, themesByParagraph, site(model).lang(), form.mandateQuery(), form.paragraph());
        } else {
            fixed = mandates.values().stream().flatMap(List::stream).filter(p -> String.valueOf(p.id()).equals(form.paragraph()))
                    .findFirst().orElse(null);
        }
        model.addAttribute("page", new EntryPage(workspace, picker, fixed, entryId, form, groups.all(), errors,
                notice == Notice.OUTDATED, notice == Notice.KEPT, notice == Notice.CONFIRM_REMOVAL ? form.removals() : List.of()));
        return "national/entry";
    }

    private static int index(String typed) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    /** The form as it was typed before the session ended, with the usual blank rows. */
    private static EntryForm typed(PreservedForm kept) {
        return EntryForm.from(kept.asMultiValueMap()).withBlankRows();
    }

    private static Site site(Model model) {
        return (Site) Objects.requireNonNull(model.getAttribute("site"));
    }

    private static SignedInUser user() {
        return SignedInUser.current().orElseThrow();
    }
}
