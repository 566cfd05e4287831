package org.mandato.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Secretariat adds and corrects the documents of a summit; readers see them on the summit's pages. */
class CatalogDocumentAdminTest extends CatalogAdminTestSupport {

    long santiago;
    String documents;
    String create;

    @BeforeEach
    void onTheSecondSummit() {
        santiago = idOf("select id from summit where slug = :slug", "slug", "ii");
        documents = ROOT + "/summits/" + santiago + "/documents";
        create = documents + "/new";
    }

    static Form document(String slug, String citationLabel) {
        return Form.of("slug", slug, "kind", "commitment", "adoptedOn", "1998-04-19",
                "officialUrl", "http://www.summit-americas.org/ii/commitment.pdf", "citationLabel", citationLabel,
                "title-en", "Santiago Commitment on Education", "title-es", "Compromiso de Santiago sobre Educación",
                "title-pt", "", "title-fr", "");
    }

    @Test
    void createdDocumentIsListedUnderItsSummitAndHasItsPublicPage() {
        submit(create, document("education-commitment", "Santiago 1998 Education"), documents);

        assertThat(page(documents).select("tbody th[scope=row]").eachText())
                .startsWith("Declaration of Santiago").endsWith("Santiago Commitment on Education");
        assertThat(publicPage("/summits/ii").select("main li a").eachText()).contains("Santiago Commitment on Education");
        Document published = publicPage("/summits/ii/education-commitment");
        assertThat(published.selectFirst("h1").text()).isEqualTo("Santiago Commitment on Education");
        assertThat(published.text()).contains("Santiago 1998 Education");
    }

    @Test
    void editedDocumentMovesToItsNewSlugWithItsTitleAndLabel() {
        long plan = idOf("select id from document where citation_label = :label", "label", "Santiago 1998 Plan of Action");
        String edit = ROOT + "/documents/" + plan;
        Document form = page(edit);
        assertThat(form.getElementById("citationLabel").val()).isEqualTo("Santiago 1998 Plan of Action");
        assertThat(form.select("#kind option[selected]").val()).isEqualTo("plan-of-action");

        submit(edit, currentValues(form).with("slug", "santiago-plan").with("title-en", "Santiago Plan of Action")
                .with("citationLabel", "Santiago 1998 PoA"), documents);

        assertThat(publicPage("/summits/ii/santiago-plan").selectFirst("h1").text()).isEqualTo("Santiago Plan of Action");
        assertThat(publicStatus("/summits/ii/plan-of-action")).isEqualTo(404);
        assertThat(jdbc.sql("select citation_label from document where id = :id").param("id", plan).query(String.class).single())
                .isEqualTo("Santiago 1998 PoA");
    }

    @Test
    void requiredFieldsAreNamed() {
        rejected(create, document("", "Santiago 1998 X"), "slug", "Slug is required.");
        rejected(create, document("x-doc", ""), "citationLabel", "Citation label is required.");
        rejected(create, document("x-doc", "Santiago 1998 X").with("title-en", ""), "title-en", "Title in English is required.");
        rejected(create, document("x-doc", "Santiago 1998 X").with("kind", ""), "kind", "Kind of document is required.");
    }

    @Test
    void slugMustBeLowerCaseAndFreeWithinTheSummit() {
        rejected(create, document("Education_Commitment", "Santiago 1998 X"), "slug", "may only contain lower-case letters");
        rejected(create, document("declaration", "Santiago 1998 X"), "slug",
                "Another document of this summit already has the slug declaration.");
    }

    @Test
    void slugUsedAtAnotherSummitIsFine() {
        long monterrey = idOf("select id from summit where slug = :slug", "slug", "special-monterrey");
        String list = ROOT + "/summits/" + monterrey + "/documents";
        submit(list + "/new", document("plan-of-action", "Monterrey 2004 Plan of Action"), list);
    }

    @Test
    void citationLabelTakenByAnyDocumentIsRefusedNamingIt() {
        rejected(create, document("x-doc", "Port of Spain 2009"), "citationLabel",
                "Another document already has the citation label Port of Spain 2009.");
    }

    @Test
    void kindMustBeOneOfTheList() {
        rejected(create, document("x-doc", "Santiago 1998 X").with("kind", "manifesto"), "kind",
                "Choose a kind of document from the list.");
    }

    @Test
    void adoptionDateAndOfficialAddressMustFit() {
        rejected(create, document("x-doc", "Santiago 1998 X").with("adoptedOn", "19 April 1998"), "adoptedOn",
                "Adopted on must be a date written YYYY-MM-DD");
        rejected(create, document("x-doc", "Santiago 1998 X").with("officialUrl", "ftp://example.org/doc.pdf"), "officialUrl",
                "Official document must be a full web address starting with http:// or https://.");
    }

    @Test
    void documentsOfAnUnknownSummitAnswerNotFound() {
        assertThat(perform(get(ROOT + "/summits/999999/documents"),
                secretariat()).getStatus()).isEqualTo(404);
    }
}
