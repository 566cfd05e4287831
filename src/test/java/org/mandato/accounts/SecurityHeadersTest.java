package org.mandato.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The headers a real server sends on pages, error pages, the API and static files. The server
 * trusts forwarded headers from loopback only (the default), and this test calls from loopback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:headers;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
})
class SecurityHeadersTest {

    static final List<String> PATHS = List.of("/", "/themes/migration", "/search?q=migrants", "/login", "/no-such-page",
            "/reports/not-a-number", "/api/v1/themes", "/api/v1/reports/999999", "/css/mandato.css", "/feeds/reports.atom");

    @Value("${local.server.port}")
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyAnswerForbidsInlineCodeFramingSniffingAndFullReferrers() throws Exception {
        for (String path : PATHS) {
            HttpHeaders headers = get(path, null).headers();
            String policy = headers.firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).as(path).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                    "frame-ancestors 'none'", "object-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
        }
    }

    @Test
    void plainHttpGetsNoStrictTransportSecurity() throws Exception {
        assertThat(get("/", null).headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void httpsAtATrustedProxyGetsStrictTransportSecurity() throws Exception {
        HttpResponse<String> response = get("/themes/migration", "https");

        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000", "includeSubDomains"));
    }

    @Test
    void requestHeadsAboveTheLimitAreRefusedWithoutInternals() throws Exception {
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("X-Padding", "x".repeat(20 * 1024)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain("Exception", "at org.", "Tomcat");
        assertThat(get("/", null).statusCode()).as("a normal request still passes").isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
