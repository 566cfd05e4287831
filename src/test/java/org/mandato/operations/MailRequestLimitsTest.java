package org.mandato.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.mandato.mail.MovableClock;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The forms that send a message to an address typed in them (forgot password, subscribe, erase
 * subscriptions) share one limit per client address: a client cannot make this site mail strangers
 * faster than that, whatever addresses it types.
 */
class MailRequestLimitsTest {

    private final MovableClock clock = new MovableClock();
    private final RateLimitSettings.Limit many = new RateLimitSettings.Limit(1000, Duration.ofHours(1));
    private final RateLimitSettings.Limit threePerHour = new RateLimitSettings.Limit(3, Duration.ofHours(1));
    private final RateLimits limits = new RateLimits(new RateLimitSettings(many, many, many, many, threePerHour, 100), clock);

    @Test
    void aClientAsksForThreeMessagesAnHourWhicheverFormItUses() throws Exception {
        assertThat(post("/password/forgot", "198.51.100.70")).isEqualTo(200);
        assertThat(post("/subscriptions", "198.51.100.70")).isEqualTo(200);
        assertThat(post("/subscriptions/erase", "198.51.100.70")).isEqualTo(200);

        assertThat(post("/subscriptions", "198.51.100.70")).isEqualTo(429);
        assertThat(post("/password/forgot", "198.51.100.70")).isEqualTo(429);
        assertThat(post("/subscriptions", "198.51.100.71")).as("another client").isEqualTo(200);
        assertThat(request("GET", "/subscriptions/erase", "198.51.100.70")).as("reading the form is not limited").isEqualTo(200);
        assertThat(post("/subscriptions/unsubscribe", "198.51.100.70")).as("unsubscribing sends nothing").isEqualTo(200);
    }

    private int post(String path, String client) throws Exception {
        return request("POST", path, client);
    }

    private int request(String method, String path, String client) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(client);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limits.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }
}
