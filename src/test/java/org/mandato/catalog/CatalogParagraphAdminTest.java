package org.mandato.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Secretariat adds and corrects the paragraphs of a document, with their themes; readers see them at once. */
class CatalogParagraphAdminTest extends CatalogAdminTestSupport {

    long lima;
    String paragraphs;
    String create;
    String sectionA;
    String migration;
    String health;
    String education;

    @BeforeEach
    void onTheLimaCommitment() {
        lima = idOf("select d.id from document d join summit s on s.id = d.summit_id where s.slug = :summit and d.slug = 'lima-commitment'",
                "summit", "viii");
        paragraphs = ROOT + "/documents/" + lima + "/paragraphs";
        create = paragraphs + "/new";
        sectionA = String.valueOf(idOf("select id from document_section where document_id = :document and code = 'a'", "document", lima));
        migration = themeId("migration");
        health = themeId("health");
        education = themeId("education");
    }

    Form paragraph(String number) {
        return Form.of("number", number, "section", sectionA, "parentNumber", "", "themes", migration, "themes", health,
                "title-en", "Migrant health in anti-corruption work", "title-es", "", "title-pt", "", "title-fr", "",
                "text-en", "We will protect the health of migrants.\n\nIn every public work.", "text-es", "", "text-pt", "", "text-fr", "");
    }

    @Test
    void createdParagraphHasItsPublicPageWithItsThemesAndSection() {
        submit(create, paragraph("58a").with("parentNumber", "1"), paragraphs);

        assertThat(page(paragraphs).select("tbody th[scope=row]").eachText()).contains("58a");
        Document published = publicPage("/summits/viii/lima-commitment/58a");
        assertThat(published.selectFirst("h1").text()).isEqualTo("Lima 2018 ¶58a");
        assertThat(published.selectFirst(".lead").text()).isEqualTo("Migrant health in anti-corruption work");
        assertThat(published.select("section[aria-labelledby=themes-heading] a").eachText()).containsExactlyInAnyOrder("Migration", "Health");
        assertThat(published.select(".facts").text()).contains("Reinforcement of Democratic Governance");
        assertThat(publicPage("/themes/migration").select(".paragraph-list a").eachAttr("href"))
                .contains("/summits/viii/lima-commitment/58a");
        long id = idOf("select id from paragraph where document_id = :document and number = '58a'", "document", lima);
        assertThat(jdbc.sql("select p.number from paragraph c join paragraph p on p.id = c.parent_id where c.id = :id")
                .param("id", id).query(String.class).single()).isEqualTo("1");
    }

    @Test
    void editedParagraphMovesToTheSlugOfItsNewNumberWithItsNewThemes() {
        submit(create, paragraph("60"), paragraphs);
        long id = idOf("select id from paragraph where document_id = :document and number = '60'", "document", lima);
        Document form = page(ROOT + "/paragraphs/" + id);
        assertThat(form.select("input[name=themes][checked]").eachAttr("value")).containsExactlyInAnyOrder(migration, health);
        assertThat(form.select("#section option[selected]").val()).isEqualTo(sectionA);

        submit(ROOT + "/paragraphs/" + id, currentValues(form).with("number", "60.a").with("themes", education)
                .with("section", "").with("title-en", "Education against corruption"), paragraphs);

        Document published = publicPage("/summits/viii/lima-commitment/60-a");
        assertThat(published.selectFirst(".lead").text()).isEqualTo("Education against corruption");
        assertThat(published.select("section[aria-labelledby=themes-heading] a").eachText()).containsExactly("Education");
        assertThat(published.select(".facts").text()).doesNotContain("Reinforcement of Democratic Governance");
        assertThat(publicStatus("/summits/viii/lima-commitment/60")).isEqualTo(404);
        assertThat(publicPage("/themes/education").select(".paragraph-list a").eachAttr("href"))
                .contains("/summits/viii/lima-commitment/60-a");
    }

    @Test
    void numberIsRequiredAndUniqueInTheDocument() {
        rejected(create, paragraph(""), "number", "Number is required.");
        rejected(create, paragraph("1"), "number", "This document already has a paragraph 1.");
        rejected(create, paragraph("1."), "number", "The number 1. would make the web address 1, which paragraph 1 of this document already has.");
        rejected(create, paragraph("¶ –"), "number", "The number ¶ – has no letter or digit.");
    }

    @Test
    void sectionMustBeOneOfThisDocument() {
        rejected(create, paragraph("61").with("section", "999999"), "section", "Choose a section of this document from the list.");
        String preambleOfPortOfSpain = String.valueOf(idOf("select id from document_section where code = :code", "code", "preamble"));
        rejected(create, paragraph("61").with("section", preambleOfPortOfSpain), "section", "Choose a section of this document");
        rejected(create, paragraph("61").with("section", "a"), "section", "Choose a section of this document");
    }

    @Test
    void parentMustBeAnotherParagraphOfThisDocumentWithoutALoop() {
        rejected(create, paragraph("62").with("parentNumber", "999"), "parentNumber", "This document has no paragraph 999.");
        rejected(create, paragraph("62").with("parentNumber", "62"), "parentNumber", "A paragraph cannot be a sub-item of itself.");

        submit(create, paragraph("63"), paragraphs);
        submit(create, paragraph("63.a").with("parentNumber", "63"), paragraphs);
        long sixtyThree = idOf("select id from paragraph where document_id = :document and number = '63'", "document", lima);
        rejected(ROOT + "/paragraphs/" + sixtyThree, currentValues(page(ROOT + "/paragraphs/" + sixtyThree)).with("parentNumber", "63.a"),
                "parentNumber", "Paragraph 63.a is itself a sub-item of this paragraph.");
    }

    @Test
    void themesMustBeOfTheList() {
        rejected(create, paragraph("64").with("themes", migration, "999999"), "themes", "Choose themes from the list only.");
        rejected(create, paragraph("64").with("themes", "migration"), "themes", "Choose themes from the list only.");
    }

    @Test
    void paragraphsOfAnUnknownDocumentAnswerNotFound() {
        assertThat(perform(get(ROOT + "/documents/999999/paragraphs"),
                secretariat()).getStatus()).isEqualTo(404);
    }

    private String themeId(String slug) {
        return String.valueOf(idOf("select id from theme where slug = :slug", "slug", slug));
    }
}
