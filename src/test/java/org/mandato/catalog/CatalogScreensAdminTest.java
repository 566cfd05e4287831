package org.mandato.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Crawls every catalogue screen from the index and checks what each promises to a person using a
 * screen reader or a keyboard: one h1, the breadcrumb trail, a label for every control, tables
 * with a caption and scoped headers, a CSRF field in every form, and no link to a missing screen.
 */
class CatalogScreensAdminTest extends CatalogAdminTestSupport {

    @Test
    void everyScreenHasTheStructureItPromises() {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(ROOT));
        List<String> problems = new ArrayList<>();
        while (!queue.isEmpty()) {
            String url = queue.removeFirst();
            if (!seen.add(url)) {
                continue;
            }
            var response = perform(get(url).header("Accept-Language", "en"), secretariat());
            if (response.getStatus() != 200) {
                problems.add(url + ": status " + response.getStatus());
                continue;
            }
            Document page = page(url);
            problems.addAll(structureProblems(url, page));
            for (Element link : page.select("main a[href^=" + ROOT + "]")) {
                queue.add(URI.create(link.attr("href")).getPath());
            }
        }
        assertThat(seen).as("screens crawled").hasSizeGreaterThan(150)
                .contains(ROOT + "/summits/new", ROOT + "/themes/new", ROOT + "/institutions/new");
        assertThat(problems).isEmpty();
    }

    @Test
    void screensSpeakSpanish() {
        Document index = spanish(ROOT);
        assertThat(index.selectFirst("h1").text()).isEqualTo("Catálogo");
        assertThat(index.select("nav.breadcrumbs li").eachText()).containsExactly("Inicio", "Secretaría", "Catálogo");
        assertThat(spanish(ROOT + "/themes/new").select("label[for=slug]").text()).startsWith("Identificador (slug)");

        var response = send(ROOT + "/themes/new?lang=es", Form.of("slug", "Agua", "name-en", ""), secretariat());
        assertThat(response.getStatus()).isEqualTo(422);
        String body = contentOf(response);
        assertThat(body).contains("El campo «Identificador (slug)» solo admite letras minúsculas a-z, cifras y guiones; Agua no cumple esa regla.",
                "El campo «Nombre» en inglés es obligatorio.");
    }

    @Test
    void rejectedFormLeadsFromTheSummaryToEachField() {
        Document page = rejected(ROOT + "/themes/new", Form.of("slug", "", "name-en", ""), "slug", "Slug is required.");

        assertThat(page.select("#error-summary[role=alert] a").eachAttr("href")).containsExactly("#slug", "#name-en");
        assertThat(page.getElementById("name-en").attr("aria-describedby")).isEqualTo("name-en-error");
        assertThat(page.getElementById("name-es").attr("aria-invalid")).isEqualTo("false");
        assertThat(page.getElementById("name-es").hasAttr("aria-describedby")).isFalse();
        assertThat(page.select("h1")).hasSize(1);
    }

    static List<String> structureProblems(String url, Document page) {
        List<String> problems = new ArrayList<>();
        if (page.select("h1").size() != 1) {
            problems.add(url + ": " + page.select("h1").size() + " h1 elements");
        }
        if (page.title().isBlank()) {
            problems.add(url + ": no title");
        }
        List<Element> crumbs = page.select("nav.breadcrumbs li");
        if (crumbs.size() < 3 || !crumbs.get(0).select("a[href=/]").hasText()
                || !crumbs.get(1).select("a[href=/secretariat]").hasText() || !crumbs.get(2).text().equals("Catalogue")
                || crumbs.get(crumbs.size() - 1).select("[aria-current=page]").isEmpty()) {
            problems.add(url + ": breadcrumbs " + crumbs.stream().map(Element::text).toList());
        }
        for (Element control : page.select("main input:not([type=hidden]), main select, main textarea")) {
            String id = control.id();
            if (id.isEmpty() || page.select("label[for=" + id + "]").size() != 1) {
                problems.add(url + ": control " + control.attr("name") + " has no label of its own");
            }
        }
        for (Element table : page.select("main table")) {
            if (table.select("caption").text().isBlank()) {
                problems.add(url + ": table without caption");
            }
            if (table.select("th:not([scope])").size() > 0) {
                problems.add(url + ": th without scope");
            }
        }
        for (Element form : page.select("main form[method=post]")) {
            if (form.select("input[type=hidden][name=_csrf]").isEmpty()) {
                problems.add(url + ": form without CSRF field");
            }
        }
        Set<String> ids = new HashSet<>();
        for (Element element : page.select("[id]")) {
            if (!ids.add(element.id())) {
                problems.add(url + ": id " + element.id() + " twice");
            }
        }
        return problems;
    }

    private Document spanish(String url) {
        var response = perform(get(url).header("Accept-Language", "es"), secretariat());
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(contentOf(response));
    }

    private static String contentOf(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }
}
