package org.mandato.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The Secretariat adds and corrects summits; readers see the change on the summit's public page. */
class CatalogSummitAdminTest extends CatalogAdminTestSupport {

    static final String SUMMITS = ROOT + "/summits";
    static final String NEW = SUMMITS + "/new";

    static Form summit(String slug) {
        return Form.of("slug", slug, "ordinal", "", "place", "Punta Cana", "country", "do",
                "startDate", "2025-12-04", "endDate", "2025-12-05", "website", "https://www.summit-americas.org/",
                "name-en", "Tenth Summit of the Americas", "name-es", "X Cumbre de las Américas", "name-pt", "", "name-fr", "",
                "motto-en", "Building a secure and sustainable hemisphere", "motto-es", "", "motto-pt", "", "motto-fr", "");
    }

    @Test
    void createdSummitIsListedAndHasItsPublicPage() {
        submit(NEW, summit("x-test").with("ordinal", "10"), SUMMITS);

        Document list = page(SUMMITS);
        assertThat(list.select("tbody th[scope=row]").eachText()).contains("Tenth Summit of the Americas");
        Document published = publicPage("/summits/x-test");
        assertThat(published.selectFirst("h1").text()).isEqualTo("Tenth Summit of the Americas");
        assertThat(published.select(".facts").text()).contains("Punta Cana", "Building a secure and sustainable hemisphere");
        assertThat(jdbc.sql("select country_code from summit where slug = 'x-test'").query(String.class).single())
                .as("country code kept in upper case").isEqualTo("DO");
    }

    @Test
    void editedSummitKeepsItsDocumentsUnderItsNewSlug() {
        long iii = idOf("select id from summit where slug = :slug", "slug", "iii");
        Document form = page(SUMMITS + "/" + iii);
        assertThat(form.getElementById("slug").val()).isEqualTo("iii");
        assertThat(form.getElementById("name-en").val()).isEqualTo("Third Summit of the Americas");

        submit(SUMMITS + "/" + iii, currentValues(form).with("slug", "quebec-2001").with("name-en", "III Summit (Québec City)"), SUMMITS);

        assertThat(publicPage("/summits/quebec-2001").selectFirst("h1").text()).isEqualTo("III Summit (Québec City)");
        assertThat(publicStatus("/summits/iii")).isEqualTo(404);
        assertThat(publicPage("/summits/quebec-2001/declaration").selectFirst("h1").text()).isEqualTo("Declaration of Québec City");
        assertThat(jdbc.sql("select name from summit_text where summit_id = :id and lang = 'es'").param("id", iii)
                .query(String.class).single()).as("untouched translation").isEqualTo("III Cumbre de las Américas");
    }

    @Test
    void requiredFieldsAreNamed() {
        rejected(NEW, summit("").with("slug", ""), "slug", "Slug is required.");
        rejected(NEW, summit("x-required").with("place", ""), "place", "Place is required.");
        rejected(NEW, summit("x-required").with("name-en", ""), "name-en", "Name in English is required.");
    }

    @Test
    void slugMayOnlyHoldLowerCaseLettersDigitsAndHyphens() {
        rejected(NEW, summit("X Summit"), "slug", "Slug may only contain lower-case letters a-z, digits and hyphens; X Summit does not.");
        rejected(NEW, summit("cumbre-é"), "slug", "may only contain");
    }

    @Test
    void slugTakenByAnotherSummitIsRefusedNamingIt() {
        rejected(NEW, summit("vii"), "slug", "Another summit already has the slug vii.");
        long i = idOf("select id from summit where slug = :slug", "slug", "i");
        rejected(SUMMITS + "/" + i, currentValues(page(SUMMITS + "/" + i)).with("slug", "ii"), "slug",
                "Another summit already has the slug ii.");
    }

    @Test
    void datesMustBeRealDaysWrittenYearMonthDay() {
        rejected(NEW, summit("x-dates").with("startDate", "04/12/2025"), "startDate",
                "First day must be a date written YYYY-MM-DD, for example 2009-04-19; 04/12/2025 is not.");
        rejected(NEW, summit("x-dates").with("endDate", "2025-02-30"), "endDate", "2025-02-30 is not");
    }

    @Test
    void lastDayMayNotComeBeforeTheFirst() {
        rejected(NEW, summit("x-dates").with("endDate", "2025-12-03"), "endDate",
                "The last day, 2025-12-03, is before the first day, 2025-12-04.");
        rejected(NEW, summit("x-dates").with("startDate", ""), "startDate", "Give the first day too");
    }

    @Test
    void websiteMustBeAnHttpAddress() {
        rejected(NEW, summit("x-web").with("website", "www.summit-americas.org"), "website",
                "Website must be a full web address starting with http:// or https://.");
        rejected(NEW, summit("x-web").with("website", "javascript:alert(1)"), "website", "http://");
    }

    @Test
    void ordinalAndCountryCodeMustFit() {
        rejected(NEW, summit("x-ordinal").with("ordinal", "tenth"), "ordinal", "Number of the summit must be a whole number from 1 to 99.");
        rejected(NEW, summit("x-country").with("country", "DOM"), "country", "Country code must be two letters");
    }

    @Test
    void rejectedFormShowsEveryValueAsTyped() {
        Document page = rejected(NEW, summit("x-kept").with("startDate", "soon"), "startDate", "soon is not");

        assertThat(page.getElementById("slug").val()).isEqualTo("x-kept");
        assertThat(page.getElementById("startDate").val()).isEqualTo("soon");
        assertThat(page.getElementById("name-es").val()).isEqualTo("X Cumbre de las Américas");
        assertThat(page.getElementById("slug").attr("aria-invalid")).isEqualTo("false");
    }

    @Test
    void unknownSummitAnswersNotFound() {
        assertThat(perform(get(SUMMITS + "/999999"), secretariat()).getStatus()).isEqualTo(404);
    }
}
