package org.mandato;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Fetches pages through MockMvc and parses them as a browser would, for tests that read what a person sees. */
public final class WebPages {

    private final MockMvc mvc;

    public WebPages(MockMvc mvc) {
        this.mvc = mvc;
    }

    public Document page(String url) {
        MockHttpServletResponse response = fetch(url, "en");
        if (response.getStatus() != 200) {
            throw new AssertionError(url + " answered " + response.getStatus());
        }
        return parse(url, response);
    }

    public Document page(String url, String acceptLanguage) {
        return parse(url, fetch(url, acceptLanguage));
    }

    public MockHttpServletResponse fetch(String url, String acceptLanguage) {
        try {
            return mvc.perform(get(url).header("Accept-Language", acceptLanguage)).andReturn().getResponse();
        } catch (Exception e) {
            throw new AssertionError(url + " failed", e);
        }
    }

    private static Document parse(String url, MockHttpServletResponse response) {
        try {
            return Jsoup.parse(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "http://localhost" + url);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }
}
