package org.mandato.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Errors answered by the real server: pages in the site's layout, never a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:errors;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
})
@Import(ErrorPagesTest.FailingController.class)
class ErrorPagesTest {

    @Value("${local.server.port}")
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void unknownAddressGivesANotFoundPage() throws Exception {
        HttpResponse<String> response = get("/themes/no-such-theme", "en");

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("a.skip-link")).hasSize(1);
        assertThat(page.select("main a[href=/]")).isNotEmpty();
    }

    @Test
    void notFoundPageSpeaksTheReadersLanguage() throws Exception {
        HttpResponse<String> response = get("/summits/v/port-of-spain-declaration/999", "es-PE,es;q=0.9");

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Página no encontrada");
    }

    @Test
    void badValueInTheAddressGivesABadRequestPage() throws Exception {
        HttpResponse<String> response = get("/reports/not-a-number", "en");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("Bad request");
    }

    @Test
    void serverErrorGivesAPageWithoutInternals() throws Exception {
        HttpResponse<String> response = get("/test/failure", "en");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("Something went wrong");
        assertThat(response.body()).doesNotContain("IllegalStateException", "secret detail", "at org.", "Exception");
    }

    @Test
    void aChangeOnAnOutdatedVersionGivesTheConflictPage() throws Exception {
        HttpResponse<String> response = get("/test/stale", "en");

        assertThat(response.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Changed by someone else");
        assertThat(response.body()).doesNotContain("report 7 changed");
    }

    @Test
    void underApiErrorsAreProblemDetailsNamingWhatIsWrongNeverPages() throws Exception {
        HttpResponse<String> wrongType = send(HttpRequest.newBuilder(uri("/api/v1/reports")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("a report")));
        assertProblem(wrongType, 415, "Content-Type 'text/plain");

        HttpResponse<String> xml = send(HttpRequest.newBuilder(uri("/api/v1/reports/1")).header("Content-Type", "application/xml")
                .PUT(HttpRequest.BodyPublishers.ofString("<report/>")));
        assertProblem(xml, 415, "Content-Type 'application/xml' is not supported");

        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/reports")).DELETE()), 405, "Method 'DELETE' is not supported");
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/no-such-endpoint"))), 404, "");
        assertProblem(send(HttpRequest.newBuilder(uri("/api/test/stale"))), 409, "report 7 changed after version 2");
        HttpResponse<String> failure = send(HttpRequest.newBuilder(uri("/api/test/failure")));
        assertProblem(failure, 500, "");
        assertThat(failure.body()).doesNotContain("secret detail", "Exception");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status, "\"detail\":\"" + detail);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Accept", "*/*").build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).header("Accept", "text/html").build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @TestConfiguration
    @RestController
    static class FailingController {
        @GetMapping({"/test/failure", "/api/test/failure"})
        String fail() {
            throw new IllegalStateException("secret detail");
        }

        @GetMapping({"/test/stale", "/api/test/stale"})
        String stale() {
            throw new StaleVersion("report 7 changed after version 2; nothing was changed");
        }
    }
}
