package org.mandato.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandato.BrowserSession;
import org.mandato.MandatoWriteTest;
import org.mandato.accounts.Role;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.mandato.reporting.ReportForm;
import org.mandato.reporting.ReportWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Writing reports with personal API tokens, under the same rules as the pages. */
@MandatoWriteTest
class ApiWriteTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    Catalog catalog;

    String token;

    @BeforeEach
    void tokenOfAnIomReporter() throws Exception {
        String username = "api-" + System.nanoTime() + "@iom.example";
        users.account(username, Role.INSTITUTION_REPORTER, "iom");
        BrowserSession session = new BrowserSession(mvc);
        session.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD));
        String page = session.perform(post("/account/tokens").with(csrf()).param("name", "test script"))
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        token = Jsoup.parse(page).selectFirst("code.secret").text();
    }

    @Test
    void aTokenCreatesSavesAndSubmitsItsOwnersReports() throws Exception {
        MockHttpServletResponse created = call(post("/api/v1/reports"), report("Sent by a program.", null, null));
        assertThat(created.getStatus()).isEqualTo(201);
        long id = Long.parseLong(created.getContentAsString().replaceAll(".*\"id\":(\\d+).*", "$1"));
        assertThat(mvc.perform(get("/api/v1/reports/" + id)).andReturn().getResponse().getStatus()).as("a draft is not public").isEqualTo(404);
        assertThat(call(get("/api/v1/reports/" + id), "").getContentAsString()).as("its owner's token reads it")
                .contains("\"status\":\"draft\"", "Sent by a program.");

        assertThat(call(put("/api/v1/reports/" + id), report("Sent by a program, corrected.", null, 1)).getStatus()).isEqualTo(200);
        MockHttpServletResponse stale = call(put("/api/v1/reports/" + id), report("A stale edit.", null, 1));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentType()).startsWith("application/problem+json");

        assertThat(call(post("/api/v1/reports/" + id + "/submit"), "{\"version\":2}").getStatus()).isEqualTo(200);
        assertThat(workflow.view(TestUsers.secretariat(), id).report().status().code()).isEqualTo("submitted");
    }

    @Test
    void theSameRulesAsThePagesApply() throws Exception {
        long idbDraft = workflow.create(users.reporterFor("idb"), new ReportForm("2026-01-05", "en", Map.of(),
                Map.of("en", "IDB draft."), List.of(String.valueOf(catalog.theme("migration").orElseThrow().id())), "", null, null));

        assertThat(call(put("/api/v1/reports/" + idbDraft), report("Taken over.", null, 1)).getStatus()).isEqualTo(403);
        assertThat(call(get("/api/v1/reports/" + idbDraft), "").getStatus()).as("another actor's draft").isEqualTo(404);
        assertThat(call(post("/api/v1/reports/" + idbDraft + "/submit"), "{\"version\":1}").getStatus()).isEqualTo(403);
        assertThat(call(post("/api/v1/reports"), report("Filed for IDB.", "idb", null)).getStatus()).isEqualTo(403);
        MockHttpServletResponse invalid = call(post("/api/v1/reports"), report("From the future.", null, null).replace("2026-01-10", "2999-01-01"));
        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(invalid.getContentAsString()).contains("\"field\":\"date\"", "is in the future");
    }

    @Test
    void nullsAndUnknownLanguagesInABodyAreNamedNotServerErrors() throws Exception {
        String valid = report("Sent with nulls.", null, null);
        assertThat(call(post("/api/v1/reports"), valid.replace("{\"date\"", "{\"titles\":null,\"date\"")).getStatus())
                .as("no titles at all").isEqualTo(201);
        assertThat(call(post("/api/v1/reports"), valid.replace("{\"date\"", "{\"titles\":{\"en\":null,\"fr\":null},\"date\""))
                .getStatus()).as("a title that is null is no title").isEqualTo(201);

        assertInvalid(valid.replace("\"bodies\":{\"en\":\"Sent with nulls.\"}", "\"bodies\":null"), "body-en", "Write the text");
        assertInvalid(valid.replace("\"bodies\":{\"en\":\"Sent with nulls.\"}", "\"bodies\":{\"en\":null}"), "body-en", "Write the text");
        assertInvalid(valid.replace("\"themes\":[\"migration\"]", "\"themes\":null"), "themes", "at least one theme");
        assertInvalid(valid.replace("\"themes\":[\"migration\"]", "\"themes\":[null]"), "themes", "There is no theme");
        assertInvalid(valid.replace("\"originalLanguage\":\"en\",", ""), "originalLanguage", "original language");
        assertInvalid(valid.replace("\"date\":\"2026-01-10\",", "\"date\":null,"), "date", "Give the date");
        assertInvalid(valid.replace("\"bodies\":{", "\"bodies\":{\"de\":\"Ein Bericht.\","), "body-de", "no language “de”");
        assertInvalid(valid.replace("{\"date\"", "{\"titles\":{\"xx\":\"?\"},\"date\""), "title-xx", "no language “xx”");
    }

    @Test
    void anUnreadableBodyIsAProblemNamingWhatIsWrong() throws Exception {
        MockHttpServletResponse broken = call(post("/api/v1/reports"), "{\"date\": \"2026-01-10\",\n \"bodies\": {\"en\": \"cut off");
        assertThat(broken.getStatus()).isEqualTo(400);
        assertThat(broken.getContentType()).startsWith("application/problem+json");
        assertThat(broken.getContentAsString()).contains("not valid JSON", "line 2");

        String typedWrong = report("Typed wrong.", null, null);
        MockHttpServletResponse wrongType = call(put("/api/v1/reports/1"), typedWrong.substring(0, typedWrong.length() - 1) + ",\"version\":\"two\"}");
        assertThat(wrongType.getStatus()).isEqualTo(400);
        assertThat(wrongType.getContentAsString()).contains("\"field\":\"version\"");
        assertThat(call(post("/api/v1/reports"), "{\"themes\":\"migration\"}").getContentAsString()).contains("\"field\":\"themes\"");

        MockHttpServletResponse empty = call(post("/api/v1/reports"), "");
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentType()).startsWith("application/problem+json");
        assertThat(call(post("/api/v1/reports/1/submit"), "{\"version\":1e99}").getStatus()).isEqualTo(400);
        assertThat(call(post("/api/v1/reports/1/submit"), "{}").getStatus()).isEqualTo(400);
        assertThat(call(post("/api/v1/reports/1/submit"), "null").getStatus()).isEqualTo(400);
        assertThat(call(post("/api/v1/reports"), "null").getStatus()).isEqualTo(400);
        assertThat(call(post("/api/v1/reports"), "[]").getStatus()).isEqualTo(400);
    }

    @Test
    void writingNeedsAValidTokenAndASessionCookieIsNotEnough() throws Exception {
        assertThat(mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(report("x", null, null)))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(post("/api/v1/reports").with(user(users.reporterFor("iom"))).contentType(MediaType.APPLICATION_JSON)
                .content(report("x", null, null))).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get("/api/v1/reports").header("Authorization", "Bearer mdt_forged")).andReturn().getResponse()
                .getStatus()).isEqualTo(401);
    }

    private void assertInvalid(String json, String field, String message) throws Exception {
        MockHttpServletResponse response = call(post("/api/v1/reports"), json);
        assertThat(response.getStatus()).as(json).isEqualTo(422);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(json).contains("\"field\":\"" + field + "\"", message);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
    }

    private static String report(String body, String author, Integer version) {
        return "{\"date\":\"2026-01-10\",\"originalLanguage\":\"en\",\"bodies\":{\"en\":\"" + body + "\"},"
                + "\"themes\":[\"migration\"],\"citations\":\"Port of Spain 17\""
                + (author == null ? "" : ",\"author\":\"" + author + "\"")
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }
}
