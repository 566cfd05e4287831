package org.mandato.subscriptions;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.mandato.mail.EmailAddress;
import org.mandato.subscriptions.SubscriptionPages.AnswerPage;
import org.mandato.subscriptions.SubscriptionPages.Button;
import org.mandato.subscriptions.SubscriptionPages.EraseForm;
import org.mandato.subscriptions.SubscriptionPages.FollowForm;
import org.mandato.web.FormErrors;
import org.mandato.web.Language;
import org.mandato.web.Site;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The subscription pages. None needs a session or a CSRF token: each acts on an address typed in it
 * (answered the same whatever the address) or on the token of a link sent by mail, never on who the
 * browser is. A link's GET shows a button and changes nothing, since mail programs and scanners open
 * links on their own; the POST acts. {@code POST /subscriptions/unsubscribe} is also the one-click
 * unsubscribe of RFC 8058, which mail programs send without a cookie.
 */
@Controller
class SubscriptionController {

    private final Subscriptions subscriptions;

    SubscriptionController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping("/subscriptions")
    String subscribe(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String kind,
                     @RequestParam(defaultValue = "") String key, @RequestParam(defaultValue = "") String frequency,
                     @ModelAttribute("site") Site site, HttpServletResponse response, Model model) {
        if (!subscriptions.mailOn()) {
            return mailOff(site, model);
        }
        Optional<Topic> topic = subscriptions.topic(kind, key);
        try {
            var checked = subscriptions.check(new Subscriptions.Request(email, kind, key, frequency));
            subscriptions.subscribe(checked, Language.of(site.locale()));
            String name = subscriptions.label(checked.topic(), site);
            return answer(model, site.t("subscription.requested.title"),
                    List.of(site.t("subscription.requested", checked.email(), name), site.t("subscription.requested.next")),
                    null, null, null, site.t("subscription.back", name), subscriptions.path(checked.topic()));
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            String name = topic.map(t -> subscriptions.label(t, site)).orElse("");
            return answer(model, site.t("subscription.refused.title"), List.of(), null, null,
                    new FollowForm(kind, key, name, email.length() > 300 ? "" : email, frequency, invalid.errors()),
                    topic.isEmpty() ? null : site.t("subscription.back", name), topic.map(subscriptions::path).orElse(null));
        }
    }

    @GetMapping("/subscriptions/confirm")
    String confirmPage(@RequestParam(defaultValue = "") String token, @ModelAttribute("site") Site site, HttpServletResponse response,
                       Model model) {
        var pending = subscriptions.pending(token);
        if (pending.isEmpty()) {
            return linkNotValid(site, response, model);
        }
        String name = subscriptions.label(pending.get().topic(), site);
        return answer(model, site.t("subscription.confirm.title"), List.of(site.t("subscription.confirm.page", pending.get().email(), name)),
                new Button("/subscriptions/confirm", token, site.t("subscription.confirm.button")), null, null, null, null);
    }

    @PostMapping("/subscriptions/confirm")
    String confirm(@RequestParam(defaultValue = "") String token, @ModelAttribute("site") Site site, HttpServletResponse response,
                   Model model) {
        var confirmed = subscriptions.confirm(token);
        if (confirmed.isEmpty()) {
            return linkNotValid(site, response, model);
        }
        String name = subscriptions.label(confirmed.get().topic(), site);
        return answer(model, site.t("subscription.confirmed.title"),
                List.of(site.t("subscription.confirmed", name, site.t("subscription.frequency." + confirmed.get().frequency()))),
                null, null, null, site.t("subscription.back", name), subscriptions.path(confirmed.get().topic()));
    }

    @GetMapping("/subscriptions/unsubscribe")
    String unsubscribePage(@RequestParam(defaultValue = "") String token, @ModelAttribute("site") Site site, HttpServletResponse response,
                           Model model) {
        var subscription = subscriptions.byUnsubscribeToken(token);
        if (subscription.isEmpty()) {
            return answer(model, site.t("subscription.unsubscribed.title"), List.of(site.t("subscription.unsubscribe.gone")),
                    null, null, null, null, null);
        }
        String name = subscriptions.label(subscription.get().topic(), site);
        return answer(model, site.t("subscription.unsubscribe.title"), List.of(site.t("subscription.unsubscribe.page", subscription.get().email(), name)),
                new Button("/subscriptions/unsubscribe", token, site.t("subscription.unsubscribe.button")), null, null, null, null);
    }

