package org.mandato.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.mandato.MandatoApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An instance asked to stop while it answers a request finishes that request first. */
class GracefulShutdownTest {

    @Test
    void aRequestInFlightWhenTheInstanceStopsIsAnswered() throws Exception {
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(MandatoApplication.class, SlowEndpoint.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:graceful;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--mandato.data-dir=" + Files.createTempDirectory("mandato-graceful-"));
        int port = Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));

        CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/test/slow")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(SlowEndpoint.started.await(20, TimeUnit.SECONDS)).as("the request reached the instance").isTrue();
        Thread stopping = new Thread(instance::close);
        stopping.start();

        HttpResponse<String> answered = inFlight.get(30, TimeUnit.SECONDS);
        stopping.join(30_000);

        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).isEqualTo("finished after the stop began");
        assertThat(instance.isActive()).isFalse();
    }

    /** Registered only for this test's instance: a request that takes two seconds. */
    @RestController
    static class SlowEndpoint {
        static final CountDownLatch started = new CountDownLatch(1);

        @GetMapping("/test/slow")
        String slow() throws InterruptedException {
            started.countDown();
            Thread.sleep(2000);
            return "finished after the stop began";
        }
    }
}
