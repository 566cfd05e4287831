package org.mandato.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mandato.accounts.SignedInUser;
import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.reporting.ReportingPages.ConflictPage;
import org.mandato.reporting.ReportingPages.EditorPage;
import org.mandato.web.FormErrors;
import org.mandato.web.PreservedForm;
import org.mandato.web.StaleVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Writing a report: a new one, or a draft (the Secretariat: also a submitted one). */
@Controller
class ReportEditorController {

    static final int SUGGESTIONS = 8;

    private final ReportWorkflow workflow;
    private final CitationParser citations;
    private final Catalog catalog;
    private final ObjectProvider<CitationSuggestions> suggestions;

    ReportEditorController(ReportWorkflow workflow, CitationParser citations, Catalog catalog,
                           ObjectProvider<CitationSuggestions> suggestions) {
        this.workflow = workflow;
        this.citations = citations;
        this.catalog = catalog;
        this.suggestions = suggestions;
    }

    @GetMapping("/my/reports/new")
    String newReport(HttpServletRequest request, Model model) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        Optional<PreservedForm> kept = PreservedForm.take(request, "/my/reports/new");
        ReportForm form = kept.map(f -> ReportFormParameters.read(f::first, f::all))
                .orElseGet(() -> new ReportForm(LocalDate.now().toString(), "en", Map.of(), Map.of(), List.of(), "",
                        user.isSecretariat() ? "" : null, null));
        return editor(null, form, new FormErrors(), kept.isPresent() ? "editor.kept" : null, user, model);
    }

    @PostMapping("/my/reports/new")
    String create(HttpServletRequest request, HttpServletResponse response, Model model) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        ReportForm form = ReportFormParameters.read(request::getParameter, request::getParameterValues);
        String helper = helperAction(null, form, request, response, user, model);
        if (helper != null) {
            return helper;
        }
        try {
            long id = workflow.create(user, form);
            return "redirect:/my/reports/" + id + "?saved";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return editor(null, form, invalid.errors(), null, user, model);
        }
    }

    @GetMapping("/my/reports/{id}/edit")
    String edit(@PathVariable long id, HttpServletRequest request, Model model) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        ReportForm stored = workflow.formFor(user, id);
        Optional<PreservedForm> kept = PreservedForm.take(request, "/my/reports/" + id + "/edit");
        ReportForm form = kept.map(f -> ReportFormParameters.read(f::first, f::all)).orElse(stored);
        // A report sent back for changes shows why above its fields, where the writer starts.
        ReportWorkflow.ReportView view = workflow.view(user, id);
        if (view.returnComment() != null && view.report().status() == ReportStatus.DRAFT) {
            model.addAttribute("returnComment", view.returnComment());
        }
        return editor(id, form, new FormErrors(), kept.isPresent() ? "editor.kept" : null, user, model);
    }

    @PostMapping("/my/reports/{id}/edit")
    String save(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        ReportForm form = ReportFormParameters.read(request::getParameter, request::getParameterValues);
        if (request.getParameter("addCitation") != null || request.getParameter("suggest") != null
                || request.getParameter("addSuggested") != null) {
            workflow.formFor(user, id);
        }
        String helper = helperAction(id, form, request, response, user, model);
        if (helper != null) {
            return helper;
        }
        try {
            workflow.save(user, id, form);
            return "redirect:/my/reports/" + id + "?saved";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return editor(id, form, invalid.errors(), null, user, model);
        } catch (StaleVersion stale) {
            response.setStatus(409);
            model.addAttribute("page", new ConflictPage(id, form, workflow.currentForm(user, id), workflow.view(user, id).canEdit(),
                    catalog.themes()));
            return "reporting/conflict";
        }
    }

    /** The editor's helper buttons (pick, suggest, add a suggestion): they change the form, never save it. */
    private String helperAction(Long id, ReportForm form, HttpServletRequest request, HttpServletResponse response,
                                SignedInUser user, Model model) {
        if (request.getParameter("addCitation") != null) {
            return addCitation(id, form, request, response, user, model);
        }
        if (request.getParameter("addSuggested") != null) {
            ReportForm withSuggested = ReportFormParameters.withCitation(form, request.getParameter("addSuggested"));
            return editor(id, withSuggested, new FormErrors(), "editor.citationAdded", user, model);
        }
        if (request.getParameter("suggest") != null) {
            String body = form.body(form.originalLanguage());
            var ranked = suggestions.getIfAvailable() == null ? List.<CitationSuggestions.Suggestion>of()
                    : suggestions.getObject().suggest(body, form.originalLanguage(), themeIds(form), SUGGESTIONS);
            return editor(id, form, new FormErrors(), body.isBlank() ? "editor.suggest.noText" : "editor.suggest.done", user, model, ranked);
        }
        return null;
    }

    private java.util.Set<Long> themeIds(ReportForm form) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (String raw : form.themeIds()) {
            try {
                ids.add(Long.parseLong(raw.strip()));
            } catch (NumberFormatException ignored) {
                // A forged theme id is reported when the form is saved; suggestions just skip it.
            }
        }
        return ids;
    }

    /** The no-JavaScript picker: summit and document chosen in a list, the number typed. */
    private String addCitation(Long id, ReportForm form, HttpServletRequest request, HttpServletResponse response,
                               SignedInUser user, Model model) {
        ReportForm withPicked = ReportFormParameters.withPicked(form, request.getParameter("pickDocument"),
                request.getParameter("pickNumber"));
        FormErrors errors = new FormErrors();
        try {
            citations.parse(withPicked.citations());
        } catch (CitationParser.UnknownCitation unknown) {
            errors.add("pickNumber", unknown.key(), unknown.args());
            response.setStatus(422);
            // The picker keeps what was chosen, so that only the number needs correcting.
            model.addAttribute("pickedDocument", request.getParameter("pickDocument"));
            model.addAttribute("pickedNumber", request.getParameter("pickNumber"));
            return editor(id, form, errors, null, user, model);
        }
        return editor(id, withPicked, errors, "editor.citationAdded", user, model);
    }

    private String editor(Long id, ReportForm form, FormErrors errors, String notice, SignedInUser user, Model model) {
        return editor(id, form, errors, notice, user, model, List.of());
    }

    private String editor(Long id, ReportForm form, FormErrors errors, String notice, SignedInUser user, Model model,
                          List<CitationSuggestions.Suggestion> suggested) {
        List<Actor> authors = user.isSecretariat()
                ? java.util.stream.Stream.concat(catalog.institutions().stream(), catalog.countries().stream()).toList()
                : List.of();
        Actor fixed = user.isSecretariat() ? null : catalog.actor(user.actorId().orElseThrow()).orElseThrow();
        if (id != null && user.isSecretariat()) {
            fixed = catalog.actor(form.author() == null ? "" : form.author()).orElse(null);
            authors = List.of();
        }
        model.addAttribute("page", new EditorPage(id, form, errors, catalog.themes(), catalog.summits(), catalog.documents(),
                authors, fixed, notice, suggested));
        return "reporting/editor";
    }
}
