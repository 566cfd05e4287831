package org.mandato.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page template its {@link Site}. */
@ControllerAdvice
class SiteModelAdvice {

    private final MessageSource messages;

    SiteModelAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("site")
    Site site(HttpServletRequest request) {
        return Sites.of(request, messages);
    }
}
