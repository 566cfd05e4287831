package org.mandato.national;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.mandato.accounts.SignedInUser;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** What people do on the national reporting pages, through the real pages. */
final class NationalRequests {

    private final MockMvc mvc;

    NationalRequests(MockMvc mvc) {
        this.mvc = mvc;
    }

    MockHttpServletResponse post(SignedInUser as, String url, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url).with(csrf());
        if (as != null) {
            request = request.with(user(as));
        }
        for (var field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue().split("\u0000"));
        }
        return perform(request);
    }

    MockHttpServletResponse get(SignedInUser as, String url) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(url).header("Accept-Language", "en");
        if (as != null) {
            request = request.with(user(as));
        }
        return perform(request);
    }

    Document page(SignedInUser as, String url) {
        MockHttpServletResponse response = get(as, url);
        if (response.getStatus() != 200) {
            throw new AssertionError(url + " answered " + response.getStatus() + ": " + body(response));
        }
        return parse(response);
    }

    /** Opens (creating on first use) the national report of a country for a cycle; returns its id. */
    long open(SignedInUser as, String cycle, String country) {
        MockHttpServletResponse response = post(as, "/my/national/open", Map.of("cycle", cycle, "country", country));
        String location = response.getRedirectedUrl();
        if (response.getStatus() != 302 || location == null) {
            throw new AssertionError("open answered " + response.getStatus() + " " + body(response));
        }
        return Long.parseLong(location.replaceAll("^/my/national/(\\d+).*$", "$1"));
    }

    int version(SignedInUser as, long id) {
        return Integer.parseInt(page(as, "/my/national/" + id).selectFirst("[data-version]").attr("data-version"));
    }

    MockHttpServletResponse act(SignedInUser as, long id, String action, String... extra) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", String.valueOf(version(as, id)));
        for (int i = 0; i + 1 < extra.length; i += 2) {
            fields.put(extra[i], extra[i + 1]);
        }
        return post(as, "/my/national/" + id + "/" + action, fields);
    }

    static Document parse(MockHttpServletResponse response) {
        return Jsoup.parse(body(response), "http://localhost/");
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
