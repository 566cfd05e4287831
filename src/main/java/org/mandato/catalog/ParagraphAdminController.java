package org.mandato.catalog;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mandato.catalog.CatalogAdminPages.ParagraphFormPage;
import org.mandato.catalog.CatalogAdminPages.ParagraphRow;
import org.mandato.catalog.CatalogAdminPages.ParagraphsPage;
import org.mandato.catalog.CatalogForms.FormInput;
import org.mandato.catalog.CatalogForms.ParagraphForm;
import org.mandato.web.FormErrors;
import org.mandato.web.NotFoundException;
import org.mandato.web.PreservedForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Secretariat's screens for the numbered paragraphs of a document: list, create, edit. */
@Controller
@RequestMapping(CatalogAdminPages.ROOT)
class ParagraphAdminController {

    private final Catalog catalog;
    private final CatalogEditing editing;

    ParagraphAdminController(Catalog catalog, CatalogEditing editing) {
        this.catalog = catalog;
        this.editing = editing;
    }

    @GetMapping("/documents/{id}/paragraphs")
    String paragraphs(@PathVariable long id, @RequestParam(defaultValue = "false") boolean saved, Model model) {
        Document document = document(id);
        List<ParagraphRow> rows = editing.paragraphRows(document);
        model.addAttribute("page", new ParagraphsPage(summitOf(document), document, rows, saved));
        return "catalog/admin/paragraphs";
    }

    @GetMapping("/documents/{id}/paragraphs/new")
    String newParagraph(@PathVariable long id, HttpServletRequest request, Model model) {
        Optional<PreservedForm> kept = PreservedForm.take(request, CatalogAdminPages.ROOT + "/documents/" + id + "/paragraphs/new");
        ParagraphForm form = kept.map(f -> ParagraphForm.from(new FormInput(f.asMultiValueMap()))).orElseGet(ParagraphForm::empty);
        return form(document(id), null, form, new FormErrors(), kept.isPresent(), model);
    }

    @PostMapping("/documents/{id}/paragraphs/new")
    String createParagraph(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters,
                           HttpServletResponse response, Model model) {
        Document document = document(id);
        ParagraphForm form = ParagraphForm.from(new FormInput(parameters));
        try {
            editing.saveParagraph(document, null, form);
            return "redirect:" + CatalogAdminPages.paragraphsPath(document) + "?saved=true";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return form(document, null, form, invalid.errors(), false, model);
        }
    }

    @GetMapping("/paragraphs/{id}")
    String editParagraph(@PathVariable long id, HttpServletRequest request, Model model) {
        Paragraph paragraph = paragraph(id);
        Document document = document(paragraph.documentId());
        String parentNumber = paragraph.parentId() == null ? null
                : editing.paragraph(paragraph.parentId()).map(Paragraph::number).orElse(null);
        Optional<PreservedForm> kept = PreservedForm.take(request, CatalogAdminPages.ROOT + "/paragraphs/" + id);
        ParagraphForm form = kept.map(f -> ParagraphForm.from(new FormInput(f.asMultiValueMap())))
                .orElseGet(() -> ParagraphForm.of(paragraph, parentNumber, catalog.themesOf(paragraph)));
        return form(document, paragraph, form, new FormErrors(), kept.isPresent(), model);
    }

    @PostMapping("/paragraphs/{id}")
    String updateParagraph(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters,
                           HttpServletResponse response, Model model) {
        Paragraph paragraph = paragraph(id);
        Document document = document(paragraph.documentId());
        ParagraphForm form = ParagraphForm.from(new FormInput(parameters));
        try {
            editing.saveParagraph(document, id, form);
            return "redirect:" + CatalogAdminPages.paragraphsPath(document) + "?saved=true";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return form(document, paragraph, form, invalid.errors(), false, model);
        }
    }

    private String form(Document document, Paragraph paragraph, ParagraphForm form, FormErrors errors, boolean kept, Model model) {
        model.addAttribute("page", new ParagraphFormPage(summitOf(document), document, paragraph, form,
                catalog.sectionsOf(document), catalog.themes(), errors, kept));
        return "catalog/admin/paragraph";
    }

    private Summit summitOf(Document document) {
        return editing.summit(document.summitId()).orElseThrow();
    }

    private Document document(long id) {
        return editing.document(id).orElseThrow(() -> new NotFoundException("document " + id));
    }

    private Paragraph paragraph(long id) {
        return editing.paragraph(id).orElseThrow(() -> new NotFoundException("paragraph " + id));
    }
}
