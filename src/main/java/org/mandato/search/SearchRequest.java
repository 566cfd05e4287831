package org.mandato.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One search as its URL states it: the words typed, the facet filters chosen, the order and the
 * page. {@link #url(String)} rebuilds the URL, so every search has a permalink. Only the first
 * {@link #PAGED_RESULTS} results can be paged through: finding page {@code n} means ranking the
 * {@code n × 20} best results, so a page number chosen by the client must not size that work.
 */
public record SearchRequest(String query, Map<String, List<String>> filters, String sort, int page) {

    public static final int PAGE_SIZE = 20;
    /** How many results, from the best, the pages of a search reach (as deep as a download lists). */
    public static final int PAGED_RESULTS = 10_000;
    /** The deepest page offered, counted from 0 as in the URL: the 500th, with results 9,981 to 10,000. */
    public static final int LAST_PAGE = PAGED_RESULTS / PAGE_SIZE - 1;
    public static final Set<String> SORTS = Set.of("relevance", "date");
    /** The request parameters a search takes; any other is an error in the API. */
    public static final Set<String> PARAMETERS = Set.of("q", "sort", "page", "lang", "kind", "theme", "institution",
            "country", "summit", "document", "year");

    /**
     * The most words a search reads at once. Each word is looked for in a dozen fields, as the
     * index's nearest word and through the glossary's concepts: about thirty parts of a query, and
     * Lucene refuses a query of more than 1,024 ({@link TooLong}).
     */
    public static final int MOST_WORDS = 32;
    public static final int MOST_CHARACTERS = 1_000;
    /** The most values of one filter chosen at once. */
    public static final int MOST_VALUES = 10;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        sort = sort != null && SORTS.contains(sort) ? sort : "relevance";
        if (page < 0 || page > LAST_PAGE) {
            throw new PageOutOfReach();
        }
        int words = query.length() > MOST_CHARACTERS ? 0 : words(query);
        if (query.length() > MOST_CHARACTERS || words > MOST_WORDS) {
            throw new TooLong("q", words, "parameter 'q' may hold at most " + MOST_WORDS + " words and " + MOST_CHARACTERS
                    + " characters; this one holds " + (words == 0 ? "" : words + " words and ") + query.length()
                    + " characters: shorten it");
        }
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String dimension : SearchFields.FACETS) {
            List<String> values = filters.getOrDefault(dimension, List.of()).stream().filter(v -> v != null && !v.isBlank()).toList();
            if (values.size() > MOST_VALUES) {
                throw new TooLong(dimension, values.size(), "parameter '" + dimension + "' may be given at most " + MOST_VALUES
                        + " times; it is given " + values.size() + " times");
            }
            if (!values.isEmpty()) {
                kept.put(dimension, values);
            }
        }
        filters = Map.copyOf(kept);
    }

    private static int words(String query) {
        return query.isEmpty() ? 0 : query.split("\\s+").length;
    }

    /**
     * The page a URL asks for: 0 when it names none, else a whole number from 0 to {@link #LAST_PAGE};
     * anything else (a word, a negative or deeper page) is refused with {@link PageOutOfReach}.
     */
    public static int page(String parameter) {
        if (parameter == null) {
            return 0;
        }
        // At most four digits before parsing: a number of any length is refused without reading it.
        if (!parameter.matches("\\d{1,4}") || Integer.parseInt(parameter) > LAST_PAGE) {
            throw new PageOutOfReach();
        }
        return Integer.parseInt(parameter);
    }

    /** A page that is not a whole number from 0 to {@link #LAST_PAGE}; its message names the parameter for the API. */
    public static final class PageOutOfReach extends IllegalArgumentException {
        PageOutOfReach() {
            super("parameter 'page' must be a whole number from 0 to " + LAST_PAGE + ": only the first " + PAGED_RESULTS
                    + " results of a search can be paged through; add words or filters to reach the others");
        }
    }

    /**
     * A search asking more than is read at once: too many words or characters ({@code q}), too many
     * values of one filter, or, as Lucene counts them, too many parts in all ({@code given} 0). The
     * message names the parameter, for the API.
     */
    public static final class TooLong extends IllegalArgumentException {
        private final String parameter;
        private final int given;

        TooLong(String parameter, int given, String message) {
            super(message);
            this.parameter = parameter;
            this.given = given;
        }

        public String parameter() {
            return parameter;
        }

        public int given() {
            return given;
        }
    }

    public boolean isEmpty() {
        return query.isEmpty() && filters.isEmpty();
    }

    public boolean hasFilter(String dimension, String value) {
        return filters.getOrDefault(dimension, List.of()).contains(value);
    }

    /** This search at {@code path} (e.g. "/search" or "/search.csv"), as a URL. */
    public String url(String path) {
        return url(path, filters, sort, page);
    }

    public String withFilter(String dimension, String value) {
        Map<String, List<String>> more = new LinkedHashMap<>(filters);
        List<String> values = new java.util.ArrayList<>(more.getOrDefault(dimension, List.of()));
        if (!values.contains(value)) {
            values.add(value);
        }
        more.put(dimension, values);
        return url("/search", more, sort, 0);
    }

    public String withoutFilter(String dimension, String value) {
        Map<String, List<String>> fewer = new LinkedHashMap<>(filters);
        fewer.put(dimension, fewer.getOrDefault(dimension, List.of()).stream().filter(v -> !v.equals(value)).toList());
        return url("/search", fewer, sort, 0);
    }

    public String withPage(int other) {
        return url("/search", filters, sort, other);
    }

    public String withSort(String other) {
        return url("/search", filters, other, 0);
    }

    private String url(String path, Map<String, List<String>> chosen, String order, int onPage) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        if (!query.isEmpty()) {
            builder.queryParam("q", query);
        }
        for (String dimension : SearchFields.FACETS) {
            for (String value : chosen.getOrDefault(dimension, List.of())) {
                builder.queryParam(dimension, value);
            }
        }
        if (!order.equals("relevance")) {
            builder.queryParam("sort", order);
        }
        if (onPage > 0) {
            builder.queryParam("page", onPage);
        }
        return builder.encode().build().toUriString();
    }
}
