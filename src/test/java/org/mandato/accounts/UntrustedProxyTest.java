package org.mandato.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A server that trusts another proxy than the caller: a forwarded protocol or client address from
 * this caller is ignored, so it can neither earn HSTS nor pose as another client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:untrusted;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "server.tomcat.remoteip.internal-proxies=10\\.9\\.9\\.9",
        "mandato.rate-limit.search.requests=2", "mandato.rate-limit.search.per=PT1H"
})
class UntrustedProxyTest {

    @Value("${local.server.port}")
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void forwardedProtocolFromAnUntrustedAddressIsIgnored() throws Exception {
        HttpResponse<String> response = get("/themes/migration", "X-Forwarded-Proto", "https");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void forwardedClientAddressFromAnUntrustedAddressDoesNotEscapeTheRateLimit() throws Exception {
        int refused = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 4; i++) {
            last = get("/search?q=summit", "X-Forwarded-For", "203.0.113." + i);
            if (last.statusCode() == 429) {
                refused++;
            }
        }
        assertThat(refused).as("counted as one client, the caller's own address").isEqualTo(2);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(Jsoup.parse(last.body()).selectFirst("h1").text()).isEqualTo("Too many requests");
    }

    private HttpResponse<String> get(String path, String header, String value) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header(header, value).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
