package org.mandato.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandato.mail.MovableClock;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A client that keeps knocking after it was refused fills one log line a minute, not one per request. */
@ExtendWith(OutputCaptureExtension.class)
class RefusalLogTest {

    private final MovableClock clock = new MovableClock();

    {
        clock.set("2026-03-01T09:00:00Z");
    }
    private final RateLimitSettings.Limit oncePerHour = new RateLimitSettings.Limit(1, Duration.ofHours(1));
    private final RateLimits limits = new RateLimits(new RateLimitSettings(oncePerHour, oncePerHour, oncePerHour, oncePerHour, oncePerHour, 100), clock);

    @Test
    void aRefusedClientIsLoggedOnceAMinuteWithTheCountOfWhatItWasRefused(CapturedOutput output) throws Exception {
        assertThat(search("198.51.100.60")).isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            assertThat(search("198.51.100.60")).isEqualTo(429);
        }
        assertThat(refusalLines(output)).hasSize(1);

        clock.advance(Duration.ofSeconds(59));
        assertThat(search("198.51.100.60")).isEqualTo(429);
        assertThat(refusalLines(output)).as("still within the minute").hasSize(1);

        clock.advance(Duration.ofSeconds(2));
        assertThat(search("198.51.100.60")).isEqualTo(429);
        assertThat(refusalLines(output)).hasSize(2);
        assertThat(refusalLines(output)[1]).contains("198.51.100.60", "and 10 more of its requests since");

        search("198.51.100.61");
        search("198.51.100.61");
        assertThat(refusalLines(output)).as("another client has a line of its own").hasSize(3);
    }

    private int search(String client) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
        request.setRemoteAddr(client);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limits.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    private static String[] refusalLines(CapturedOutput output) {
        return output.getOut().lines().filter(line -> line.contains("Rate limit: refused")).toArray(String[]::new);
    }
}
