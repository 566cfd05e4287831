package org.mandato.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Theme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The report editor's helpers: sub-themes listed and indented under their theme, the suggestion
 * buttons bring the page back where they were pressed, and a refused citation keeps the document chosen.
 */
@MandatoTest
class EditorHelpersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Catalog catalog;
    @Autowired
    TestUsers users;

    @Test
    void subThemesFollowTheirThemeIndented() {
        ReportRequests requests = new ReportRequests(mvc, catalog);
        Document editor = requests.page(users.reporterFor("iom"), "/my/reports/new");
        List<Element> items = editor.select("ul.theme-choices li");
        assertThat(items).hasSize(catalog.themes().size());
        Map<Long, Theme> themes = new java.util.HashMap<>();
        catalog.themes().forEach(theme -> themes.put(theme.id(), theme));
        Long parent = null;
        int subThemes = 0;
        for (Element item : items) {
            Theme theme = themes.get(Long.parseLong(item.selectFirst("input").val()));
            if (theme.isTopLevel()) {
                parent = theme.id();
                assertThat(item.hasClass("theme-choice--sub")).isFalse();
            } else {
                subThemes++;
                assertThat(theme.parentId()).as(theme.slug() + " under its theme").isEqualTo(parent);
                assertThat(item.hasClass("theme-choice--sub")).isTrue();
            }
        }
        assertThat(subThemes).isPositive();
        assertThat(editor.select("button[name=suggest]").attr("formaction")).isEqualTo("/my/reports/new#suggestions");
        assertThat(editor.select("#suggestions")).hasSize(1);
    }

    @Test
    void aRefusedCitationKeepsTheDocumentAndNumberChosen() {
        ReportRequests requests = new ReportRequests(mvc, catalog);
        SignedInUser iom = users.reporterFor("iom");
        Map<String, String> form = requests.form("IOM trained border officials.");
        form.put("pickDocument", "Lima 2018");
        form.put("pickNumber", "999");
        form.put("addCitation", "1");
        MockHttpServletResponse refused = requests.post(iom, "/my/reports/new", form);
        assertThat(refused.getStatus()).isEqualTo(422);
        Document page = ReportRequests.parse(refused);
        assertThat(page.select("#pickNumber-error").text()).contains("999");
        assertThat(page.select("#pickDocument option[selected]").val()).isEqualTo("Lima 2018");
        assertThat(page.select("#pickNumber").val()).isEqualTo("999");
    }
}
