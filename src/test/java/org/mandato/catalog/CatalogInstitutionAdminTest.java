package org.mandato.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The Secretariat adds and corrects institutions; readers see them on the institution pages. */
class CatalogInstitutionAdminTest extends CatalogAdminTestSupport {

    static final String INSTITUTIONS = ROOT + "/institutions";
    static final String NEW = INSTITUTIONS + "/new";

    static Form institution(String code) {
        return Form.of("code", code, "website", "https://www.unesco.org/", "jswgFrom", "2010", "jswgUntil", "",
                "acronym-en", "UNESCO", "acronym-es", "UNESCO", "acronym-pt", "", "acronym-fr", "",
                "name-en", "United Nations Educational, Scientific and Cultural Organization",
                "name-es", "Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura", "name-pt", "", "name-fr", "");
    }

    @Test
    void createdInstitutionIsListedAndHasItsPublicPage() {
        submit(NEW, institution("unesco"), INSTITUTIONS);

        assertThat(page(INSTITUTIONS).select("tbody th[scope=row]").eachText())
                .contains("United Nations Educational, Scientific and Cultural Organization");
        Document published = publicPage("/institutions/unesco");
        assertThat(published.selectFirst("h1").text()).isEqualTo("United Nations Educational, Scientific and Cultural Organization (UNESCO)");
        assertThat(published.select(".facts").text()).contains("Member since 2010", "https://www.unesco.org/");
        assertThat(publicPage("/institutions").select(".actor-list > li").text()).contains("UNESCO");
    }

    @Test
    void editedInstitutionMovesToItsNewCode() {
        long oecd = idOf("select id from actor where code = :code", "code", "oecd");
        Document form = page(INSTITUTIONS + "/" + oecd);
        assertThat(form.getElementById("acronym-en").val()).isEqualTo("OECD");

        submit(INSTITUTIONS + "/" + oecd, currentValues(form).with("code", "oecd-paris").with("jswgFrom", "2012")
                .with("jswgUntil", "2020"), INSTITUTIONS);

        Document published = publicPage("/institutions/oecd-paris");
        assertThat(published.select(".facts").text()).contains("Member from 2012 to 2020");
        assertThat(publicStatus("/institutions/oecd")).isEqualTo(404);
    }

    @Test
    void codeAndEnglishNameAreRequired() {
        rejected(NEW, institution(""), "code", "Code is required.");
        rejected(NEW, institution("unicef").with("name-en", ""), "name-en", "Name in English is required.");
    }

    @Test
    void codeMustBeLowerCaseAndFreeAmongInstitutionsAndCountries() {
        rejected(NEW, institution("UNICEF"), "code", "Code may only contain lower-case letters a-z, digits and hyphens; UNICEF does not.");
        rejected(NEW, institution("paho"), "code", "Another institution or country already has the code paho.");
        String country = jdbc.sql("select code from actor where kind = 'country' order by code").query(String.class).list().get(0);
        rejected(NEW, institution(country), "code", "Another institution or country already has the code " + country + ".");
    }

    @Test
    void membershipYearsMustBeBetween1990And2100InOrder() {
        rejected(NEW, institution("unicef").with("jswgFrom", "1989"), "jswgFrom", "must be a year from 1990 to 2100.");
        rejected(NEW, institution("unicef").with("jswgUntil", "2101"), "jswgUntil", "must be a year from 1990 to 2100.");
        rejected(NEW, institution("unicef").with("jswgFrom", "twenty"), "jswgFrom", "must be a year from 1990 to 2100.");
        rejected(NEW, institution("unicef").with("jswgUntil", "2009"), "jswgUntil", "The last year, 2009, is before the first year, 2010.");
        rejected(NEW, institution("unicef").with("jswgFrom", "").with("jswgUntil", "2009"), "jswgFrom", "Give the first year too");
    }

    @Test
    void websiteMustBeAnHttpAddress() {
        rejected(NEW, institution("unicef").with("website", "unicef.org"), "website", "must be a full web address");
    }

    @Test
    void countryCannotBeEditedAsAnInstitution() {
        long country = jdbc.sql("select id from actor where kind = 'country' order by code").query(Long.class).list().get(0);
        var before = catalogContents();

        assertThat(perform(get(INSTITUTIONS + "/" + country), secretariat()).getStatus()).isEqualTo(404);
        assertThat(send(INSTITUTIONS + "/" + country, institution("xx"), secretariat()).getStatus()).isEqualTo(404);
        assertThat(catalogContents()).isEqualTo(before);
    }
}
