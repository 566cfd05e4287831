package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoApplication;
import org.mandato.PostgresServer;
import org.mandato.accounts.Role;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.mandato.reporting.ReportForm;
import org.mandato.reporting.ReportWorkflow;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances on one PostgreSQL, each with its own search index, as behind a proxy:
 * a report published through the first is on the second's pages at once and in the second's search
 * once its worker polls the change log (every second here; the wait allows for a slow machine), and
 * a person signed in on the first is signed in on the second.
 */
class TwoInstancesTest {

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startBoth() throws Exception {
        String database = PostgresServer.newDatabase("two_instances");
        first = start(database);
        second = start(database);
    }

    @AfterAll
    static void stopBoth() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aReportPublishedOnOneInstanceReachesTheOthersPagesAndSearch() throws Exception {
        ReportWorkflow workflow = first.getBean(ReportWorkflow.class);
        Catalog catalog = first.getBean(Catalog.class);
        SignedInUser secretariat = TestUsers.secretariat();
        String migration = String.valueOf(catalog.theme("migration").orElseThrow().id());
        long id = workflow.create(secretariat, new ReportForm("2026-02-02", "en", Map.of(),
                Map.of("en", "Xylophonist network trained consular staff on migrant protection."), List.of(migration), "",
                "iom", null));
        workflow.submit(secretariat, id, 1);
        workflow.publish(secretariat, id, 2);

        String themePage = get(second, "/themes/migration?institution=iom");
        assertThat(themePage).contains("Xylophonist network trained consular staff");

        // Nothing rings the second instance's worker: only its poll of the change log brings the report.
        long published = first.getBean(ChangeLog.class).lastId();
        assertThat(second.getBean(SearchIndex.class).awaitApplied(published, IndexWaits.PATIENCE))
                .as("the second instance's index applies the change it polled").isTrue();
        assertThat(second.getBean(Search.class).search(new SearchRequest("xylophonist", Map.of(), null, 0), "en").total())
                .as("found by the second instance's search").isEqualTo(1);
    }

    @Test
    void aPersonSignedInOnOneInstanceStaysSignedInOnTheOther() throws Exception {
        first.getAutowireCapableBeanFactory().createBean(TestUsers.class)
                .account("roaming@iom.example", Role.INSTITUTION_REPORTER, "iom");
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> loginPage = http.send(request(first, "/login").build(), HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(loginPage);
        String csrf = Jsoup.parse(loginPage.body()).selectFirst("input[name=_csrf]").val();
        HttpResponse<String> signedIn = http.send(request(first, "/login").header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode("roaming@iom.example") + "&password="
                        + encode(TestUsers.PASSWORD) + "&_csrf=" + encode(csrf))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/my/work"));
        String signedInCookie = sessionCookie(signedIn);

        HttpResponse<String> onSecond = http.send(request(second, "/my/work").header("Cookie", signedInCookie).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onSecond.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(onSecond.body()).select(".account-nav").text()).contains("roaming@iom.example");

        HttpResponse<String> stranger = http.send(request(second, "/my/work").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stranger.statusCode()).as("without the cookie, the second instance asks to sign in").isEqualTo(302);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpRequest.Builder request(ConfigurableApplicationContext instance, String path) {
        int port = Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static ConfigurableApplicationContext start(String database) throws Exception {
        return new SpringApplicationBuilder(MandatoApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--mandato.data-dir=" + Files.createTempDirectory("mandato-instance-"),
                "--mandato.search.poll-interval=PT1S");
    }

    private static String get(ConfigurableApplicationContext instance, String path) throws Exception {
        int port = Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
