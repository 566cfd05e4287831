package org.mandato.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.mandato.BrowserSession;
import org.mandato.MandatoWriteTest;
import org.mandato.accounts.Role;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.mandato.reporting.ReportForm;
import org.mandato.reporting.ReportWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Public pages kept in memory for anonymous readers: the same bytes again with an ETag, 304 to a
 * reader who has them, gzip when asked; never for anyone signed in or with a session; and gone the
 * moment something published changes, here or (within the poll interval) on another instance.
 */
@MandatoWriteTest
@TestPropertySource(properties = {"mandato.pages.cache=true", "mandato.pages.poll-interval=PT0.1S", "mandato.pages.settle=PT0.5S",
        "mandato.catalog.cache-ttl=PT0.2S"})
class PublicPageCacheTest {

    private static final String THEME = "/themes/migration";

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    TestUsers users;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aKeptPageIsTheSamePageWithAnEtagAndA304ForReadersWhoHaveIt() throws Exception {
        Thread.sleep(700); // past the settling time of a change an earlier test made
        MockHttpServletResponse first = perform(get(THEME).header("Accept-Language", "en"));
        MockHttpServletResponse second = perform(get(THEME).header("Accept-Language", "en"));

        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).contains("<h1>Migration</h1>");
        assertThat(second.getHeader("ETag")).isNotBlank().isEqualTo(first.getHeader("ETag"));
        assertThat(second.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(second.getHeader("Content-Security-Policy")).as("the security headers of every answer")
                .isEqualTo(first.getHeader("Content-Security-Policy")).isNotBlank();
        assertThat(second.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(second.getContentType()).isEqualTo(first.getContentType());

        MockHttpServletResponse revalidated = perform(get(THEME).header("Accept-Language", "en")
                .header("If-None-Match", second.getHeader("ETag")));
        assertThat(revalidated.getStatus()).isEqualTo(304);
        assertThat(revalidated.getContentAsByteArray()).isEmpty();

        MockHttpServletResponse gzipped = perform(get(THEME).header("Accept-Language", "en").header("Accept-Encoding", "gzip, br"));
        assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(gunzip(gzipped.getContentAsByteArray())).isEqualTo(first.getContentAsString());
    }

    @Test
    void eachLanguageHasItsOwnPage() throws Exception {
        String english = perform(get(THEME).header("Accept-Language", "en")).getContentAsString();
        String spanish = perform(get(THEME).header("Accept-Language", "es")).getContentAsString();
        String byCookie = perform(get(THEME).cookie(new Cookie("mandato-lang", "fr"))).getContentAsString();

        assertThat(english).contains("<html lang=\"en\"");
        assertThat(spanish).contains("<html lang=\"es\"").contains("Migración");
        assertThat(byCookie).contains("<html lang=\"fr\"");
    }

    @Test
    void nobodySignedInNorWithASessionGetsAKeptPage() throws Exception {
        perform(get(THEME).header("Accept-Language", "en"));
        perform(get(THEME).header("Accept-Language", "en"));

        users.account("kept-pages@iom.example", Role.INSTITUTION_REPORTER, "iom");
        BrowserSession session = new BrowserSession(mvc);
        session.perform(formLogin("/login").user("kept-pages@iom.example").password(TestUsers.PASSWORD));
        MockHttpServletResponse signedIn = session.perform(get(THEME).header("Accept-Language", "en")).getResponse();
        assertThat(signedIn.getContentAsString()).contains("/logout").doesNotContain("href=\"/login\"");
        assertThat(signedIn.getHeader("ETag")).as("a page built for someone is never kept nor tagged").isNull();

        MockHttpServletResponse withSession = perform(get(THEME).header("Accept-Language", "en").cookie(new Cookie("SESSION", "abc")));
        assertThat(withSession.getHeader("ETag")).isNull();
        assertThat(withSession.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void onlyThePagesOfPublishedContentAndTheirOwnParametersAreKept() throws Exception {
        assertThat(perform(get(THEME + "?page=1").header("Accept-Language", "en")).getHeader("ETag")).isNotNull();
        assertThat(perform(get(THEME + "?institution=iom").header("Accept-Language", "en")).getHeader("ETag")).isNotNull();
        assertThat(perform(get(THEME + "?utm=x").header("Accept-Language", "en")).getHeader("ETag")).as("any other parameter").isNull();
        assertThat(perform(get(THEME + "?lang=es")).getHeader("ETag")).as("a change of language sets a cookie").isNull();
        assertThat(perform(get("/themes/no-such-theme")).getHeader("ETag")).as("not found").isNull();
        assertThat(perform(get("/countries/cl")).getHeader("ETag")).as("national reports change without the change log").isNull();
        assertThat(perform(get("/search?q=migration")).getHeader("ETag")).isNull();
    }

    @Test
    void aReportPublishedOrWithdrawnHereChangesTheKeptPagesAtOnce() throws Exception {
        String before = perform(get(THEME).header("Accept-Language", "en")).getContentAsString();
        SignedInUser iom = users.reporterFor("iom");
        SignedInUser secretariat = TestUsers.secretariat();
        long id = workflow.create(iom, form("Kept-page check: a workshop on consular assistance."));
        workflow.submit(iom, id, 1);
        assertThat(perform(get(THEME).header("Accept-Language", "en")).getContentAsString()).isEqualTo(before);

        workflow.publish(secretariat, id, 2);
        assertThat(perform(get(THEME).header("Accept-Language", "en")).getContentAsString()).contains("/reports/" + id + "\"");

        workflow.withdraw(secretariat, id, 3, "kept-page test");
        assertThat(perform(get(THEME).header("Accept-Language", "en")).getContentAsString()).doesNotContain("/reports/" + id + "\"");
    }

    @Test
    void aChangeByAnotherInstanceReachesTheKeptPagesWithinThePollInterval() throws Exception {
        String theme = "/themes/health";
        Thread.sleep(700);
        assertThat(perform(get(theme).header("Accept-Language", "en")).getContentAsString()).contains("<h1>Health</h1>");
        long healthId = catalog.theme("health").orElseThrow().id();
        try {
            // What another instance's catalogue edit leaves in the shared database: the row, then its change log entry.
            jdbc.sql("update theme_text set name = 'Health elsewhere' where theme_id = :id and lang = 'en'").param("id", healthId).update();
            Thread.sleep(500);
            assertThat(perform(get(theme).header("Accept-Language", "en")).getContentAsString())
                    .as("the page is kept, not built again, until the change log says something changed").contains("<h1>Health</h1>");
            logChange();
            assertThat(eventually(theme, "<h1>Health elsewhere</h1>")).isTrue();
        } finally {
            jdbc.sql("update theme_text set name = 'Health' where theme_id = :id and lang = 'en'").param("id", healthId).update();
            logChange();
        }
        assertThat(eventually(theme, "<h1>Health</h1>")).isTrue();
    }

    private void logChange() {
        jdbc.sql("insert into change_log (entity, entity_id, changed_at) values ('catalog', null, :at)")
                .param("at", OffsetDateTime.now()).update();
    }

    /** Whether the page shows the text within five seconds (the catalogue's own copy lapses in two). */
    private boolean eventually(String url, String text) throws Exception {
        long until = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < until) {
            if (perform(get(url).header("Accept-Language", "en")).getContentAsString().contains(text)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private ReportForm form(String body) {
        String migration = String.valueOf(catalog.theme("migration").orElseThrow().id());
        return new ReportForm(java.time.LocalDate.now().toString(), "en", Map.of(), Map.of("en", body), List.of(migration), "", null, null);
    }

    private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
