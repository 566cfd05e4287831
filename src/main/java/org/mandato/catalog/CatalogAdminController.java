package org.mandato.catalog;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.mandato.catalog.CatalogAdminPages.IndexPage;
import org.mandato.catalog.CatalogAdminPages.InstitutionFormPage;
import org.mandato.catalog.CatalogAdminPages.InstitutionsPage;
import org.mandato.catalog.CatalogAdminPages.ThemeFormPage;
import org.mandato.catalog.CatalogAdminPages.ThemesPage;
import org.mandato.catalog.CatalogForms.FormInput;
import org.mandato.catalog.CatalogForms.InstitutionForm;
import org.mandato.catalog.CatalogForms.ThemeForm;
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

/** The Secretariat's catalogue index, and its screens for themes and institutions: list, create, edit. */
@Controller
@RequestMapping(CatalogAdminPages.ROOT)
class CatalogAdminController {

    private final Catalog catalog;
    private final CatalogEditing editing;

    CatalogAdminController(Catalog catalog, CatalogEditing editing) {
        this.catalog = catalog;
        this.editing = editing;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("page", new IndexPage(catalog.summits(), catalog.themes().size(), catalog.institutions().size()));
        return "catalog/admin/index";
    }

    @GetMapping("/themes")
    String themes(@RequestParam(defaultValue = "false") boolean saved, Model model) {
        model.addAttribute("page", new ThemesPage(catalog.themes(), saved));
        return "catalog/admin/themes";
    }

    @GetMapping("/themes/new")
    String newTheme(Model model) {
        return themeForm(null, ThemeForm.empty(), new FormErrors(), model);
    }

    @PostMapping("/themes/new")
    String createTheme(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response, Model model) {
        ThemeForm form = ThemeForm.from(new FormInput(parameters));
        try {
            editing.saveTheme(null, form);
            return "redirect:" + CatalogAdminPages.themesPath() + "?saved=true";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return themeForm(null, form, invalid.errors(), model);
        }
    }

    @GetMapping("/themes/{id}")
    String editTheme(@PathVariable long id, Model model) {
        Theme theme = theme(id);
        return themeForm(theme, ThemeForm.of(theme), new FormErrors(), model);
    }

    @PostMapping("/themes/{id}")
    String updateTheme(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters,
                       HttpServletResponse response, Model model) {
        Theme theme = theme(id);
        ThemeForm form = ThemeForm.from(new FormInput(parameters));
        try {
            editing.saveTheme(id, form);
            return "redirect:" + CatalogAdminPages.themesPath() + "?saved=true";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return themeForm(theme, form, invalid.errors(), model);
        }
    }

    @GetMapping("/institutions")
    String institutions(@RequestParam(defaultValue = "false") boolean saved, Model model) {
        model.addAttribute("page", new InstitutionsPage(catalog.institutions(), saved));
        return "catalog/admin/institutions";
    }

    @GetMapping("/institutions/new")
    String newInstitution(Model model) {
        return institutionForm(null, InstitutionForm.empty(), new FormErrors(), model);
    }

    @PostMapping("/institutions/new")
    String createInstitution(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response, Model model) {
        InstitutionForm form = InstitutionForm.from(new FormInput(parameters));
        try {
            editing.saveInstitution(null, form);
            return "redirect:" + CatalogAdminPages.institutionsPath() + "?saved=true";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return institutionForm(null, form, invalid.errors(), model);
        }
    }

    @GetMapping("/institutions/{id}")
    String editInstitution(@PathVariable long id, Model model) {
        Actor institution = institution(id);
        return institutionForm(institution, InstitutionForm.of(institution), new FormErrors(), model);
    }

    @PostMapping("/institutions/{id}")
    String updateInstitution(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters,
                             HttpServletResponse response, Model model) {
        Actor institution = institution(id);
        InstitutionForm form = InstitutionForm.from(new FormInput(parameters));
        try {
            editing.saveInstitution(id, form);
            return "redirect:" + CatalogAdminPages.institutionsPath() + "?saved=true";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return institutionForm(institution, form, invalid.errors(), model);
        }
    }

    /** A theme may go under any top theme but itself. */
    private String themeForm(Theme theme, ThemeForm form, FormErrors errors, Model model) {
        List<Theme> parents = catalog.themes().stream()
                .filter(t -> t.isTopLevel() && (theme == null || t.id() != theme.id()))
                .toList();
        model.addAttribute("page", new ThemeFormPage(theme, form, parents, errors));
        return "catalog/admin/theme";
    }

    private String institutionForm(Actor institution, InstitutionForm form, FormErrors errors, Model model) {
        model.addAttribute("page", new InstitutionFormPage(institution, form, errors));
        return "catalog/admin/institution";
    }

    private Theme theme(long id) {
        return editing.theme(id).orElseThrow(() -> new NotFoundException("theme " + id));
    }

    private Actor institution(long id) {
        return editing.institution(id).orElseThrow(() -> new NotFoundException("institution " + id));
    }
}
