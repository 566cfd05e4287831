package org.mandato.exchange;

import jakarta.servlet.http.HttpServletResponse;

import org.mandato.catalog.Catalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The Secretariat's upload of a saved legacy page: check it (a dry run), then import it. */
@Controller
class LegacyImportController {

    static final String PATH = "/secretariat/import/legacy";

    private final LegacyImporter importer;
    private final Catalog catalog;

    LegacyImportController(LegacyImporter importer, Catalog catalog) {
        this.importer = importer;
        this.catalog = catalog;
    }

    @GetMapping(PATH)
    String form(Model model) {
        return page("", "", null, model);
    }

    @PostMapping(PATH)
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String theme,
                  @RequestParam(defaultValue = "") String institution, @RequestParam(defaultValue = "check") String action,
                  HttpServletResponse response, Model model) {
        var request = file == null
                ? new LegacyImportRequest("", 0, null, theme, institution)
                : new LegacyImportRequest(file.getOriginalFilename(), file.getSize(), file, theme, institution);
        LegacyImportResult result = "import".equals(action) ? importer.run(request) : importer.check(request);
        if (!result.ok()) {
            response.setStatus(422);
        }
        return page(theme, institution, result, model);
    }

    private String page(String theme, String institution, LegacyImportResult result, Model model) {
        model.addAttribute("page", new LegacyImportPage(catalog.themes(), catalog.institutions(), theme, institution, result));
        return "exchange/legacy";
    }
}
