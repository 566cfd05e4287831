package org.mandato.catalog;

import jakarta.servlet.http.HttpServletResponse;

import org.mandato.catalog.CatalogAdminPages.DocumentFormPage;
import org.mandato.catalog.CatalogAdminPages.DocumentsPage;
import org.mandato.catalog.CatalogAdminPages.SummitFormPage;
import org.mandato.catalog.CatalogAdminPages.SummitsPage;
import org.mandato.catalog.CatalogForms.DocumentForm;
import org.mandato.catalog.CatalogForms.FormInput;
import org.mandato.catalog.CatalogForms.SummitForm;
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

/** The Secretariat's screens for summits and the documents each adopted: list, create, edit. */
@Controller
@RequestMapping(CatalogAdminPages.ROOT)
class SummitAdminController {

    private final Catalog catalog;
    private final CatalogEditing editing;

    SummitAdminController(Catalog catalog, CatalogEditing editing) {
        this.catalog = catalog;
        this.editing = editing;
    }

    @GetMapping("/summits")
    String summits(@RequestParam(defaultValue = "false") boolean saved, Model model) {
        model.addAttribute("page", new SummitsPage(catalog.summits(), saved));
        return "catalog/admin/summits";
    }

    @GetMapping("/summits/new")
    String newSummit(Model model) {
        return summitForm(null, SummitForm.empty(), new FormErrors(), model);
    }

    @PostMapping("/summits/new")
    String createSummit(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response, Model model) {
        SummitForm form = SummitForm.from(new FormInput(parameters));
        try {
            editing.saveSummit(null, form);
            return "redirect:" + CatalogAdminPages.summitsPath() + "?saved=true";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return summitForm(null, form, invalid.errors(), model);
        }
    }

    @GetMapping("/summits/{id}")
    String editSummit(@PathVariable long id, Model model) {
        Summit summit = summit(id);
        return summitForm(summit, SummitForm.of(summit), new FormErrors(), model);
    }

    @PostMapping("/summits/{id}")
    String updateSummit(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters,
                        HttpServletResponse response, Model model) {
        Summit summit = summit(id);
        SummitForm form = SummitForm.from(new FormInput(parameters));
        try {
            editing.saveSummit(id, form);
            return "redirect:" + CatalogAdminPages.summitsPath() + "?saved=true";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return summitForm(summit, form, invalid.errors(), model);
        }
    }

    @GetMapping("/summits/{id}/documents")
    String documents(@PathVariable long id, @RequestParam(defaultValue = "false") boolean saved, Model model) {
        Summit summit = summit(id);
        model.addAttribute("page", new DocumentsPage(summit, catalog.documentsOf(summit), saved));
        return "catalog/admin/documents";
    }

    @GetMapping("/summits/{id}/documents/new")
    String newDocument(@PathVariable long id, Model model) {
        return documentForm(summit(id), null, DocumentForm.empty(), new FormErrors(), model);
    }

    @PostMapping("/summits/{id}/documents/new")
    String createDocument(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters,
                          HttpServletResponse response, Model model) {
        Summit summit = summit(id);
        DocumentForm form = DocumentForm.from(new FormInput(parameters));
        try {
            editing.saveDocument(summit.id(), null, form);
            return "redirect:" + CatalogAdminPages.documentsPath(summit) + "?saved=true";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return documentForm(summit, null, form, invalid.errors(), model);
        }
    }

    @GetMapping("/documents/{id}")
    String editDocument(@PathVariable long id, Model model) {
        Document document = document(id);
        return documentForm(summit(document.summitId()), document, DocumentForm.of(document), new FormErrors(), model);
    }

    @PostMapping("/documents/{id}")
    String updateDocument(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters,
                          HttpServletResponse response, Model model) {
        Document document = document(id);
        Summit summit = summit(document.summitId());
        DocumentForm form = DocumentForm.from(new FormInput(parameters));
        try {
            editing.saveDocument(summit.id(), id, form);
            return "redirect:" + CatalogAdminPages.documentsPath(summit) + "?saved=true";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return documentForm(summit, document, form, invalid.errors(), model);
        }
    }

    private String summitForm(Summit summit, SummitForm form, FormErrors errors, Model model) {
        model.addAttribute("page", new SummitFormPage(summit, form, errors));
        return "catalog/admin/summit";
    }

    private String documentForm(Summit summit, Document document, DocumentForm form, FormErrors errors, Model model) {
        model.addAttribute("page", new DocumentFormPage(summit, document, form, errors));
        return "catalog/admin/document";
    }

    private Summit summit(long id) {
        return editing.summit(id).orElseThrow(() -> new NotFoundException("summit " + id));
    }

    private Document document(long id) {
        return editing.document(id).orElseThrow(() -> new NotFoundException("document " + id));
    }
}
