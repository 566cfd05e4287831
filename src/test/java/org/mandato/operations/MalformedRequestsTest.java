package org.mandato.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Requests a real server must answer 400 rather than 500: a query string that cannot be decoded,
 * and a client address forwarded by a trusted proxy (loopback, as configured by default) that is
 * not an address. Neither leaves a stack trace in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:malformed;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
})
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aBadlyEncodedQueryStringIsABadRequestWithoutAStackTrace(CapturedOutput output) throws Exception {
        int logged = output.getOut().length();

        String page = raw("GET /search?q=%E0%A4%A HTTP/1.1");
        String api = raw("GET /api/v1/search?q=%ZZ HTTP/1.1");
        String form = raw("GET /themes/migration?lang=%E0 HTTP/1.1");

        assertThat(statusLine(page)).isEqualTo("HTTP/1.1 400 ");
        assertThat(page).contains("<h1>");
        assertThat(statusLine(api)).isEqualTo("HTTP/1.1 400 ");
        assertThat(api).contains("application/problem+json", "\"status\":400");
        assertThat(statusLine(form)).isEqualTo("HTTP/1.1 400 ");
        String log = output.getOut().substring(logged);
        assertThat(log).doesNotContain("InvalidParameterException", "Exception", "\tat ");
    }

    @Test
    void aForwardedClientAddressThatIsNoAddressIsABadRequestAtSignIn(CapturedOutput output) throws Exception {
        int logged = output.getOut().length();

        assertThat(signIn("nobody@example.org", "y".repeat(300)).statusCode()).isEqualTo(400);
        assertThat(signIn("nobody@example.org", "203.0.113.7, not-an-address").statusCode()).isEqualTo(400);
        assertThat(signIn("nobody@example.org", "203.0.113.7,, ,").statusCode()).isIn(302, 400);
        assertThat(signIn("n".repeat(500), "198.51.100.7").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        assertThat(signIn("nobody@example.org", "2001:db8::7").statusCode()).isEqualTo(302);

        assertThat(jdbc.sql("select remote_address from audit_event where kind = 'sign-in-failed' order by id")
                .query(String.class).list()).contains("198.51.100.7", "2001:db8::7").allMatch(MalformedRequests::isIpAddress);
        assertThat(output.getOut().substring(logged)).doesNotContain("Exception", "\tat ");
    }

    @Test
    void onlyIpAddressesAreClientAddresses() {
        assertThat(MalformedRequests.isIpAddress("203.0.113.7")).isTrue();
        assertThat(MalformedRequests.isIpAddress("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(MalformedRequests.isIpAddress("2001:db8::7")).isTrue();
        assertThat(MalformedRequests.isIpAddress("fe80::1%2")).isTrue();
        assertThat(MalformedRequests.isIpAddress("256.1.1.1")).isFalse();
        assertThat(MalformedRequests.isIpAddress("example.org")).isFalse();
        assertThat(MalformedRequests.isIpAddress("dead.beef")).as("never looked up by name").isFalse();
        assertThat(MalformedRequests.isIpAddress("1:2:3:4:5:6:7:8:9")).isFalse();
        assertThat(MalformedRequests.isIpAddress("")).isFalse();
        assertThat(MalformedRequests.isIpAddress("1.2.3.4".repeat(20))).isFalse();
    }

    /** Signs in from the address a trusted proxy names: the sign-in page is fetched first, as a browser does. */
    private HttpResponse<String> signIn(String username, String forwardedFor) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=wrong&_csrf=" + token.group(1);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request line sent as is: Java's HTTP client refuses to send a badly encoded address. */
    private String raw(String requestLine) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nAccept-Language: en\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String statusLine(String response) {
        return response.lines().findFirst().orElse("");
    }
}
