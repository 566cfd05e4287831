package org.mandato.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.mandato.WebPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The reader's language: from ?lang=, remembered in a cookie, else from Accept-Language; in four languages. */
@MandatoTest
class LanguageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void acceptLanguageChoosesAmongTheFourAndFallsBackToEnglish() {
        WebPages pages = new WebPages(mvc);
        assertThat(pages.page("/", "pt-BR,pt;q=0.9").selectFirst("html").attr("lang")).isEqualTo("pt");
        assertThat(pages.page("/", "fr-CA").selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(pages.page("/", "de-DE,de;q=0.9").selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(pages.page("/", "de-DE,es;q=0.5").selectFirst("html").attr("lang")).isEqualTo("es");
    }

    @Test
    void theChoiceInTheUrlIsRememberedInACookie() throws Exception {
        MvcResult chosen = mvc.perform(get("/themes/migration").param("lang", "fr").header("Accept-Language", "en")).andReturn();
        Cookie cookie = chosen.getResponse().getCookie("mandato-lang");
        assertThat(cookie).isNotNull();

        MvcResult later = mvc.perform(get("/institutions").cookie(cookie).header("Accept-Language", "en")).andReturn();

        Document page = Jsoup.parse(later.getResponse().getContentAsString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Institutions");
    }

    @Test
    void everyPageOffersItsFourLanguageVersions() {
        Document page = new WebPages(mvc).page("/themes/migration?institution=iom");

        assertThat(page.select("link[rel=alternate][hreflang]")).extracting(e -> e.attr("hreflang") + " " + e.attr("href"))
                .containsExactly("en /themes/migration?institution=iom&lang=en", "es /themes/migration?institution=iom&lang=es",
                        "pt /themes/migration?institution=iom&lang=pt", "fr /themes/migration?institution=iom&lang=fr");
        assertThat(page.select(".language-switch a")).extracting(Element::text)
                .containsExactly("English", "Español", "Português", "Français");
    }

    @Test
    void datesFollowTheLanguageAndUntranslatedTextSaysWhichLanguageItIsIn() {
        Document portuguese = new WebPages(mvc).page("/themes/migration?institution=iom&lang=pt");
        Document french = new WebPages(mvc).page("/summits/v/port-of-spain-declaration/17?lang=fr");

        assertThat(portuguese.selectFirst("h1").text()).isEqualTo("Migração");
        assertThat(portuguese.select("article.report time").first().text()).isEqualTo("16 de março de 2018");
        assertThat(portuguese.select("article.report .note").first().text()).isEqualTo("(original em inglês)");
        assertThat(french.selectFirst(".lead").text()).startsWith("Protéger les droits humains des migrants")
                .doesNotContain("(original");
        assertThat(french.select("article.report .note").first().text()).isEqualTo("(original en anglais)");
        assertThat(french.select("article.report time").first().text()).isEqualTo("21 juin 2011");
    }

    @Test
    void anUnknownLanguageInTheUrlIsIgnored() {
        assertThat(new WebPages(mvc).page("/?lang=xx", "es").selectFirst("html").attr("lang")).isEqualTo("es");
    }
}
