package org.mandato.accounts;

import jakarta.servlet.http.HttpServletResponse;

import org.mandato.accounts.AccountPages.TokensPage;
import org.mandato.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person's own API tokens: created (shown once) and revoked. */
@Controller
class TokenController {

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String list(Model model) {
        return page(null, new FormErrors(), model);
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam(defaultValue = "") String name, HttpServletResponse response, Model model) {
        try {
            return page(tokens.create(SignedInUser.current().orElseThrow(), name), new FormErrors(), model);
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return page(null, invalid.errors(), model);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id) {
        tokens.revoke(SignedInUser.current().orElseThrow(), id);
        return "redirect:/account/tokens";
    }

    private String page(String created, FormErrors errors, Model model) {
        model.addAttribute("page", new TokensPage(tokens.of(SignedInUser.current().orElseThrow()), created, errors));
        return "accounts/tokens";
    }
}
