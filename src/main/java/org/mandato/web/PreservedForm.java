package org.mandato.web;

import java.io.Serializable;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A form that arrived after its writer's session had ended. It is kept in the new session so that
 * signing in again returns to the page the form was on, with every word still in it; the form's
 * page takes it once, asking for it by the address the form posts to.
 *
 * @param path where the form was posted
 * @param page the page to return to: the form's own page when the browser named it, else {@code path}
 */
public record PreservedForm(String path, String page, Map<String, String[]> parameters) implements Serializable {

    public static final String SESSION_ATTRIBUTE = PreservedForm.class.getName();

    public static PreservedForm of(HttpServletRequest request) {
        Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
        parameters.keySet().removeIf(name -> name.startsWith("_csrf"));
        return new PreservedForm(request.getRequestURI(), pageOf(request).orElse(request.getRequestURI()), Map.copyOf(parameters));
    }

    /** Whether a form posted to {@code path} without a session is kept: the signed-in areas. */
    public static boolean keeps(String path) {
        return path != null && (path.startsWith("/my/") || path.startsWith("/secretariat/"));
    }

    /**
     * Whether the browser says the form was sent from a page of this site: by Sec-Fetch-Site, else
     * Origin, else Referer. A request naming none of them (an old browser, a program) is taken as
     * sent from here; it still needs the cookie of a session that ended to have its form kept.
     */
    public static boolean sentFromThisSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equalsIgnoreCase("same-origin");
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return ofThisSite(origin, request).isPresent();
        }
        String referer = request.getHeader("Referer");
        return referer == null || ofThisSite(referer, request).isPresent();
    }

    /** The form's size as kept: its names and values in UTF-8. */
    public long bytes() {
        long bytes = 0;
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                bytes += utf8Length(parameter.getKey()) + utf8Length(value);
            }
        }
        return bytes;
    }

    /** The form kept for {@code path}, removed from the session as it is taken. */
    public static Optional<PreservedForm> take(HttpServletRequest request, String path) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof PreservedForm form) || !form.path().equals(path)) {
            return Optional.empty();
        }
        session.removeAttribute(SESSION_ATTRIBUTE);
        return Optional.of(form);
    }

    /** Where signing in again leads; a form kept by an older version has no page of its own. */
    public String returnTo() {
        return page == null ? path : page;
    }

    public String first(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    public String[] all(String name) {
        return parameters.getOrDefault(name, new String[0]);
    }

    public MultiValueMap<String, String> asMultiValueMap() {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        parameters.forEach((name, each) -> values.put(name, List.of(each)));
        return values;
    }

    /**
     * The page the form was sent from, as the browser's Referer names it: only a page of this site
     * under {@code /my/} or {@code /secretariat/}, so that signing in never leads anywhere else.
     */
    private static Optional<String> pageOf(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return Optional.empty();
        }
        return ofThisSite(referer, request).flatMap(uri -> {
            String path = uri.getRawPath();
            if (!keeps(path) || path.contains("//") || path.contains("..")) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        });
    }

    /** The address, when it is one of this site (the host the browser asked for, or this server's name). */
    private static Optional<URI> ofThisSite(String address, HttpServletRequest request) {
        try {
            URI uri = URI.create(address);
            String authority = uri.getRawAuthority();
            int port = request.getServerPort();
            String server = request.getServerName() + (port == 80 || port == 443 || port <= 0 ? "" : ":" + port);
            boolean sameSite = authority != null && (authority.equalsIgnoreCase(request.getHeader("Host")) || authority.equalsIgnoreCase(server));
            return sameSite ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static long utf8Length(String text) {
        return text == null ? 0 : text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