    /** One click, from the page's button or from a mail program (RFC 8058: the body is "List-Unsubscribe=One-Click"). */
    @PostMapping("/subscriptions/unsubscribe")
    String unsubscribe(@RequestParam(defaultValue = "") String token, @ModelAttribute("site") Site site, Model model) {
        var ended = subscriptions.unsubscribe(token);
        String paragraph = ended.map(s -> site.t("subscription.unsubscribed", subscriptions.label(s.topic(), site)))
                .orElse(site.t("subscription.unsubscribe.gone"));
        return answer(model, site.t("subscription.unsubscribed.title"), List.of(paragraph), null, null, null, null, null);
    }

    @GetMapping("/subscriptions/erase")
    String eraseForm(@ModelAttribute("site") Site site, Model model) {
        if (!subscriptions.mailOn()) {
            return mailOff(site, model);
        }
        return answer(model, site.t("subscription.erase.title"), List.of(site.t("subscription.erase.intro")), null,
                new EraseForm("", new FormErrors()), null, null, null);
    }

    @PostMapping("/subscriptions/erase")
    String requestErasure(@RequestParam(defaultValue = "") String email, @ModelAttribute("site") Site site,
                          HttpServletResponse response, Model model) {
        if (!subscriptions.mailOn()) {
            return mailOff(site, model);
        }
        Optional<String> address = EmailAddress.normalized(email);
        if (address.isEmpty()) {
            response.setStatus(422);
            return answer(model, site.t("subscription.erase.title"), List.of(site.t("subscription.erase.intro")), null,
                    new EraseForm(email.length() > 300 ? "" : email, new FormErrors().add("erase-email", "account.error.email")),
                    null, null, null);
        }
        subscriptions.requestErasure(address.get());
        return answer(model, site.t("subscription.erase.title"), List.of(site.t("subscription.erase.sent", address.get())),
                null, null, null, null, null);
    }

    @GetMapping("/subscriptions/erase/confirm")
    String eraseConfirmPage(@RequestParam(defaultValue = "") String token, @ModelAttribute("site") Site site,
                            HttpServletResponse response, Model model) {
        var email = subscriptions.erasable(token);
        if (email.isEmpty()) {
            return linkNotValid(site, response, model);
        }
        return answer(model, site.t("subscription.erase.title"), List.of(site.t("subscription.erase.page", email.get())),
                new Button("/subscriptions/erase/confirm", token, site.t("subscription.erase.button")), null, null, null, null);
    }

    @PostMapping("/subscriptions/erase/confirm")
    String erase(@RequestParam(defaultValue = "") String token, @ModelAttribute("site") Site site, HttpServletResponse response,
                 Model model) {
        var email = subscriptions.erase(token);
        if (email.isEmpty()) {
            return linkNotValid(site, response, model);
        }
        return answer(model, site.t("subscription.erased.title"), List.of(site.t("subscription.erased", email.get())),
                null, null, null, null, null);
    }

    private String linkNotValid(Site site, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_GONE);
        return answer(model, site.t("subscription.link.title"), List.of(site.t("subscription.link.invalid")), null, null, null, null, null);
    }

    private String mailOff(Site site, Model model) {
        return answer(model, site.t("subscription.mailOff.title"), List.of(site.t("subscription.mailOff")), null, null, null, null, null);
    }

    private static String answer(Model model, String title, List<String> paragraphs, Button button, EraseForm erase, FollowForm follow,
                                 String backLabel, String backPath) {
        model.addAttribute("page", new AnswerPage(title, paragraphs, button, erase, follow, backLabel, backPath));
        return "subscriptions/answer";
    }
}
