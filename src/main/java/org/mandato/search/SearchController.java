package org.mandato.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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
        } catch (SearchRequest.TooLong tooLong) {
            return tooLong(request, response, model, tooLong);
        }
        try {
            model.addAttribute("page", search.search(searchRequest, lang(request)));
            return "search/results";
        } catch (SearchRequest.TooLong tooLong) {
            return tooLong(request, response, model, tooLong);
        } catch (SearchIndex.NotReady notReady) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            model.addAttribute("query", java.util.Objects.requireNonNullElse(request.getParameter("q"), ""));
            return "search/starting";
        }
    }

    /** A search asking more than is read at once: said, with the words typed kept in the box to shorten them. */
    private static String tooLong(HttpServletRequest request, HttpServletResponse response, Model model, SearchRequest.TooLong tooLong) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("query", java.util.Objects.requireNonNullElse(request.getParameter("q"), "").strip());
        model.addAttribute("tooLong", tooLong);
        return "search/tooLong";
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
    @Operation(summary = "Search reports, paragraphs and national report entries",
            description = "Words in any of the four languages: several plain words need about half of them, best first; quotes, "
                    + "AND, OR, NOT and field filters keep their meaning; a run of words naming a glossary concept also finds "
                    + "its terms in the other languages; a word found nowhere is also searched as the index's nearest word. "
                    + "expansionsUsed says which of these widened the query, and the fields it names say how. "
                    + "At most 32 words and 1,000 characters in q, 10 values of one filter, pages 0 to 499.")
    @ApiResponse(responseCode = "200", description = "A page of results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ApiResults.class)))
    @ApiResponse(responseCode = "400", description = "An unknown parameter, a sort other than relevance or date, a page out of "
            + "reach, or too many words or filter values: a problem whose detail names the parameter",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
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
     * The JSON form of results, the same for the API and the download; its fields are described for
     * the OpenAPI description ({@code /v3/api-docs}) by their {@link Schema} annotations.
     */
    @Schema(name = "SearchResults", description = "A page of search results, with how the words typed were read and widened.")
    record ApiResults(
            @Schema(description = "The words typed.") String query,
            @Schema(description = "The filters chosen, by dimension.") Map<String, List<String>> filters,
            @Schema(description = "relevance or date.") String sort,
            int page, int pageSize, long total,
            @Schema(description = "Whether the total is an estimate from a sample, rounded to three significant digits "
                    + "(searches matching very many documents); a download's total is always exact.") boolean totalEstimated,
            List<ApiHit> results, Map<String, Map<String, Long>> facets,
            @Schema(description = "Whether the facet counts are estimates from a sample.") boolean facetCountsEstimated,
            @ArraySchema(arraySchema = @Schema(description = "What widened the words typed, by name: glossary (see expansions), "
                    + "spelling (see corrections), mostWords (see wordsNeeded), plainWords (see queryRelaxed). Empty when the "
                    + "words were searched exactly as typed."),
                    schema = @Schema(allowableValues = {"glossary", "spelling", "mostWords", "plainWords"})) List<String> expansionsUsed,
            @Schema(description = "The glossary concepts the words named, each with the words that named it (typed), the language "
                    + "they were read in and the concept's terms in every language, all searched as well at a lower weight than "
                    + "the words typed; an acronym (kind acronym) is searched only as written.") List<SearchResults.Expansion> expansions,
            @Schema(description = "Words found nowhere in the index (typed) and the index's nearest words (suggested), searched as well.")
            List<SearchResults.Correction> corrections,
            @Schema(description = "The query with the corrections in place; null when there is none.", nullable = true) String didYouMean,
            @Schema(description = "Each group of several plain words typed without operators, with how many of its words a result "
                    + "needs (half, rounded up); results holding more of them come first. Empty when every word was needed "
                    + "(one word, or words joined by AND, OR, NOT, quotes or + and -).") List<SearchResults.WordsNeeded> wordsNeeded,
            @Schema(description = "Whether part of the query could not be read as search syntax, so its words were searched as plain words.")
            boolean queryRelaxed,
            @Schema(description = "When nothing matched: broader searches that do match.") List<ApiBroader> broader,
            @Schema(description = "When nothing matched: themes to browse.") List<SearchResults.ThemeLink> themes) {

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
                    results.facetCountsEstimated(), results.expansionsUsed(), guidance.expansions(), guidance.corrections(),
                    guidance.didYouMean(), guidance.wordsNeeded(), results.queryRelaxed(),
                    guidance.broader().stream().map(ApiBroader::of).toList(), guidance.themes());
        }
    }

    /** One result. */
    @Schema(name = "SearchHit")
    record ApiHit(String kind, long id, String url, String label, String title, String date, String author, String document,
                  List<String> themes, String snippet, String snippetLanguage,
                  @Schema(description = "The language of the title or text the words matched in (en, es, pt, fr); null when "
                          + "only a theme name matched.", nullable = true) String matchedLanguage,
                  @Schema(description = "When only the glossary's terms found this result: the words typed, the term it holds "
                          + "and that term's language.") List<SearchResults.GlossaryNote> glossary) {

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

    /** Too many words or filter values in the API or a download, said as {@link #problem}. */
    @ExceptionHandler(SearchRequest.TooLong.class)
    ResponseEntity<Map<String, Object>> tooLong(SearchRequest.TooLong tooLong) {
        return problem(tooLong.getMessage());
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
