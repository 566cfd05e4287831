package org.mandato.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.mandato.accounts.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Bodies larger than the limit are refused before anything reads them; every query has a time limit. */
@MandatoTest
class RequestLimitsTest {

    static final String TOO_LARGE = "x".repeat(2 * 1024 * 1024 + 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.servlet.multipart.max-file-size}")
    String uploadLimit;

    @Test
    void aFormLargerThanTheLimitGetsAPageSayingSo() throws Exception {
        MockHttpServletResponse refused = mvc.perform(post("/my/reports/new").with(csrf()).with(user(TestUsers.secretariat()))
                .contentType("application/x-www-form-urlencoded").content("body-en=" + TOO_LARGE)).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(413);
        assertThat(refused.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(refused.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        var page = Jsoup.parse(mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 413))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Too much sent at once");
    }

    @Test
    void anApiBodyLargerThanTheLimitGetsProblemDetails() throws Exception {
        MockHttpServletResponse refused = mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer mdt_unknown")
                .contentType("application/json").content("{\"text\":\"" + TOO_LARGE + "\"}")).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(413);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":413", "at most 2097152 bytes");
    }

    @Test
    void aBodyWithinTheLimitPasses() throws Exception {
        MockHttpServletResponse answered = mvc.perform(post("/api/v1/reports").contentType("application/json")
                .content("{\"text\":\"" + "x".repeat(100_000) + "\"}")).andReturn().getResponse();

        assertThat(answered.getStatus()).as("reaches the API, which asks for a token").isIn(401, 403);
    }

    @Test
    void everyQueryHasATimeLimitAndUploadsTheirOwnSizeLimit() {
        assertThat(jdbc.getQueryTimeout()).isEqualTo(30);
        assertThat(uploadLimit).isEqualTo("64MB");
    }
}
