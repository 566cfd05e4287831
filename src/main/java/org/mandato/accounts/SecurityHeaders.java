package org.mandato.accounts;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

/**
 * The headers every response carries. The pages use no inline script or style (the content policy
 * forbids both), may not be framed, and are not sniffed. HSTS is sent only on secure requests,
 * which behind a proxy means {@code X-Forwarded-Proto: https} from a proxy named in
 * {@code server.tomcat.remoteip.internal-proxies}.
 */
public final class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final long ONE_YEAR = 31_536_000;
    private static final List<HeaderWriter> WRITERS = List.of(new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
            new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY), new XContentTypeOptionsHeaderWriter(),
            new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN), hsts(),
            new org.springframework.security.web.header.writers.XXssProtectionHeaderWriter());

    SecurityHeaders() {
    }

    /**
     * Writes the same headers on an answer given before Spring Security's filters run (a refusal by
     * a rate or size limit, whose error page is rendered in a dispatch those filters leave alone; a
     * public page kept in memory).
     */
    public static void writeTo(HttpServletRequest request, HttpServletResponse response) {
        WRITERS.forEach(writer -> writer.writeHeaders(request, response));
    }

    @Override
    public void customize(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(ONE_YEAR).includeSubDomains(true));
    }

    private static HstsHeaderWriter hsts() {
        HstsHeaderWriter hsts = new HstsHeaderWriter();
        hsts.setMaxAgeInSeconds(ONE_YEAR);
        hsts.setIncludeSubDomains(true);
        return hsts;
    }
}
