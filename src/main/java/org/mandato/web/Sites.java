package org.mandato.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Builds the {@link Site} of a request, also for error pages whose original URL is an attribute. */
final class Sites {

    private Sites() {
    }

    static Site of(HttpServletRequest request, MessageSource messages) {
        Language language = Language.of(RequestContextUtils.getLocale(request));
        Object forwardedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = forwardedUri != null ? forwardedUri.toString() : request.getRequestURI();
        String query = forwardedUri != null ? null : request.getQueryString();
        Viewer viewer = request.getUserPrincipal() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof Viewer signedIn ? signedIn : null;
        CsrfToken csrf = request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token ? token : null;
        if (request.getUserPrincipal() != null && csrf != null) {
            // A signed-in page holds forms (sign out at least). The token is stored in the session
            // now, before a long page starts streaming: once the response is committed, a session
            // (kept in the database) can no longer be created for it.
            csrf.getToken();
        }
        return new Site(language, messages, query == null ? path : path + "?" + query, viewer, csrf);
    }
}
