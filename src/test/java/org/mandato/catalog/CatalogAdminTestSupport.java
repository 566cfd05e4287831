package org.mandato.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.mandato.MandatoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the tests of the Secretariat's catalogue screens share: a signed-in Secretariat, forms to
 * post, and a look at every catalogue table to prove a rejected form wrote nothing.
 */
@MandatoTest
abstract class CatalogAdminTestSupport {

    static final String ROOT = "/secretariat/catalog";

    /** Every table the catalogue screens write to. */
    static final List<String> CATALOG_TABLES = List.of("summit", "summit_text", "document", "document_text",
            "paragraph", "paragraph_text", "paragraph_theme", "theme", "theme_text", "actor", "actor_text");

    /**
     * These tests add summits, themes and institutions. A database of their own keeps the counts
     * other test classes rely on (13 institutions, ...) true, whatever order the classes run in.
     */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () ->
                "jdbc:h2:mem:catalog-admin;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor secretariat() {
        return user("secretariat").roles("SECRETARIAT");
    }

    /** A page as the Secretariat sees it; fails unless it answers 200. */
    Document page(String url) {
        return parse(url, expect(200, perform(get(url).header("Accept-Language", "en"), secretariat())));
    }

    /** A public page as an anonymous reader sees it. */
    Document publicPage(String url) {
        return parse(url, expect(200, perform(get(url).header("Accept-Language", "en"))));
    }

    int publicStatus(String url) {
        return perform(get(url)).getStatus();
    }

    /** Posts the form as the Secretariat and expects to be sent back to {@code list} with a "saved" notice. */
    void submit(String url, Form form, String list) {
        MockHttpServletResponse response = expect(302, send(url, form, secretariat()));
        assertThat(response.getRedirectedUrl()).isEqualTo(list + "?saved=true");
        assertThat(page(list + "?saved=true").select("[role=status]").text()).isEqualTo("The changes have been saved.");
    }

    /**
     * Posts the form as the Secretariat and expects it back with status 422: the error summary links
     * to {@code field}, whose error says {@code message}; the field is marked invalid and described
     * by that error; no catalogue table changed. Answers the form page as shown.
     */
    Document rejected(String url, Form form, String field, String message) {
        Map<String, List<Map<String, Object>>> before = catalogContents();
        MockHttpServletResponse response = send(url, form, secretariat());
        Document page = parse(url, expect(422, response));
        assertThat(catalogContents()).as("catalogue after a rejected form").isEqualTo(before);

        assertThat(page.select("#error-summary a[href=#" + field + "]")).as("summary link to " + field).isNotEmpty();
        Element error = page.getElementById(field + "-error");
        assertThat(error).as("error of " + field).isNotNull();
        assertThat(error.text()).contains(message);
        Element control = page.getElementById(field);
        assertThat(control).as("control " + field).isNotNull();
        assertThat(control.attr("aria-describedby")).contains(field + "-error");
        if (control.is("input, select, textarea")) {
            assertThat(control.attr("aria-invalid")).isEqualTo("true");
        }
        return page;
    }

    MockHttpServletResponse send(String url, Form form, RequestPostProcessor... as) {
        MockHttpServletRequestBuilder request = post(url).with(csrf()).header("Accept-Language", "en");
        form.values().forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        return perform(request, as);
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request, RequestPostProcessor... as) {
        for (RequestPostProcessor processor : as) {
            request.with(processor);
        }
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new AssertionError(request + " failed", e);
        }
    }

    /** Every row of every catalogue table, to compare before and after a request. */
    Map<String, List<Map<String, Object>>> catalogContents() {
        Map<String, List<Map<String, Object>>> contents = new LinkedHashMap<>();
        for (String table : CATALOG_TABLES) {
            contents.put(table, jdbc.sql("select * from " + table + " order by 1, 2").query().listOfRows());
        }
        return contents;
    }

    /** The one id {@code sql} selects, with its one named parameter. */
    long idOf(String sql, String name, Object value) {
        return jdbc.sql(sql).param(name, value).query(Long.class).single();
    }

    /** The form as the page shows it, to post back with one change. */
    static Form currentValues(Document page) {
        Form form = Form.of();
        for (var control : page.select("form.form input[name]:not([type=hidden]), form.form textarea[name], form.form select[name]")) {
            if (control.is("[type=checkbox]") && !control.hasAttr("checked")) {
                continue;
            }
            String value = control.is("select") ? control.select("option[selected]").val() : control.val();
            form = form.values().containsKey(control.attr("name")) && control.is("[type=checkbox]")
                    ? form.with(control.attr("name"), append(form.values().get(control.attr("name")), value))
                    : form.with(control.attr("name"), value);
        }
        return form;
    }

    private static String[] append(List<String> values, String value) {
        var all = new ArrayList<>(values);
        all.add(value);
        return all.toArray(String[]::new);
    }

    private static MockHttpServletResponse expect(int status, MockHttpServletResponse response) {
        assertThat(response.getStatus()).as("status (redirect: " + response.getRedirectedUrl() + ")").isEqualTo(status);
        return response;
    }

    private static Document parse(String url, MockHttpServletResponse response) {
        try {
            return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "http://localhost" + url);
        } catch (UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    /** The fields of a form to post; {@link #with} answers a copy with one field changed, to vary a valid form. */
    record Form(Map<String, List<String>> values) {

        static Form of(String... namesAndValues) {
            Form form = new Form(new LinkedHashMap<>());
            for (int i = 0; i < namesAndValues.length; i += 2) {
                form.values.computeIfAbsent(namesAndValues[i], k -> new ArrayList<>()).add(namesAndValues[i + 1]);
            }
            return form;
        }

        Form with(String name, String... values) {
            Map<String, List<String>> copy = new LinkedHashMap<>(this.values);
            copy.put(name, List.of(values));
            return new Form(copy);
        }
    }
}
