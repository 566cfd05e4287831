package org.mandato.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.mandato.MandatoWriteTest;
import org.mandato.accounts.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The compliance tests share a database of their own that starts every test without cycles,
 * national reports or assessments. It is a test property (it wins over {@code @MandatoWriteTest}'s),
 * so that a subclass's {@code @DynamicPropertySource} can move the same tests to PostgreSQL.
 */
@MandatoWriteTest
@TestPropertySource(properties =
        "spring.datasource.url=jdbc:h2:mem:compliance;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
abstract class ComplianceTestSupport {

    static final String ROOT = CompliancePages.ADMIN_ROOT;
    static final String POS = "v/port-of-spain-declaration";
    static final String LIMA = "viii/lima-commitment";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Assessments assessments;
    @Autowired
    DataSource dataSource;

    ComplianceFixtures fixtures;

    @BeforeEach
    void withoutAssessments() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).as("never empty the database other tests share").contains("compliance");
        }
        fixtures = new ComplianceFixtures(jdbc, assessments);
        fixtures.clear();
    }

    /** A page as an anonymous reader sees it, in English; fails unless it answers 200. */
    Document publicPage(String url) {
        return parse(expect(200, perform(get(url).header("Accept-Language", "en"))));
    }

    /** A page as the Secretariat sees it, in English; fails unless it answers 200. */
    Document secretariatPage(String url) {
        return parse(expect(200, perform(get(url).header("Accept-Language", "en").with(user(TestUsers.secretariat())))));
    }

    String csv(String url) {
        MockHttpServletResponse response = expect(200, perform(get(url).header("Accept-Language", "en")));
        assertThat(response.getContentType()).startsWith("text/csv");
        return body(response);
    }

    /** Posts a form as the Secretariat, in English. */
    MockHttpServletResponse send(String url, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(url).header("Accept-Language", "en").with(csrf()).with(user(TestUsers.secretariat()));
        fields.forEach(request::param);
        return perform(request);
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static MockHttpServletResponse expect(int status, MockHttpServletResponse response) {
        assertThat(response.getStatus()).as(body(response)).isEqualTo(status);
        return response;
    }

    static Document parse(MockHttpServletResponse response) {
        return Jsoup.parse(body(response));
    }

    static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }
}
