package org.mandato.accounts;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.mandato.accounts.AccountPages.ChoosePage;
import org.mandato.accounts.AccountPages.ForgotPage;
import org.mandato.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot password", and the page a link by mail leads to (an invitation or a reset) to choose a
 * password. The answer to "forgot password" is the same whether or not an account has the address.
 */
@Controller
class PasswordLinkController {

    private final PasswordLinks links;

    PasswordLinkController(PasswordLinks links) {
        this.links = links;
    }

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        model.addAttribute("page", new ForgotPage(links.mailOn(), "", null, links.resetValidFor(), new FormErrors()));
        return "accounts/forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(@RequestParam(defaultValue = "") String email, HttpServletResponse response, Model model) {
        if (!links.mailOn()) {
            return forgotForm(model);
        }
        Optional<String> address = PasswordLinks.address(email);
        if (address.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("page", new ForgotPage(true, email.length() > 300 ? "" : email, null, links.resetValidFor(),
                    new FormErrors().add("email", "account.error.email")));
            return "accounts/forgot";
        }
        links.requestReset(address.get());
        model.addAttribute("page", new ForgotPage(true, address.get(), address.get(), links.resetValidFor(), new FormErrors()));
        return "accounts/forgot";
    }

    @GetMapping("/password/choose")
    String chooseForm(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
        return choosePage(token, new FormErrors(), response, model);
    }

    @PostMapping("/password/choose")
    String choose(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String next,
                  @RequestParam(defaultValue = "") String confirmation, HttpServletResponse response, Model model) {
        try {
            links.choose(token, next, confirmation);
            return "redirect:/login?passwordSet";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return choosePage(token, invalid.errors(), response, model);
        } catch (PasswordLinks.NotValid notValid) {
            return choosePage(token, new FormErrors(), response, model);
        }
    }

    private String choosePage(String token, FormErrors errors, HttpServletResponse response, Model model) {
        var opened = links.open(token);
        if (opened.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_GONE);
            model.addAttribute("page", new ChoosePage(null, false, "", errors));
        } else {
            model.addAttribute("page", new ChoosePage(opened.get().account(),
                    opened.get().purpose() == PasswordLinks.Purpose.INVITATION, token, errors));
        }
        return "accounts/choose";
    }
}
