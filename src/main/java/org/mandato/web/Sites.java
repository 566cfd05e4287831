package org.mandato.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
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
        return new Site(language, messages, query == null ? path : path + "?" + query);
    }
}
