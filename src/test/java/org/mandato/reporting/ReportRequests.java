package org.mandato.reporting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.mandato.accounts.SignedInUser;
import org.mandato.catalog.Catalog;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Requests a person makes while writing and reviewing reports, through the real pages. */
final class ReportRequests {

    private final MockMvc mvc;
    private final Catalog catalog;

    ReportRequests(MockMvc mvc, Catalog catalog) {
        this.mvc = mvc;
        this.catalog = catalog;
    }

    /** A valid editor form: a migration report in English citing Port of Spain ¶17. */
    Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("date", "2026-03-02");
        form.put("originalLanguage", "en");
        form.put("body-en", body);
        form.put("themes", String.valueOf(catalog.theme("migration").orElseThrow().id()));
        form.put("citations", "Port of Spain 17");
        return form;
    }

    MockHttpServletResponse post(SignedInUser as, String url, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url).with(csrf());
        if (as != null) {
            request = request.with(user(as));
        }
        for (var field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue().split("\u0000"));
        }
        return perform(request);
    }

    MockHttpServletResponse get(SignedInUser as, String url) {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url);
        if (as != null) {
            request = request.with(user(as));
        }
        return perform(request);
    }

    Document page(SignedInUser as, String url) {
        MockHttpServletResponse response = get(as, url);
        if (response.getStatus() != 200) {
            throw new AssertionError(url + " answered " + response.getStatus());
        }
        return parse(response);
    }

    /** Creates a report through the editor and returns its id. */
    long create(SignedInUser as, Map<String, String> fields) {
        MockHttpServletResponse response = post(as, "/my/reports/new", fields);
        String location = response.getRedirectedUrl();
        if (response.getStatus() != 302 || location == null || !location.startsWith("/my/reports/")) {
            throw new AssertionError("create answered " + response.getStatus() + " " + body(response));
        }
        return Long.parseLong(location.replaceAll("^/my/reports/(\\d+).*$", "$1"));
    }

    int version(SignedInUser as, long id) {
        return Integer.parseInt(page(as, "/my/reports/" + id).selectFirst("input[name=version]").val());
    }

    MockHttpServletResponse act(SignedInUser as, long id, String action, String... extra) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", String.valueOf(versionAny(id)));
        for (int i = 0; i + 1 < extra.length; i += 2) {
            fields.put(extra[i], extra[i + 1]);
        }
        return post(as, "/my/reports/" + id + "/" + action, fields);
    }

    private int versionAny(long id) {
        return Integer.parseInt(page(org.mandato.accounts.TestUsers.secretariat(), "/my/reports/" + id)
                .selectFirst(".status").parent().text().replaceAll("^.*version (\\d+).*$", "$1"));
    }

    static Document parse(MockHttpServletResponse response) {
        return Jsoup.parse(body(response));
    }

    static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
