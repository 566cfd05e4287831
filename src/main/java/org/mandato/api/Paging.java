package org.mandato.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Link (RFC 8288) and X-Total-Count headers of a paginated listing; pages count from 1. */
final class Paging {

    private Paging() {
    }

    static HttpHeaders headers(HttpServletRequest request, long total, int page, int perPage) {
        int last = (int) Math.max(1, (total + perPage - 1) / perPage);
        List<String> links = new ArrayList<>();
        links.add(link(request, 1, perPage, "first"));
        if (page > 1) {
            links.add(link(request, page - 1, perPage, "prev"));
        }
        if (page < last) {
            links.add(link(request, page + 1, perPage, "next"));
        }
        links.add(link(request, last, perPage, "last"));
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.LINK, String.join(", ", links));
        headers.add("X-Total-Count", String.valueOf(total));
        return headers;
    }

    private static String link(HttpServletRequest request, int page, int perPage, String rel) {
        String url = ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("page", page).replaceQueryParam("per_page", perPage).build().toUriString();
        return "<" + url + ">; rel=\"" + rel + "\"";
    }
}
