package org.mandato.api;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The API's page for people: every endpoint, its parameters, and where the machine description is. */
@Controller
class ApiPageController {

    static final List<ApiPage.Endpoint> ENDPOINTS = List.of(
            new ApiPage.Endpoint("GET", "/api/v1/summits", "", "api.summits"),
            new ApiPage.Endpoint("GET", "/api/v1/summits/{slug}", "", "api.summit"),
            new ApiPage.Endpoint("GET", "/api/v1/documents", "summit", "api.documents"),
            new ApiPage.Endpoint("GET", "/api/v1/paragraphs", "document, theme, page, per_page", "api.paragraphs"),
            new ApiPage.Endpoint("GET", "/api/v1/themes", "", "api.themes"),
            new ApiPage.Endpoint("GET", "/api/v1/institutions", "", "api.institutions"),
            new ApiPage.Endpoint("GET", "/api/v1/countries", "", "api.countries"),
            new ApiPage.Endpoint("GET", "/api/v1/reports", "theme, institution, country, summit, document, paragraph, from, to, language, "
                    + "updated_since, page, per_page", "api.reports"),
            new ApiPage.Endpoint("GET", "/api/v1/reports/{id}", "", "api.report"),
            new ApiPage.Endpoint("GET", "/api/v1/search", "q, kind, theme, institution, country, summit, document, year, sort, page, lang",
                    "api.search"),
            new ApiPage.Endpoint("GET", "/api/v1/cycles", "", "api.cycles"),
            new ApiPage.Endpoint("GET", "/api/v1/national-reports", "cycle, country, page, per_page", "api.nationalReports"),
            new ApiPage.Endpoint("GET", "/api/v1/national-reports/{id}", "", "api.nationalReport"),
            new ApiPage.Endpoint("POST", "/api/v1/reports", "JSON: date, originalLanguage, titles, bodies, themes, citations, author",
                    "api.write.create"),
            new ApiPage.Endpoint("PUT", "/api/v1/reports/{id}", "JSON: the same, with version", "api.write.update"),
            new ApiPage.Endpoint("POST", "/api/v1/reports/{id}/submit", "JSON: version", "api.write.submit"));

    @GetMapping("/api")
    String page(Model model) {
        model.addAttribute("page", new ApiPage(ENDPOINTS));
        return "api/index";
    }
}
