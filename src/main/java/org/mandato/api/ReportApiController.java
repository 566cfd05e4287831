package org.mandato.api;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.mandato.api.ApiModels.ReportJson;
import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Summit;
import org.mandato.catalog.Theme;
import org.mandato.reporting.ReportFilter;
import org.mandato.reporting.ReportPage;
import org.mandato.reporting.Reports;
import org.mandato.reporting.ReportWorkflow;
import org.mandato.accounts.ApiTokenAuthentication;
import org.mandato.accounts.SignedInUser;
import org.mandato.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Published reports as JSON, filtered and paginated; drafts never appear here. */
@RestController
@RequestMapping(value = "/api/v1", produces = "application/json")
class ReportApiController {

    static final Set<String> FILTERS = Set.of("theme", "institution", "country", "summit", "document", "paragraph", "from",
            "to", "language", "updated_since", "page", "per_page");

    private final Reports reports;
    private final Catalog catalog;
    private final ReportWorkflow workflow;

    ReportApiController(Reports reports, Catalog catalog, ReportWorkflow workflow) {
        this.reports = reports;
        this.catalog = catalog;
        this.workflow = workflow;
    }

    /**
     * Published reports, newest first (by date, then id). Filters: theme (with its sub-themes),
     * institution, country, summit, document ({@code summit/document}), paragraph
     * ({@code summit/document/number-slug}), from/to (report dates), language (a text exists in it),
     * updated_since (ISO date or timestamp).
     */
    @GetMapping("/reports")
    ResponseEntity<List<ReportJson>> reports(HttpServletRequest request) {
        ApiRequest params = ApiRequest.of(request, FILTERS);
        ReportFilter filter = filter(params);
        int page = params.page();
        int perPage = params.perPage();
        ReportPage result = reports.publishedPage(filter, page, perPage);
        var response = ResponseEntity.ok().headers(Paging.headers(request, result.total(), page + 1, perPage));
        if (result.lastModified() != null) {
            response = response.lastModified(result.lastModified().toInstant());
        }
        return response.body(result.reports().stream().map(ReportJson::of).toList());
    }

    /** A published report; with a token, also a report in any status that the token's owner may see. */
    @GetMapping("/reports/{id}")
    ReportJson report(@PathVariable long id, HttpServletRequest request) {
        ApiRequest.of(request, Set.of());
        var published = reports.published(id);
        if (published.isPresent()) {
            return ReportJson.of(published.get());
        }
        SignedInUser user = ApiTokenAuthentication.currentUser()
                .orElseThrow(() -> new NotFoundException("no published report " + id));
        return ReportJson.of(workflow.view(user, id).report());
    }

    private ReportFilter filter(ApiRequest params) {
        Set<Long> themes = Set.of();
        String themeSlug = params.text("theme");
        if (themeSlug != null) {
            Theme theme = catalog.theme(themeSlug).orElseThrow(() -> new ApiRequest.BadParameter("theme", "no theme '" + themeSlug + "'"));
            themes = catalog.themeAndDescendants(theme);
        }
        Long author = null;
        String institution = params.text("institution");
        String country = params.text("country");
        if (institution != null && country != null) {
            throw new ApiRequest.BadParameter("country", "give either institution or country");
        }
        if (institution != null) {
            author = catalog.institution(institution).map(Actor::id)
                    .orElseThrow(() -> new ApiRequest.BadParameter("institution", "no institution '" + institution + "'"));
        }
        if (country != null) {
            author = catalog.country(country.toLowerCase(java.util.Locale.ROOT)).map(Actor::id)
                    .orElseThrow(() -> new ApiRequest.BadParameter("country", "no country '" + country + "'"));
        }
        Long summit = null;
        String summitSlug = params.text("summit");
        if (summitSlug != null) {
            summit = catalog.summit(summitSlug).map(Summit::id)
                    .orElseThrow(() -> new ApiRequest.BadParameter("summit", "no summit '" + summitSlug + "'"));
        }
        Long document = null;
        String documentPath = params.text("document");
        if (documentPath != null) {
            document = documentAt(documentPath, "document").id();
        }
        Long paragraph = null;
        String paragraphPath = params.text("paragraph");
        if (paragraphPath != null) {
            int cut = paragraphPath.lastIndexOf('/');
            Document of = cut > 0 ? documentAt(paragraphPath.substring(0, cut), "paragraph") : null;
            paragraph = of == null ? null : catalog.paragraph(of, paragraphPath.substring(cut + 1)).map(Paragraph::id).orElse(null);
            if (paragraph == null) {
                throw new ApiRequest.BadParameter("paragraph", "no paragraph '" + paragraphPath + "' (write summit/document/number)");
            }
        }
        String language = params.text("language");
        if (language != null && !List.of("en", "es", "pt", "fr").contains(language)) {
            throw new ApiRequest.BadParameter("language", "must be en, es, pt or fr");
        }
        var from = params.date("from");
        var to = params.date("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new ApiRequest.BadParameter("to", "is before from");
        }
        var updatedSince = params.timestamp("updated_since");
        return new ReportFilter(themes, author, summit, document, paragraph, from, to, language,
                updatedSince == null ? null : updatedSince.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private Document documentAt(String path, String parameter) {
        String[] parts = path.split("/");
        return (parts.length == 2 ? catalog.document(parts[0], parts[1]) : java.util.Optional.<Document>empty())
                .orElseThrow(() -> new ApiRequest.BadParameter(parameter, "no document '" + path + "' (write summit-slug/document-slug)"));
    }
}
