package org.mandato.catalog;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.mandato.catalog.CatalogForms.FormInput;
import org.mandato.extraction.DocumentTexts;
import org.mandato.extraction.ExtractedText;
import org.mandato.extraction.UnreadableDocument;
import org.mandato.web.FormErrors;
import org.mandato.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A summit document's text loaded from a file (DOCX, PDF, plain text): upload, a proposal of its
 * numbered paragraphs and sections beside the source for correction, then one save.
 */
@Controller
@RequestMapping(CatalogAdminPages.ROOT + "/documents/{id}/load")
class DocumentLoadController {

    private final CatalogEditing editing;
    private final Catalog catalog;
    private final DocumentTexts texts;
    private final DocumentLoading loading;

    DocumentLoadController(CatalogEditing editing, Catalog catalog, DocumentTexts texts, DocumentLoading loading) {
        this.editing = editing;
        this.catalog = catalog;
        this.texts = texts;
        this.loading = loading;
    }

    @GetMapping
    String form(@PathVariable long id, Model model) {
        Document document = document(id);
        return page(document, "en", null, new FormErrors(), model);
    }

    @PostMapping
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(defaultValue = "en") String language, HttpServletResponse response, Model model) {
        Document document = document(id);
        String lang = CatalogForms.LANGUAGES.contains(language) ? language : "en";
        try {
            ExtractedText text = file == null ? texts.read("", 0, null)
                    : texts.read(file.getOriginalFilename(), file.getSize(), file);
            DocumentProposal proposal = loading.alignedTo(document, ParagraphProposer.propose(text.paragraphs()));
            if (proposal.paragraphs().isEmpty()) {
                response.setStatus(422);
                return page(document, lang, null, new FormErrors().add("file", "catalogAdmin.load.error.noNumbers"), model);
            }
            return page(document, lang, ProposalForm.of(proposal, lang, text.fileName()), new FormErrors(), model);
        } catch (UnreadableDocument unreadable) {
            response.setStatus(422);
            return page(document, lang, null, new FormErrors().add("file", unreadable.key(), unreadable.args()), model);
        }
    }

    @PostMapping("/save")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters,
                HttpServletResponse response, Model model) {
        Document document = document(id);
        ProposalForm form = ProposalForm.from(new FormInput(parameters));
        try {
            loading.save(document, form);
            return "redirect:" + CatalogAdminPages.paragraphsPath(document) + "?saved=true";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            String lang = CatalogForms.LANGUAGES.contains(form.language()) ? form.language() : "en";
            return page(document, lang, form, invalid.errors(), model);
        }
    }

    private String page(Document document, String language, ProposalForm form, FormErrors errors, Model model) {
        Summit summit = editing.summit(document.summitId()).orElseThrow();
        int existing = catalog.paragraphsOf(document).size();
        DocumentLoading.Mismatch mismatch = form == null ? new DocumentLoading.Mismatch(List.of(), List.of())
                : loading.mismatch(document, form.rows().stream().filter(r -> !r.leaveOut()).map(ProposalForm.Row::number).toList());
        model.addAttribute("page", new DocumentLoadPage(summit, document, catalog.sectionsOf(document), existing, language,
                form, mismatch.missing(), mismatch.extra(), errors));
        return "catalog/admin/load";
    }

    private Document document(long id) {
        return editing.document(id).orElseThrow(() -> new NotFoundException("document " + id));
    }
}
