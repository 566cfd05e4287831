package org.mandato.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.mandato.web.ControlCharacters;

/**
 * The user name typed in a refused sign-in, kept in the session for the sign-in form that follows, so
 * that only the password is typed again. Never in the address, where logs and histories would keep it.
 */
final class TypedUserName {

    static final String ATTRIBUTE = "mandato.signIn.typedName";
    /** Longer than any name an account can have; a longer one is not worth keeping in a session. */
    static final int MAX_LENGTH = 254;

    private TypedUserName() {
    }

    static void keep(HttpServletRequest request) {
        String typed = request.getParameter("username");
        if (typed == null || typed.isBlank() || typed.length() > MAX_LENGTH) {
            return;
        }
        request.getSession().setAttribute(ATTRIBUTE, ControlCharacters.removedFrom(typed));
    }

    /** The name kept by the last refused sign-in, once: "" when there is none. */
    static String take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String typed)) {
            return "";
        }
        session.removeAttribute(ATTRIBUTE);
        return typed;
    }
}
