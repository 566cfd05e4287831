package org.mandato.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Each limited kind of request, at a limit of three per hour per client address. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:rate-limits;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "mandato.rate-limit.sign-in.requests=3", "mandato.rate-limit.sign-in.per=PT1H",
        "mandato.rate-limit.api-token.requests=3", "mandato.rate-limit.api-token.per=PT1H",
        "mandato.rate-limit.search.requests=3", "mandato.rate-limit.search.per=PT1H",
        "mandato.rate-limit.kept-form.requests=3", "mandato.rate-limit.kept-form.per=PT1H"
})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class RateLimitsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theFourthSignInWithinTheHourGetsAPageSayingToWait() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(signIn("198.51.100.1").getStatus()).isEqualTo(302);
        }

        MockHttpServletResponse refused = signIn("198.51.100.1");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 3600L);
        assertThat(signIn("198.51.100.2").getStatus()).as("another address is not held back").isEqualTo(302);
    }

    @Test
    void theFourthSearchWithinTheHourIsRefusedWithProblemDetailsInTheApi() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(call(get("/api/v1/search").param("q", "migrants"), "198.51.100.10").getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = call(get("/api/v1/search").param("q", "migrants"), "198.51.100.10");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getHeader("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(refused.getContentAsString()).contains("\"status\":429", "try again in");
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(call(get("/search").param("q", "x"), "198.51.100.10").getStatus()).as("the page shares the limit").isEqualTo(429);
        assertThat(call(get("/themes/migration"), "198.51.100.10").getStatus()).as("other pages are not limited").isEqualTo(200);
    }

    @Test
    void guessingApiTokensIsLimited() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(call(get("/api/v1/themes").header("Authorization", "Bearer mdt_guess" + i), "198.51.100.20").getStatus())
                    .isEqualTo(401);
        }

        MockHttpServletResponse refused = call(get("/api/v1/themes").header("Authorization", "Bearer mdt_guess9"), "198.51.100.20");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(call(get("/api/v1/themes"), "198.51.100.20").getStatus()).as("anonymous reading is not limited").isEqualTo(200);
    }

    @Test
    void theFourthFormPostedWithoutASessionWithinTheHourIsNotEvenConsidered() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(call(post("/my/reports/new").param("body-en", "x"), "198.51.100.40").getRedirectedUrl())
                    .isEqualTo("/login?ended");
        }

        MockHttpServletResponse refused = call(post("/secretariat/users/new").param("username", "x"), "198.51.100.40");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 3600L);
        assertThat(call(post("/my/reports/new").param("body-en", "x"), "198.51.100.41").getStatus())
                .as("another address is not held back").isEqualTo(302);
    }

    @Test
    void theRefusalPageIsInTheReadersLanguage() throws Exception {
        for (int i = 0; i < 3; i++) {
            call(get("/search"), "198.51.100.30");
        }
        MockHttpServletResponse refused = call(get("/search").header("Accept-Language", "es"), "198.51.100.30");

        assertThat(refused.getStatus()).isEqualTo(429);
        // MockMvc does not run the container's error dispatch; the page is rendered as the server would.
        var page = Jsoup.parse(mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 429)
                .header("Accept-Language", "es")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Demasiadas solicitudes");
    }

    private MockHttpServletResponse signIn(String address) throws Exception {
        return call(post("/login").with(csrf()).param("username", "nobody@example.org").param("password", "wrong"), address);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String address) throws Exception {
        return mvc.perform(request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn().getResponse();
    }
}
