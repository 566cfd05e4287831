package org.mandato.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.mandato.WebPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Crawls every public page reachable from the home page (in English and Spanish) and checks the
 * structure every page promises: lang, title, one h1, landmarks, a skip link that comes first and
 * lands on main, breadcrumbs, a language switch, and no link to a page that does not exist.
 */
@MandatoTest
class PageStructureTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyPublicPageHasTheCommonStructure() {
        WebPages pages = new WebPages(mvc);
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/?lang=es", "/?lang=pt", "/?lang=fr"));
        List<String> problems = new ArrayList<>();
        while (!queue.isEmpty()) {
            String url = queue.removeFirst();
            if (!seen.add(url)) {
                continue;
            }
            var response = pages.fetch(url, "en");
            if (response.getStatus() != 200) {
                problems.add(url + ": status " + response.getStatus());
                continue;
            }
            String type = response.getContentType();
            if (type == null || !type.startsWith("text/html")) {
                // Downloads, feeds and API answers linked from pages: they must answer, but they are not pages.
                continue;
            }
            Document page = pages.page(url);
            problems.addAll(structureProblems(url, page));
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href");
                boolean signedInArea = href.startsWith("/account/") || href.startsWith("/my/") || href.startsWith("/secretariat");
                if (href.startsWith("/") && !href.startsWith("//") && !signedInArea) {
                    String target = URI.create(href).getPath() + (href.contains("?") ? href.substring(href.indexOf('?')) : "");
                    // Follow every path once, plus the Spanish variant of each, not every query combination.
                    if (!href.contains("?") || href.contains("lang=") || href.contains("institution=")) {
                        queue.add(target);
                    }
                }
            }
        }
        assertThat(seen.size()).as("pages crawled").isGreaterThan(200);
        assertThat(problems).isEmpty();
    }

    static List<String> structureProblems(String url, Document page) {
        List<String> problems = new ArrayList<>();
        String lang = page.selectFirst("html").attr("lang");
        if (!List.of("en", "es", "pt", "fr").contains(lang)) {
            problems.add(url + ": html lang is '" + lang + "'");
        }
        if (page.title().isBlank()) {
            problems.add(url + ": no title");
        }
        if (page.select("h1").size() != 1) {
            problems.add(url + ": " + page.select("h1").size() + " h1 elements");
        }
        for (String landmark : List.of("header", "main", "footer", "nav")) {
            if (page.select(landmark).isEmpty()) {
                problems.add(url + ": no <" + landmark + ">");
            }
        }
        if (page.select("main").size() != 1) {
            problems.add(url + ": more than one main");
        }
        Element firstFocusable = page.selectFirst("a[href], button, input, select, textarea, [tabindex]:not([tabindex=-1])");
        if (firstFocusable == null || !firstFocusable.hasClass("skip-link")) {
            problems.add(url + ": the first focusable element is not the skip link");
        } else {
            String target = firstFocusable.attr("href").substring(1);
            Element main = page.getElementById(target);
            if (main == null || !main.tagName().equals("main")) {
                problems.add(url + ": the skip link's target #" + target + " is not the main element");
            }
        }
        if (page.select("nav.breadcrumbs li").isEmpty()) {
            problems.add(url + ": no breadcrumbs");
        }
        if (page.select("nav.language-switch a[hreflang]").size() != 4) {
            problems.add(url + ": no language switch");
        }
        if (page.select("link[rel=alternate][hreflang]").size() != 4) {
            problems.add(url + ": no hreflang alternates");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Element withId : page.select("[id]")) {
            if (!ids.add(withId.id())) {
                problems.add(url + ": duplicate id " + withId.id());
            }
        }
        return problems;
    }
}
