package org.mandato.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The Secretariat adds and corrects themes and sub-themes; readers see them on the theme pages. */
class CatalogThemeAdminTest extends CatalogAdminTestSupport {

    static final String THEMES = ROOT + "/themes";
    static final String NEW = THEMES + "/new";

    static Form theme(String slug, String parent) {
        return Form.of("slug", slug, "parent", parent, "name-en", "Water", "name-es", "Agua", "name-pt", "Água", "name-fr", "Eau");
    }

    @Test
    void createdThemeAndSubThemeHaveTheirPublicPages() {
        submit(NEW, theme("water", ""), THEMES);
        String water = themeId("water");
        submit(NEW, theme("water-sanitation", water).with("name-en", "Sanitation").with("name-es", "Saneamiento"), THEMES);

        assertThat(publicPage("/themes/water").selectFirst("h1").text()).isEqualTo("Water");
        assertThat(publicPage("/themes/water").select("section[aria-labelledby=subthemes-heading] a").eachText()).containsExactly("Sanitation");
        assertThat(publicPage("/themes/water-sanitation?lang=es").selectFirst("h1").text()).isEqualTo("Saneamiento");
        assertThat(publicPage("/themes").select("main a").eachText()).contains("Water", "Sanitation");
        assertThat(page(THEMES).select("tbody th[scope=row]").eachText()).contains("Water", "Sanitation");
    }

    @Test
    void editedThemeMovesToItsNewSlugAndParent() {
        String gender = themeId("gender-issues");
        long equity = Long.parseLong(themeId("gender-equity-and-equality"));
        Document form = page(THEMES + "/" + equity);
        assertThat(form.select("#parent option[selected]").val()).isEqualTo(gender);

        submit(THEMES + "/" + equity, currentValues(form).with("slug", "gender-equality").with("name-en", "Gender equality")
                .with("parent", themeId("human-rights")), THEMES);

        Document published = publicPage("/themes/gender-equality");
        assertThat(published.selectFirst("h1").text()).isEqualTo("Gender equality");
        assertThat(published.select("main p").text()).contains("Sub-theme of Human rights");
        assertThat(publicStatus("/themes/gender-equity-and-equality")).isEqualTo(404);
    }

    @Test
    void slugAndEnglishNameAreRequired() {
        rejected(NEW, theme("", ""), "slug", "Slug is required.");
        rejected(NEW, theme("x-theme", "").with("name-en", ""), "name-en", "Name in English is required.");
    }

    @Test
    void slugMustBeLowerCaseAndUnique() {
        rejected(NEW, theme("Water Rights", ""), "slug", "may only contain lower-case letters");
        rejected(NEW, theme("health", ""), "slug", "Another theme already has the slug health.");
    }

    @Test
    void parentMustBeATopThemeOfTheList() {
        rejected(NEW, theme("x-theme", "999999"), "parent", "Choose a parent theme from the list.");
        rejected(NEW, theme("x-theme", "health"), "parent", "Choose a parent theme from the list.");
        rejected(NEW, theme("x-theme", themeId("disease-prevention")), "parent", "A sub-theme cannot be a parent");
    }

    @Test
    void themeWithSubThemesCannotBecomeOneNorItsOwnParent() {
        String health = themeId("health");
        Document form = page(THEMES + "/" + health);
        assertThat(form.select("#parent option").eachAttr("value")).doesNotContain(health);

        rejected(THEMES + "/" + health, currentValues(form).with("parent", themeId("migration")), "parent",
                "This theme has sub-themes, so it cannot become a sub-theme itself.");
        rejected(THEMES + "/" + health, currentValues(form).with("parent", health), "parent", "A theme cannot be its own parent.");
    }

    private String themeId(String slug) {
        return String.valueOf(idOf("select id from theme where slug = :slug", "slug", slug));
    }
}
