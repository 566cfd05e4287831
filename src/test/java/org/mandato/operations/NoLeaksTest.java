package org.mandato.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.mandato.reporting.ReportForm;
import org.mandato.reporting.ReportWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A real server asked wrong or forbidden things by someone signed out: no answer shows a stack
 * trace, an exception's name, SQL or a database's name, and no answer shows a report not yet published.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:no-leaks;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
})
@Import(TestUsers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoLeaksTest {

    static final String DRAFT = "Zanzibarite draft wording nobody outside may read";
    static final String SUBMITTED = "Quokkaesque submitted wording awaiting review";
    static final List<String> INTERNALS = List.of("Exception", "at org.", "at java.", "java.lang", "SQLState", "SQL state",
            "syntax error", "org.h2", "org.postgresql", "jdbc:", "springframework", "flyway", "Whitelabel");

    @Value("${local.server.port}")
    int port;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    Catalog catalog;
    @Autowired
    TestUsers users;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    long draft;
    long submitted;

    @BeforeAll
    void reportsNotYetPublished() {
        SignedInUser iom = users.reporterFor("iom");
        String migration = String.valueOf(catalog.theme("migration").orElseThrow().id());
        draft = workflow.create(iom, new ReportForm("2026-04-04", "en", Map.of("en", DRAFT), Map.of("en", DRAFT),
                List.of(migration), "Port of Spain 17", "iom", null));
        submitted = workflow.create(iom, new ReportForm("2026-04-05", "en", Map.of(), Map.of("en", SUBMITTED),
                List.of(migration), "Port of Spain 17", "iom", null));
        workflow.submit(iom, submitted, 1);
    }

    @Test
    void unpublishedReportsAreNowhereInPublic() throws Exception {
        List<String> paths = List.of("/reports/" + draft, "/reports/" + submitted, "/api/v1/reports/" + draft,
                "/api/v1/reports/" + submitted, "/api/v1/reports?institution=iom&per_page=100", "/themes/migration",
                "/institutions/iom", "/summits/v/port-of-spain-declaration/17", "/search?q=zanzibarite",
                "/search.json?q=quokkaesque", "/search.csv?q=zanzibarite", "/api/v1/search?q=quokkaesque",
                "/feeds/reports.atom", "/export/reports.csv", "/export/reports.json", "/my/reports/" + draft + "/edit",
                "/secretariat/desk");
        for (String path : paths) {
            HttpResponse<String> response = get(path, null);
            // The search page repeats the words asked for; the rest of the reports' wording must appear nowhere.
            assertThat(response.body()).as(path).doesNotContain("wording nobody outside", "wording awaiting review");
        }
        assertThat(get("/reports/" + draft, null).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/reports/" + submitted, null).statusCode()).isEqualTo(404);
        assertThat(packText()).doesNotContain("wording nobody outside", "wording awaiting review");
    }

    /** The demo pack holds a submitted national report (Colombia) and a draft one (Mexico): neither is public. */
    @Test
    void unpublishedNationalReportsAreNowhereInPublic() throws Exception {
        List<Long> unpublished = jdbc.sql("select id from national_report where status in ('draft', 'submitted')").query(Long.class).list();
        assertThat(unpublished).hasSizeGreaterThanOrEqualTo(2);
        List<String> words = List.of("publish every judgment of the high courts", "Demonstration entry (draft)", "High-court judgments");
        List<String> paths = new java.util.ArrayList<>(List.of("/national-reports", "/countries/co", "/countries/mx",
                "/api/v1/national-reports?per_page=100", "/api/v1/national-reports?country=co", "/coverage", "/compliance"));
        for (long id : unpublished) {
            assertThat(get("/national-reports/" + id, null).statusCode()).as("national report " + id).isEqualTo(404);
            assertThat(get("/api/v1/national-reports/" + id, null).statusCode()).as("national report " + id).isEqualTo(404);
            assertThat(get("/national-reports/" + id + ".csv", null).statusCode()).as("national report " + id).isEqualTo(404);
            paths.add("/my/national/" + id);
        }
        for (String path : paths) {
            assertThat(get(path, null).body()).as(path).doesNotContain(words);
        }
        assertThat(packText()).doesNotContain(words);
    }

    @Test
    void wrongRequestsShowNoInternals() throws Exception {
        List<String[]> requests = List.of(
                new String[] {"/reports/not-a-number", null}, new String[] {"/reports/99999999999999999999999", null},
                new String[] {"/reports/-1", null}, new String[] {"/themes/no-such-theme", null},
                new String[] {"/summits/v/no-such-document/1", null}, new String[] {"/institutions/%00", null},
                new String[] {"/search?q=%22unclosed", null}, new String[] {"/search?q=((((%5B", null},
                new String[] {"/search?q=*:*&page=-4", null}, new String[] {"/search?page=99999999999", null},
                new String[] {"/search?q=" + "a".repeat(5000), null}, new String[] {"/search?sort=drop%20table", null},
                new String[] {"/search.json?q=title:%5B", null}, new String[] {"/api/v1/search?q=%22", null},
                new String[] {"/api/v1/search?page=x", null}, new String[] {"/api/v1/search?bogus=1", null},
                new String[] {"/api/v1/reports/abc", null}, new String[] {"/api/v1/reports?page=-1", null},
                new String[] {"/api/v1/reports?from=yesterday", null}, new String[] {"/api/v1/reports?per_page=1000000", null},
                new String[] {"/api/v1/reports?theme=' or 1=1 --", null}, new String[] {"/api/v1/themes/%27", null},
                new String[] {"/api/v1/reports", "application/xml"}, new String[] {"/feeds/themes/no-such.atom", null},
                new String[] {"/export/no-such.csv", null}, new String[] {"/actuator/env", null},
                new String[] {"/actuator/prometheus", null}, new String[] {"/secretariat/users", null},
                new String[] {"/WEB-INF/web.xml", null}, new String[] {"/css/../application.properties", null});
        List<String> serverErrors = new ArrayList<>();
        for (String[] request : requests) {
            String path = request[0].replace(" ", "%20").replace("'", "%27");
            HttpResponse<String> response = get(path, request[1]);
            assertThat(response.body()).as(path).doesNotContain(INTERNALS);
            if (response.statusCode() >= 500) {
                serverErrors.add(path + " " + response.statusCode());
            }
        }
        assertThat(serverErrors).as("bad input is the client's error, not the server's").isEmpty();
    }

    @Test
    void brokenWritesShowNoInternals() throws Exception {
        List<HttpResponse<String>> answers = List.of(
                post("/api/v1/reports", "application/json", "{\"date\": ", "Bearer mdt_unknown"),
                post("/api/v1/reports", "application/json", "{not json at all", null),
                post("/my/reports/new", "application/x-www-form-urlencoded", "body-en=x", null),
                post("/login", "application/x-www-form-urlencoded", "username=%00&password=x", null),
                post("/secretariat/import/pack", "application/zip", "PK broken", null));
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.body()).as(answer.uri().toString()).doesNotContain(INTERNALS);
            assertThat(answer.statusCode()).as(answer.uri().toString()).isLessThan(500);
        }
    }

    private String packText() throws IOException, InterruptedException {
        HttpResponse<byte[]> pack = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/export/pack.zip")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pack.statusCode()).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(pack.body()))) {
            while (zip.getNextEntry() != null) {
                text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String type, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
