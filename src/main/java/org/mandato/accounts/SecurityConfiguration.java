package org.mandato.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mandato.web.PreservedForm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may reach which URL. Everything public is read-only; {@code /my/**} and {@code /account/**}
 * need a signed-in person, {@code /secretariat/**} the Secretariat. Finer rules (whose report) are
 * checked by the services, which answer 404 for what a person may not see and 403 for what they
 * may see but not change.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/secretariat/**").hasRole(Role.SECRETARIAT.name())
                        .requestMatchers("/my/**", "/account/**").authenticated()
                        // Health (UP or DOWN only) is for load balancers; metrics are for the Secretariat (or its token).
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.SECRETARIAT.name())
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(successHandler())
                        .failureHandler(failureHandler()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                .headers(new SecurityHeaders())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new PreserveFormOfLostSession(), CsrfFilter.class)
                .addFilterBefore(new ApiTokenAuthentication(tokens), CsrfFilter.class)
                // API calls carry a token, not a cookie: no CSRF there; the write endpoints accept token sign-ins only.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .addFilterAfter(new RequirePasswordChange(), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /**
     * No observation of each security filter (tracing spans Mandato does not collect): wrapping
     * every filter of the chain cost more per request than answering a kept public page.
     */
    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings noSecurityObservations() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> response.sendRedirect(
                exception instanceof LockedException ? "/login?locked" : "/login?error");
    }

    /** After sign-in, back to a form kept from a lost session, else to the page that asked for it. */
    private static AuthenticationSuccessHandler successHandler() {
        var savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();
        savedRequest.setDefaultTargetUrl("/my/work");
        return (request, response, authentication) -> {
            var session = request.getSession(false);
            if (session != null && session.getAttribute(PreservedForm.SESSION_ATTRIBUTE) instanceof PreservedForm form) {
                response.sendRedirect(form.returnTo());
                return;
            }
            savedRequest.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /**
     * A form posted to {@code /my/**} or {@code /secretariat/**} after the session ended would fail
     * its CSRF check and lose its text. Instead the text is kept in a fresh session and the writer is
     * sent to sign in; the forms where people write at length (report, national entry, assessment,
     * paragraph) take it back ({@link PreservedForm#take}).
     */
    static final class PreserveFormOfLostSession extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("POST".equals(request.getMethod()) && PreservedForm.keeps(request.getRequestURI()) && !signedIn()) {
                PreservedForm form = PreservedForm.of(request);
                request.getSession(true).setAttribute(PreservedForm.SESSION_ATTRIBUTE, form);
                response.sendRedirect("/login?expired");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** A person with a one-time password reaches nothing but the password form until it is changed. */
    static final class RequirePasswordChange extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI();
            boolean exempt = path.equals("/account/password") || path.equals("/logout") || path.startsWith("/css/")
                    || path.equals("/error");
            if (!exempt && SignedInUser.current().map(SignedInUser::mustChangePassword).orElse(false)) {
                response.sendRedirect("/account/password");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
