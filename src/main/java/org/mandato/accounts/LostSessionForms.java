package org.mandato.accounts;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mandato.web.FormKeepingLimit;
import org.mandato.web.PreservedForm;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form posted to {@code /my/**} or {@code /secretariat/**} after its writer's session ended would
 * fail its CSRF check and lose its text. Instead the text is kept in a fresh session and the writer
 * is sent to sign in; the forms where people write at length (report, national entry, assessment,
 * paragraph) take it back ({@link PreservedForm#take}).
 * <p>
 * Only a writer's form is kept: it must carry the cookie of a session somebody signed in to and
 * that has ended since ({@link SignedInSessions#takeEnded}), come from a page of this site, stay
 * within {@code mandato.kept-forms.max-size}, and its client address within its rate limit. Any
 * other post keeps nothing and creates no session: a form from another site is refused (403), a
 * client over the limit waits (429), and the rest are sent to sign in with a word on why nothing
 * was kept.
 */
final class LostSessionForms extends OncePerRequestFilter {

    static final String KEPT = "/login?expired";
    static final String NOT_KEPT = "/login?ended";
    static final String TOO_LARGE = "/login?tooLarge";

    private final SignedInSessions sessions;
    private final FormKeepingLimit limit;
    private final long maxBytes;

    LostSessionForms(SignedInSessions sessions, FormKeepingLimit limit, long maxBytes) {
        this.sessions = sessions;
        this.limit = limit;
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !PreservedForm.keeps(request.getRequestURI()) || signedIn();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!PreservedForm.sentFromThisSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        long wait = limit.secondsToWait(request);
        if (wait > 0) {
            response.setHeader("Retry-After", String.valueOf(wait));
            response.sendError(429);
            return;
        }
        String ended = request.getRequestedSessionId();
        if (ended == null || request.isRequestedSessionIdValid() || isUpload(request)) {
            response.sendRedirect(NOT_KEPT);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            response.sendRedirect(TOO_LARGE);
            return;
        }
        if (!sessions.takeEnded(ended)) {
            response.sendRedirect(NOT_KEPT);
            return;
        }
        PreservedForm form = PreservedForm.of(request);
        if (form.bytes() > maxBytes) {
            response.sendRedirect(TOO_LARGE);
            return;
        }
        request.getSession(true).setAttribute(PreservedForm.SESSION_ATTRIBUTE, form);
        response.sendRedirect(KEPT);
    }

    /** An upload's files cannot be kept in a session, and reading it to keep its other fields is not worth it. */
    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
