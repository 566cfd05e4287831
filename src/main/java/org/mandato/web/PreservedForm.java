package org.mandato.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A form that arrived after its writer's session had ended. It is kept in the new session so that
 * signing in again returns to the form with every word still in it; the form's page takes it once.
 */
public record PreservedForm(String path, Map<String, String[]> parameters) implements Serializable {

    public static final String SESSION_ATTRIBUTE = PreservedForm.class.getName();

    public static PreservedForm of(HttpServletRequest request) {
        Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
        parameters.keySet().removeIf(name -> name.startsWith("_csrf"));
        return new PreservedForm(request.getRequestURI(), Map.copyOf(parameters));
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

    public String first(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    public String[] all(String name) {
        return parameters.getOrDefault(name, new String[0]);
    }
}
