package org.mandato.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.mandato.accounts.SignedInUser;
import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.extraction.DocumentTexts;
import org.mandato.extraction.ExtractedText;
import org.mandato.extraction.UnreadableDocument;
import org.mandato.reporting.ReportingPages.EditorPage;
import org.mandato.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A report uploaded as DOCX or PDF on the new-report page: its text fills the editor in the language
 * chosen, and its date too when the text gives one. Nothing is saved: the writer then chooses themes,
 * asks for suggestions, cites paragraphs and saves, as for a typed report.
 */
@Controller
class ReportUploadController {

    static final String PATH = "/my/reports/new/upload";

    private final DocumentTexts texts;
    private final Catalog catalog;
    private final Clock clock;

    ReportUploadController(DocumentTexts texts, Catalog catalog, Clock clock) {
        this.texts = texts;
        this.catalog = catalog;
        this.clock = clock;
    }

    @PostMapping(PATH)
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "en") String originalLanguage,
                  HttpServletResponse response, Model model) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        String language = ReportForm.LANGUAGES.contains(originalLanguage) ? originalLanguage : "en";
        LocalDate today = LocalDate.now(clock);
        try {
            ExtractedText text = file == null ? texts.read("", 0, null) : texts.read(file.getOriginalFilename(), file.getSize(), file);
            Optional<LocalDate> date = ReportDates.find(text.text(), language, today);
            ReportForm form = new ReportForm(date.orElse(today).toString(), language, Map.of(), Map.of(language, text.text()),
                    List.of(), "", user.isSecretariat() ? "" : null, null);
            return editor(form, new FormErrors(), date.isPresent() ? "editor.upload.doneWithDate" : "editor.upload.done", user, model);
        } catch (UnreadableDocument unreadable) {
            response.setStatus(422);
            ReportForm empty = new ReportForm(today.toString(), language, Map.of(), Map.of(), List.of(), "",
                    user.isSecretariat() ? "" : null, null);
            return editor(empty, new FormErrors().add("file", unreadable.key(), unreadable.args()), null, user, model);
        }
    }

    /** The new-report editor, as {@link ReportEditorController} shows it. */
    private String editor(ReportForm form, FormErrors errors, String notice, SignedInUser user, Model model) {
        List<Actor> authors = user.isSecretariat()
                ? Stream.concat(catalog.institutions().stream(), catalog.countries().stream()).toList() : List.of();
        Actor fixed = user.isSecretariat() ? null : catalog.actor(user.actorId().orElseThrow()).orElseThrow();
        model.addAttribute("page", new EditorPage(null, form, errors, catalog.themes(), catalog.summits(), catalog.documents(),
                authors, fixed, notice, List.of()));
        return "reporting/editor";
    }
}
