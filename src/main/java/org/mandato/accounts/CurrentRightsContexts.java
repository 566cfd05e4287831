package org.mandato.accounts;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Where a request's sign-in is read from: the session, as Spring Security keeps it, but checked
 * against the account at each request. Ending an account's sessions when its rights change
 * ({@link SignedInSessions}) misses a sign-in that was under way at that moment: its session is
 * written after the others were ended, holding the rights read before the change. Comparing the
 * session's rights stamp with the account's closes that gap: a session signed in to under other
 * rights (another role or actor, a disabled account, another password) is ended at its next request,
 * which then goes on as a stranger's.
 */
final class CurrentRightsContexts implements SecurityContextRepository {

    private static final Logger log = LoggerFactory.getLogger(CurrentRightsContexts.class);

    private final SecurityContextRepository sessions = new DelegatingSecurityContextRepository(
            new HttpSessionSecurityContextRepository(), new RequestAttributeSecurityContextRepository());
    private final UserRepository users;

    CurrentRightsContexts(UserRepository users) {
        this.users = users;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext stored = sessions.loadDeferredContext(request);
        return new DeferredSecurityContext() {
            private SecurityContext checked;

            @Override
            public SecurityContext get() {
                if (checked == null) {
                    checked = current(stored, request);
                }
                return checked;
            }

            @Override
            public boolean isGenerated() {
                get();
                return stored.isGenerated() || checked.getAuthentication() == null;
            }
        };
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        SecurityContext context = sessions.loadContext(holder);
        return current(() -> context, holder.getRequest());
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        sessions.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return sessions.containsContext(request);
    }

    private SecurityContext current(Supplier<SecurityContext> stored, HttpServletRequest request) {
        SecurityContext context = stored.get();
        if (context.getAuthentication() instanceof UsernamePasswordAuthenticationToken authentication
                && authentication.getPrincipal() instanceof SignedInUser user
                && !users.rightsStamp(user.id()).map(user.rightsStamp()::equals).orElse(false)) {
            log.info("Ended a session of {}: signed in under rights the account no longer has", user.getUsername());
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return SecurityContextHolder.createEmptyContext();
        }
        return context;
    }
}
