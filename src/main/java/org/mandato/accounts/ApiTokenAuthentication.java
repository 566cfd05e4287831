package org.mandato.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API call that presents {@code Authorization: Bearer mdt_…}, for that request only
 * (no session), for the API and the actuator's metrics. A bad token answers 401 at once; a call
 * without a token stays anonymous.
 */
public final class ApiTokenAuthentication extends OncePerRequestFilter {

    /** The authentication of a request signed in by token; the API's write endpoints accept only this one. */
    public static final class Token extends AbstractAuthenticationToken {
        private final SignedInUser user;

        Token(SignedInUser user) {
            super(user.getAuthorities());
            this.user = user;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return user;
        }
    }

    private final ApiTokens tokens;

    /** The person the current request was signed in for by an API token; empty for cookie sign-ins and anonymous calls. */
    public static java.util.Optional<SignedInUser> currentUser() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof Token token
                && token.getPrincipal() instanceof SignedInUser user ? java.util.Optional.of(user) : java.util.Optional.empty();
    }

    ApiTokenAuthentication(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") && !request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            var user = tokens.authenticate(header.substring("Bearer ".length()).strip());
            if (user.isEmpty()) {
                response.setStatus(401);
                response.setContentType("application/problem+json");
                response.setHeader("WWW-Authenticate", "Bearer");
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"the API token is unknown, revoked, or its account cannot sign in\"}");
                return;
            }
            SecurityContextHolder.setContext(new SecurityContextImpl(new Token(user.get())));
        }
        chain.doFilter(request, response);
    }
}
