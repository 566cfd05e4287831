package org.mandato.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mandato.web.CsvFiles;
import org.mandato.web.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The search page, its downloads (exactly the filtered set) and the search API. */
@Controller
class SearchController {

    private static final String RETRY_AFTER_SECONDS = "10";

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    /**
     * While the index is built for the first time (a new data folder, an upgrade to a new index
     * format) everything but search works: the page says so, and when to ask again.
     */
    @GetMapping("/search")
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        SearchRequest searchRequest;
        try {
            searchRequest = requestOf(request);
        } catch (SearchRequest.PageOutOfReach outOfReach) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("firstPage", requestOf(request, 0));
            return "search/pageOutOfReach";
        }
        try {
            model.addAttribute("page", search.search(searchRequest, lang(request)));
            return "search/results";
        } catch (SearchIndex.NotReady notReady) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            model.addAttribute("query", java.util.Objects.requireNonNullElse(request.getParameter("q"), ""));
            return "search/starting";
        }
    }

    @GetMapping(value = "/search.csv", produces = "text/csv")
    ResponseEntity<String> csv(HttpServletRequest request) {
        SearchResults results = search.export(requestOf(request), lang(request));
        List<List<Object>> rows = results.hits().stream().map(hit -> Arrays.<Object>asList(hit.kind(), hit.id(), hit.path(),
                hit.label(), hit.titleText(), hit.date(), hit.author(), hit.document(), String.join("; ", hit.themes()),
                hit.snippetText())).toList();
        return CsvFiles.download("mandato-search.csv",
                List.of("kind", "id", "url", "label", "title", "date", "author", "document", "themes", "snippet"), rows);
    }

    @GetMapping(value = "/search.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApiResults> json(HttpServletRequest request) {
        ApiResults body = ApiResults.of(search.export(requestOf(request), lang(request)));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mandato-search.json\"")
                .body(body);
    }

    @GetMapping(value = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> api(HttpServletRequest request) {
        for (String name : request.getParameterMap().keySet()) {
            if (!SearchRequest.PARAMETERS.contains(name)) {
                return problem("unknown parameter '" + name + "'; known: " + String.join(", ", SearchRequest.PARAMETERS.stream().sorted().toList()));
            }
        }
        String sort = request.getParameter("sort");
        if (sort != null && !SearchRequest.SORTS.contains(sort)) {
            return problem("parameter 'sort' must be 'relevance' or 'date'");
        }
        return ResponseEntity.ok(ApiResults.of(search.search(requestOf(request), lang(request))));
    }

    /**
     * The JSON form of results, the same for the API and the download. {@code totalEstimated} and
     * {@code facetCountsEstimated} tell whether the total and the facet counts are estimates from a
     * sample, rounded to three significant digits (searches matching very many documents); a
     * download's total is always exact. {@code expansions} lists the glossary concepts the words
     * named, each with the words that named it, the language they were read in and the terms searched
     * as well in every language; {@code corrections} the words found nowhere and the nearest words
     * searched as well, {@code didYouMean} the query with them in place; when nothing matched,
     * {@code broader} lists broader searches that match and {@code themes} themes to browse.
     */
    record ApiResults(String query, Map<String, List<String>> filters, String sort, int page, int pageSize, long total,
                      boolean totalEstimated, List<ApiHit> results, Map<String, Map<String, Long>> facets,
                      boolean facetCountsEstimated, List<SearchResults.Expansion> expansions,
                      List<SearchResults.Correction> corrections, String didYouMean, List<ApiBroader> broader,
                      List<SearchResults.ThemeLink> themes) {

        static ApiResults of(SearchResults results) {
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            results.facets().forEach(f -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                f.values().forEach(v -> counts.put(v.value(), v.count()));
                facets.put(f.dimension(), counts);
            });
            SearchRequest request = results.request();
            SearchResults.Guidance guidance = results.guidance();
            return new ApiResults(request.query(), request.filters(), request.sort(), request.page(), SearchRequest.PAGE_SIZE,
                    results.total(), results.totalEstimated(), results.hits().stream().map(ApiHit::of).toList(), facets,
                    results.facetCountsEstimated(), guidance.expansions(), guidance.corrections(), guidance.didYouMean(),
                    guidance.broader().stream().map(ApiBroader::of).toList(), guidance.themes());
        }
    }

    /**
     * One result. {@code matchedLanguage}: the language of the title or text the words matched in;
     * {@code glossary}: when only the glossary's terms found it, the words typed and the term found.
     */
    record ApiHit(String kind, long id, String url, String label, String title, String date, String author, String document,
                  List<String> themes, String snippet, String snippetLanguage, String matchedLanguage,
                  List<SearchResults.GlossaryNote> glossary) {

        static ApiHit of(SearchResults.Hit hit) {
            return new ApiHit(hit.kind(), hit.id(), hit.path(), hit.label(), hit.titleText(), hit.date(), hit.author(),
                    hit.document(), hit.themes(), hit.snippetText(), hit.snippetLanguage(), hit.matchedLanguage(), hit.glossary());
        }
    }

    /** A broader search: what it leaves out ({@code kind} word, filter or phrase), its query and filters, its address and count. */
    record ApiBroader(String kind, String removed, String dimension, String query, Map<String, List<String>> filters, String url,
                      long total) {

        static ApiBroader of(SearchResults.Broader broader) {
            return new ApiBroader(broader.kind(), broader.removed(), broader.dimension(), broader.request().query(),
                    broader.request().filters(), broader.url(), broader.total());
        }
    }

    /** The downloads and the API while the index is built for the first time: see {@link #page}. */
    @ExceptionHandler(SearchIndex.NotReady.class)
    ResponseEntity<Map<String, Object>> notReady() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Map.of("type", "about:blank", "title", "Service Unavailable", "status", 503,
                        "detail", "the search index is being built; ask again in a few seconds"));
    }

    /** A page number in the API or a download that is not a whole number from 0 to {@link SearchRequest#LAST_PAGE}. */
    @ExceptionHandler(SearchRequest.PageOutOfReach.class)
    ResponseEntity<Map<String, Object>> pageOutOfReach(SearchRequest.PageOutOfReach outOfReach) {
        return problem(outOfReach.getMessage());
    }

    private static ResponseEntity<Map<String, Object>> problem(String detail) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Map.of("type", "about:blank", "title", "Bad Request", "status", 400, "detail", detail));
    }

    static SearchRequest requestOf(HttpServletRequest request) {
        return requestOf(request, SearchRequest.page(request.getParameter("page")));
    }

    private static SearchRequest requestOf(HttpServletRequest request, int page) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dimension : SearchFields.FACETS) {
            String[] values = request.getParameterValues(dimension);
            if (values != null) {
                filters.put(dimension, Arrays.asList(values));
            }
        }
        return new SearchRequest(request.getParameter("q"), filters, request.getParameter("sort"), page);
    }

    private static String lang(HttpServletRequest request) {
        return Language.of(RequestContextUtils.getLocale(request)).code();
    }
}
