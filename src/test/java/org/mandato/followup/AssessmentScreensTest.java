package org.mandato.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mandato.accounts.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** The Secretariat's assessment screens: the form and its errors, stale versions, publish and back to draft, guidelines. */
class AssessmentScreensTest extends ComplianceTestSupport {

    @Autowired
    TestUsers users;

    long pos17;

    void cycle() {
        fixtures.cycle("c2025", "Cycle 2025", 2025, "v");
        pos17 = fixtures.paragraph(POS, "17");
    }

    Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("cycle", "c2025", "actor", "pe", "paragraph", String.valueOf(pos17),
                "stage", "final", "score", "1", "rationale", "A law was passed in 2025.", "evidence", "https://example.org/law"));
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    long created(MockHttpServletResponse response) {
        expect(302, response);
        String location = response.getRedirectedUrl();
        assertThat(location).matches(ROOT + "/\\d+\\?notice=created");
        return Long.parseLong(location.substring(ROOT.length() + 1, location.indexOf('?')));
    }

    @Test
    void theNewFormAsksForTheCycleFirstThenOffersOnlyItsMandatesAndScoresInWords() {
        assertThat(secretariatPage(ROOT + "/new").text()).contains("There is no reporting cycle yet.");
        cycle();
        Document choose = secretariatPage(ROOT + "/new");
        assertThat(choose.select("select#cycle option").eachAttr("value")).containsExactly("c2025");

        Document form = secretariatPage(ROOT + "/new?cycle=c2025");
        assertThat(form.select("select#paragraph optgroup").eachAttr("label")).containsExactly("Port of Spain 2009");
        assertThat(form.select("select#paragraph option")).hasSize(1 + 97);
        assertThat(form.select("#score label").eachText()).containsExactly(
                "+1 full compliance: the actor fully carried out what the mandate asks, with public evidence of action after the summit.",
                "0 partial compliance: the actor did part of what the mandate asks, or the work is in progress.",
                "−1 no compliance: no action on the mandate could be found, or the actor acted against it.");
        assertThat(form.select("input[type=radio][name=score]")).hasSize(3);
    }

    @Test
    void aRefusedFormNamesEachFieldKeepsEveryWordAndWritesNothing() {
        cycle();
        long lima7 = fixtures.paragraph(LIMA, "7");
        MockHttpServletResponse response = expect(422, send(ROOT + "/new", form("score", "", "rationale", " ",
                "evidence", "https://example.org/a\nexample.org/b\n\nftp://example.org/c", "paragraph", String.valueOf(lima7))));
        Document page = parse(response);

        assertThat(page.select(".error-summary li").eachText()).containsExactly(
                "That mandate is not one of the cycle’s summits.",
                "Choose a score: +1, 0 or −1.",
                "Write the rationale.",
                "Evidence line 2 is not a web address starting with http:// or https://: “example.org/b”.",
                "Evidence line 4 is not a web address starting with http:// or https://: “ftp://example.org/c”.");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#paragraph", "#score", "#rationale", "#evidence", "#evidence");
        assertThat(page.selectFirst("textarea#evidence").text()).contains("example.org/b").contains("ftp://example.org/c");
        assertThat(page.selectFirst("select#actor option[selected]").val()).isEqualTo("pe");
        assertThat(jdbc.sql("select count(*) from assessment").query(Integer.class).single()).isZero();

        assertThat(parse(expect(422, send(ROOT + "/new", form("actor", "zz", "stage", "midterm", "score", "2"))))
                .select(".error-summary li").eachText()).containsExactly("There is no institution or country with the code “zz”.",
                "Choose interim or final.", "The score must be +1, 0 or −1.");
    }

    @Test
    void aSecondAssessmentOfTheSameActorMandateCycleAndStageIsRefusedByName() {
        cycle();
        long first = created(send(ROOT + "/new", form()));
        Document page = parse(expect(422, send(ROOT + "/new", form("score", "0"))));

        assertThat(page.select(".error-summary li").eachText()).containsExactly(
                "This actor already has a final assessment of this mandate in this cycle (number " + first + "); edit that one instead.");
        created(send(ROOT + "/new", form("stage", "interim")));
        assertThat(jdbc.sql("select count(*) from assessment").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aFinalAssessmentStartsFromTheWordsOfTheInterimOne() {
        cycle();
        long interim = created(send(ROOT + "/new", form("stage", "interim", "score", "0", "rationale", "Half done at mid-term.")));
        String start = secretariatPage(ROOT + "/" + interim).select("a").stream()
                .filter(a -> a.text().equals("start the final assessment from this one")).findFirst().orElseThrow().attr("href");
        Document form = secretariatPage(start);

        assertThat(form.selectFirst("input#stage-final").hasAttr("checked")).isTrue();
        assertThat(form.selectFirst("input[name=score][checked]").val()).isEqualTo("0");
        assertThat(form.selectFirst("textarea#rationale").text()).isEqualTo("Half done at mid-term.");
        assertThat(form.selectFirst("select#actor option[selected]").val()).isEqualTo("pe");
        assertThat(form.selectFirst("select#paragraph option[selected]").val()).isEqualTo(String.valueOf(pos17));
        created(send(ROOT + "/new", form("score", "1")));
        assertThat(jdbc.sql("select stage || ' ' || score from assessment order by stage").query(String.class).list())
                .containsExactly("final 1", "interim 0");
    }

    @Test
    void aStaleSaveKeepsTheWordsShowsTheStoredAssessmentAndChangesNothing() {
        cycle();
        long id = created(send(ROOT + "/new", form()));
        expect(302, send(ROOT + "/" + id, Map.of("version", "1", "score", "0", "rationale", "Only a bill so far.", "evidence", "")));

        MockHttpServletResponse response = expect(409, send(ROOT + "/" + id,
                Map.of("version", "1", "score", "-1", "rationale", "My long careful rationale.", "evidence", "https://example.org/mine")));
        Document page = parse(response);

        assertThat(page.selectFirst("[role=alert]").text()).contains("changed this assessment while you were working on it")
                .contains("version 2");
        assertThat(page.selectFirst("textarea#rationale").text()).isEqualTo("My long careful rationale.");
        assertThat(page.selectFirst("input[name=score][checked]").val()).isEqualTo("-1");
        assertThat(page.selectFirst("form input[name=version]").val()).isEqualTo("2");
        assertThat(page.text()).contains("Only a bill so far.");
        assertThat(jdbc.sql("select rationale from assessment where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Only a bill so far.");

        expect(302, send(ROOT + "/" + id, Map.of("version", "2", "score", "-1", "rationale", "My long careful rationale.", "evidence", "")));
        assertThat(jdbc.sql("select score from assessment where id = :id").param("id", id).query(Integer.class).single()).isEqualTo(-1);
    }

    @Test
    void publishThenBackToDraftWithAReasonEachRecordedInTheAuditLog() {
        cycle();
        long id = created(send(ROOT + "/new", form()));
        assertThat(publicPage("/compliance/countries/pe").text()).doesNotContain("A law was passed in 2025.");

        MockHttpServletResponse published = expect(302, send(ROOT + "/" + id + "/publish", Map.of("version", "1")));
        assertThat(published.getRedirectedUrl()).isEqualTo(ROOT + "/" + id + "?notice=published");
        assertThat(publicPage("/compliance/countries/pe").text()).contains("A law was passed in 2025.");
        Document publishedPage = secretariatPage(ROOT + "/" + id);
        assertThat(publishedPage.select("textarea#rationale")).isEmpty();
        assertThat(publishedPage.select("button").eachText()).contains("Take back to draft");

        expect(409, send(ROOT + "/" + id + "/publish", Map.of("version", "1")));
        Document noReason = parse(expect(422, send(ROOT + "/" + id + "/unpublish", Map.of("version", "2", "reason", " "))));
        assertThat(noReason.select(".error-summary a").eachAttr("href")).containsExactly("#reason");
        assertThat(noReason.select(".error-summary li").eachText()).containsExactly("Say why the assessment goes back to draft.");

        expect(302, send(ROOT + "/" + id + "/unpublish", Map.of("version", "2", "reason", "The law was struck down.")));
        assertThat(publicPage("/compliance/countries/pe").text()).doesNotContain("A law was passed in 2025.");
        assertThat(secretariatPage(ROOT + "/" + id).text()).contains("Taken back to draft: The law was struck down.");
        assertThat(jdbc.sql("select kind from audit_event where subject = :s order by id").param("s", "assessment " + id)
                .query(String.class).list())
                .containsExactly("assessment-created", "assessment-published", "assessment-unpublished");
        assertThat(jdbc.sql("select detail from audit_event where kind = 'assessment-unpublished' and subject = :s")
                .param("s", "assessment " + id).query(String.class).single())
                .isEqualTo("pe · Port of Spain 2009 ¶17 · c2025 · final · The law was struck down.");
    }

    @Test
    void theListFiltersByCycleActorDocumentStageAndStatus() {
        cycle();
        long published = created(send(ROOT + "/new", form()));
        expect(302, send(ROOT + "/" + published + "/publish", Map.of("version", "1")));
        created(send(ROOT + "/new", form("actor", "iom", "score", "0")));
        created(send(ROOT + "/new", form("stage", "interim", "score", "-1")));

        assertThat(secretariatPage(ROOT).select("tbody tr")).hasSize(3);
        assertThat(secretariatPage(ROOT + "?actor=iom").select("tbody tr td").first().text()).isEqualTo("IOM");
        assertThat(secretariatPage(ROOT + "?status=published").select("tbody tr")).hasSize(1);
        assertThat(secretariatPage(ROOT + "?stage=interim&actor=pe").select("tbody tr td").eachText()).contains("Interim", "−1 no compliance");
        assertThat(secretariatPage(ROOT + "?cycle=c2025&document=" + jdbc.sql("select document_id from paragraph where id = :p")
                .param("p", pos17).query(Long.class).single()).select("tbody tr")).hasSize(3);
        assertThat(secretariatPage(ROOT + "?status=draft&actor=oas").text()).contains("No assessment matches this filter.");
    }

    @Test
    void theGuidelineIsShownBesideTheFormAndSavedOneLanguageAtATime() {
        cycle();
        long id = created(send(ROOT + "/new", form()));
        expect(302, send(ROOT + "/" + id + "/guideline", Map.of("lang", "en", "guideline", "Full: a law in force.")));
        expect(302, send(ROOT + "/" + id + "/guideline", Map.of("lang", "fr", "guideline", "Total : une loi en vigueur.")));
        Document page = secretariatPage(ROOT + "/" + id + "?notice=guideline");

        assertThat(page.selectFirst("textarea#guideline-en").text()).isEqualTo("Full: a law in force.");
        assertThat(page.selectFirst("textarea#guideline-fr").text()).isEqualTo("Total : une loi en vigueur.");
        assertThat(page.selectFirst("textarea#guideline-es").text()).isEmpty();
        assertThat(page.selectFirst("[role=status]").text()).isEqualTo("The scoring guideline was saved.");

        expect(302, send(ROOT + "/" + id + "/guideline", Map.of("lang", "fr", "guideline", "")));
        assertThat(jdbc.sql("select lang from scoring_guideline where paragraph_id = :p").param("p", pos17).query(String.class).list())
                .containsExactly("en");
        Document tooLong = parse(expect(422, send(ROOT + "/" + id + "/guideline", Map.of("lang", "es", "guideline", "x".repeat(4001)))));
        assertThat(tooLong.select(".error-summary a").eachAttr("href")).containsExactly("#guideline-es");
    }

    @Test
    void aDraftCanBeDeletedButAPublishedOneMustGoBackToDraftFirst() {
        cycle();
        long id = created(send(ROOT + "/new", form()));
        expect(302, send(ROOT + "/" + id + "/publish", Map.of("version", "1")));
        expect(403, send(ROOT + "/" + id + "/delete", Map.of("version", "2")));
        expect(403, send(ROOT + "/" + id, Map.of("version", "2", "score", "0", "rationale", "Sneaky change.")));
        expect(302, send(ROOT + "/" + id + "/unpublish", Map.of("version", "2", "reason", "Wrong actor.")));
        MockHttpServletResponse deleted = expect(302, send(ROOT + "/" + id + "/delete", Map.of("version", "3")));

        assertThat(deleted.getRedirectedUrl()).isEqualTo(ROOT + "?notice=deleted");
        assertThat(jdbc.sql("select count(*) from assessment").query(Integer.class).single()).isZero();
    }

    @Test
    void onlyTheSecretariatReachesTheScreens() {
        cycle();
        assertThat(perform(get(ROOT)).getStatus()).isEqualTo(302);
        for (String actor : List.of("pe", "iom")) {
            assertThat(perform(get(ROOT).with(user(users.reporterFor(actor)))).getStatus()).isEqualTo(403);
            assertThat(perform(post(ROOT + "/new").with(csrf()).with(user(users.reporterFor(actor)))
                    .param("cycle", "c2025").param("actor", actor).param("paragraph", String.valueOf(pos17))
                    .param("stage", "final").param("score", "1").param("rationale", "Self-assessed.")).getStatus()).isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from assessment").query(Integer.class).single()).isZero();
    }
}
