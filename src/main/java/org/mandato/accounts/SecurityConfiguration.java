package org.mandato.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mandato.web.FormKeepingLimit;
import org.mandato.web.PreservedForm;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.util.unit.DataSize;
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
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, SignedInSessions sessions, UserRepository users,
                                            ObjectProvider<FormKeepingLimit> keepingLimit,
                                            @Value("${mandato.kept-forms.max-size:256KB}") DataSize keptFormMaxSize) throws Exception {
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
                        .successHandler(successHandler(sessions))
                        .failureHandler(failureHandler()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut")
                        .addLogoutHandler((request, response, authentication) -> {
                            var session = request.getSession(false);
                            if (session != null) {
                                sessions.signedOut(session.getId());
                            }
                        }))
                .headers(new SecurityHeaders())
                .securityContext(context -> context.securityContextRepository(new CurrentRightsContexts(users)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new LostSessionForms(sessions, keepingLimit.getIfAvailable(() -> FormKeepingLimit.NONE),
                        keptFormMaxSize.toBytes()), CsrfFilter.class)
                .addFilterBefore(new ApiTokenAuthentication(tokens), CsrfFilter.class)
                // API calls carry a token, not a cookie: no CSRF there; the write endpoints accept token sign-ins only.
                // The subscription forms act on an address typed in them or a token sent by mail, never on a
                // session, and the one-click unsubscribe (RFC 8058) comes from mail programs without one.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/subscriptions", "/subscriptions/**"))
                .addFilterAfter(new RequirePasswordChange(), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Sign-in by name and password. The password is checked before whether the account is locked or
     * disabled, so that every refusal costs the same hash (an unknown name is checked against a
     * stand-in hash): the time of the answer tells nothing, and neither does its text, which is one
     * for all refusals.
     */
    @Bean
    DaoAuthenticationProvider signInProvider(AccountsUserDetailsService users, PasswordEncoder passwords) {
        return signInProviderOf(users, passwords);
    }

    static DaoAuthenticationProvider signInProviderOf(AccountsUserDetailsService users, PasswordEncoder passwords) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
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

    /** One answer for a wrong name, a wrong password, and a locked or disabled account: none of them tells which names exist. */
    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            // The name comes back in the form (not in the address, which logs and histories keep); the password never does.
            request.getSession().setAttribute(AccountController.TYPED_USERNAME, AccountController.keptUsername(request.getParameter("username")));
            response.sendRedirect("/login?error");
        };
    }

    /**
     * Records the session signed in to (so that a form posted after it ends can be kept), then goes
     * back to a form kept from a lost session, else to the page that asked for sign-in.
     */
    private static AuthenticationSuccessHandler successHandler(SignedInSessions sessions) {
        var savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();
        savedRequest.setDefaultTargetUrl("/my/work");
        return (request, response, authentication) -> {
            var session = request.getSession();
            sessions.signedIn(session.getId(), authentication.getName());
            if (session.getAttribute(PreservedForm.SESSION_ATTRIBUTE) instanceof PreservedForm form) {
                response.sendRedirect(form.returnTo());
                return;
            }
            savedRequest.onAuthenticationSuccess(request, response, authentication);
        };
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
