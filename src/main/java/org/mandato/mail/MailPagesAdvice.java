package org.mandato.mail;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page {@code mailOn}, for the forms that lead to a message (following a theme,
 * paragraph, institution or country by mail) to say so when this site sends none.
 */
@ControllerAdvice
class MailPagesAdvice {

    private final Outbox outbox;

    MailPagesAdvice(Outbox outbox) {
        this.outbox = outbox;
    }

    @ModelAttribute("mailOn")
    boolean mailOn() {
        return outbox.isOn();
    }
}
