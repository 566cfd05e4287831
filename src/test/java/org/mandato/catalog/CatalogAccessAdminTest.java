package org.mandato.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Only the Secretariat reaches the catalogue screens: anyone else is sent to sign in, or refused, and nothing is written. */
class CatalogAccessAdminTest extends CatalogAdminTestSupport {

    List<String> screens;
    Map<String, Form> forms;

    @BeforeEach
    void everyScreenOfTheDemoCatalogue() {
        long summit = idOf("select id from summit where slug = :slug", "slug", "v");
        long document = idOf("select id from document where citation_label = :label", "label", "Port of Spain 2009");
        long paragraph = idOf("select id from paragraph where document_id = :document and number = '17'", "document", document);
        long theme = idOf("select id from theme where slug = :slug", "slug", "migration");
        long institution = idOf("select id from actor where code = :code", "code", "iom");
        screens = List.of(ROOT,
                ROOT + "/summits", ROOT + "/summits/new", ROOT + "/summits/" + summit,
                ROOT + "/summits/" + summit + "/documents", ROOT + "/summits/" + summit + "/documents/new",
                ROOT + "/documents/" + document, ROOT + "/documents/" + document + "/paragraphs",
                ROOT + "/documents/" + document + "/paragraphs/new", ROOT + "/paragraphs/" + paragraph,
                ROOT + "/themes", ROOT + "/themes/new", ROOT + "/themes/" + theme,
                ROOT + "/institutions", ROOT + "/institutions/new", ROOT + "/institutions/" + institution);
        Form summitForm = CatalogSummitAdminTest.summit("intruder");
        Form documentForm = Form.of("slug", "intruder", "kind", "declaration", "citationLabel", "Intruder 2024", "title-en", "Intruder");
        Form paragraphForm = Form.of("number", "999", "title-en", "Intruder");
        Form themeForm = CatalogThemeAdminTest.theme("intruder", "");
        Form institutionForm = CatalogInstitutionAdminTest.institution("intruder");
        forms = Map.of(
                ROOT + "/summits/new", summitForm, ROOT + "/summits/" + summit, summitForm,
                ROOT + "/summits/" + summit + "/documents/new", documentForm, ROOT + "/documents/" + document, documentForm,
                ROOT + "/documents/" + document + "/paragraphs/new", paragraphForm, ROOT + "/paragraphs/" + paragraph, paragraphForm,
                ROOT + "/themes/new", themeForm, ROOT + "/themes/" + theme, themeForm,
                ROOT + "/institutions/new", institutionForm, ROOT + "/institutions/" + institution, institutionForm);
    }

    @Test
    void secretariatReachesEveryScreen() {
        for (String screen : screens) {
            assertThat(perform(get(screen), secretariat()).getStatus()).as(screen).isEqualTo(200);
        }
    }

    @Test
    void anonymousVisitorIsSentToSignInAndWritesNothing() {
        var before = catalogContents();
        for (String screen : screens) {
            assertThat(signInRedirect(perform(get(screen)))).as("GET " + screen).isTrue();
        }
        forms.forEach((url, form) -> assertThat(signInRedirect(send(url, form))).as("POST " + url).isTrue());
        assertThat(catalogContents()).isEqualTo(before);
    }

    @Test
    void institutionReporterIsRefusedEveryScreenAndWritesNothing() {
        RequestPostProcessor reporter = user("reporter").roles("INSTITUTION_REPORTER");
        var before = catalogContents();
        for (String screen : screens) {
            assertThat(perform(get(screen), reporter).getStatus()).as("GET " + screen).isEqualTo(403);
        }
        forms.forEach((url, form) -> assertThat(send(url, form, reporter).getStatus()).as("POST " + url).isEqualTo(403));
        assertThat(catalogContents()).isEqualTo(before);
    }

    @Test
    void nationalCoordinatorIsRefusedToo() {
        RequestPostProcessor coordinator = user("coordinator").roles("NATIONAL_COORDINATOR");
        assertThat(perform(get(ROOT), coordinator).getStatus()).isEqualTo(403);
        assertThat(send(ROOT + "/themes/new", forms.get(ROOT + "/themes/new"), coordinator).getStatus()).isEqualTo(403);
    }

    @Test
    void formPostedWithoutItsCsrfTokenIsRefused() {
        var before = catalogContents();
        var request = post(ROOT + "/themes/new")
                .param("slug", "no-token").param("name-en", "No token");
        assertThat(perform(request, secretariat()).getStatus()).isEqualTo(403);
        assertThat(catalogContents()).isEqualTo(before);
    }

    /** To the sign-in page; a form posted without a session keeps nothing, and the page says why. */
    private static boolean signInRedirect(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        return response.getStatus() == 302 && location != null && (location.endsWith("/login") || location.endsWith("/login?ended"));
    }
}
