package org.mandato;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.SmartRequestBuilder;

/**
 * Carries the session cookie from one MockMvc request to the next, as a browser does. Sessions
 * live in the database (Spring Session), so a MockHttpSession passed along would not be seen.
 */
public final class BrowserSession {

    public static final String COOKIE = "SESSION";

    private final MockMvc mvc;
    private Cookie cookie;

    public BrowserSession(MockMvc mvc) {
        this.mvc = mvc;
    }

    public MvcResult perform(RequestBuilder request) throws Exception {
        Cookie sent = cookie;
        MvcResult result = mvc.perform(new SmartRequestBuilder() {
            @Override
            public MockHttpServletRequest buildRequest(jakarta.servlet.ServletContext context) {
                MockHttpServletRequest built = request.buildRequest(context);
                if (sent != null) {
                    built.setCookies(sent);
                }
                return built;
            }

            // Post-processors such as csrf() run only through this method.
            @Override
            public MockHttpServletRequest postProcessRequest(MockHttpServletRequest built) {
                return request instanceof SmartRequestBuilder smart ? smart.postProcessRequest(built) : built;
            }
        }).andReturn();
        Cookie answered = result.getResponse().getCookie(COOKIE);
        if (answered != null) {
            cookie = answered.getMaxAge() == 0 ? null : answered;
        }
        return result;
    }

    /** The session's id as the cookie carries it; null before any session began. */
    public String id() {
        return cookie == null ? null : cookie.getValue();
    }

    /**
     * Ends the session as its idle timeout would: the browser keeps sending the cookie, the server
     * no longer takes it for a live session.
     */
    public void expire(JdbcClient jdbc) {
        String sessionId = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
        int expired = jdbc.sql("""
                        update spring_session set last_access_time = last_access_time - (max_inactive_interval + 1) * 1000,
                                                  expiry_time = expiry_time - (max_inactive_interval + 1) * 1000
                        where session_id = :id""")
                .param("id", sessionId).update();
        if (expired != 1) {
            throw new IllegalStateException("no live session " + sessionId);
        }
    }

    /** Sends {@code cookie} from now on, as a browser given an older cookie back would. */
    public void useCookie(String value) {
        cookie = value == null ? null : new Cookie(COOKIE, value);
    }
}
