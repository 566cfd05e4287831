package org.mandato.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One search as its URL states it: the words typed, the facet filters chosen, the order and the
 * page. {@link #url(String)} rebuilds the URL, so every search has a permalink.
 */
public record SearchRequest(String query, Map<String, List<String>> filters, String sort, int page) {

    public static final int PAGE_SIZE = 20;
    public static final Set<String> SORTS = Set.of("relevance", "date");
    /** The request parameters a search takes; any other is an error in the API. */
    public static final Set<String> PARAMETERS = Set.of("q", "sort", "page", "lang", "kind", "theme", "institution",
            "country", "summit", "document", "year");

    public SearchRequest {
        query = query == null ? "" : query.strip();
        sort = sort != null && SORTS.contains(sort) ? sort : "relevance";
        page = Math.max(0, page);
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String dimension : SearchFields.FACETS) {
            List<String> values = filters.getOrDefault(dimension, List.of()).stream().filter(v -> v != null && !v.isBlank()).toList();
            if (!values.isEmpty()) {
                kept.put(dimension, values);
            }
        }
        filters = Map.copyOf(kept);
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
