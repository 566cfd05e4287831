package org.mandato.accounts;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.accounts.AccountPages.*;
import org.mandato.web.FormErrors;
import org.mandato.web.Language;
import org.mandato.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Secretariat's screens for accounts: list, create (with an invitation by mail, or a one-time
 * password while mail is off), change, disable, reset the password.
 */
@Controller
class UserAdminController {

    private final UserAccounts accounts;
    private final Catalog catalog;

    UserAdminController(UserAccounts accounts, Catalog catalog) {
        this.accounts = accounts;
        this.catalog = catalog;
    }

    @GetMapping("/secretariat/users")
    String list(Model model) {
        var rows = accounts.all().stream()
                .map(a -> new UserRow(a, a.actorId() == null ? null : catalog.actor(a.actorId()).orElse(null)))
                .toList();
        model.addAttribute("page", new UserListPage(rows));
        return "accounts/users";
    }

    @GetMapping("/secretariat/users/new")
    String newForm(java.util.Locale locale, Model model) {
        return form(null, new UserAccounts.AccountForm("", "", Role.INSTITUTION_REPORTER.code(), "", true, "",
                Language.of(locale).code()), new FormErrors(), null, model);
    }

    @PostMapping("/secretariat/users/new")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String role, @RequestParam(required = false) String institution,
                  @RequestParam(required = false) String country, @RequestParam(defaultValue = "") String email,
                  @RequestParam(defaultValue = "") String language, HttpServletResponse response, Model model) {
        var form = new UserAccounts.AccountForm(username, displayName, role, actorCode(role, institution, country), true, email, language);
        try {
            var created = accounts.create(form, SignedInUser.current().orElseThrow());
            return form(created.account().id(), formOf(created.account()), new FormErrors(), created.password(), model);
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return form(null, form, invalid.errors(), null, model);
        }
    }

    @GetMapping("/secretariat/users/{id}")
    String editForm(@PathVariable long id, Model model) {
        UserAccount account = accounts.find(id).orElseThrow(() -> new NotFoundException("user " + id));
        return form(id, formOf(account), new FormErrors(), null, model);
    }

    @PostMapping("/secretariat/users/{id}")
    String update(@PathVariable long id, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String role, @RequestParam(required = false) String institution,
                  @RequestParam(required = false) String country, @RequestParam(defaultValue = "false") boolean enabled,
                  @RequestParam(required = false) String email, @RequestParam(required = false) String language,
                  HttpServletResponse response, Model model) {
        UserAccount account = accounts.find(id).orElseThrow(() -> new NotFoundException("user " + id));
        var form = new UserAccounts.AccountForm(account.username(), displayName, role, actorCode(role, institution, country), enabled,
                email, language);
        try {
            accounts.update(id, form, SignedInUser.current().orElseThrow());
            return "redirect:/secretariat/users";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return form(id, form, invalid.errors(), null, model);
        }
    }

    @PostMapping("/secretariat/users/{id}/password")
    String resetPassword(@PathVariable long id, HttpServletResponse response, Model model) {
        UserAccount account = accounts.find(id).orElseThrow(() -> new NotFoundException("user " + id));
        try {
            var handOver = accounts.resetPassword(id, SignedInUser.current().orElseThrow());
            return form(id, formOf(account), new FormErrors(), handOver, model);
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return form(id, formOf(account), invalid.errors(), null, model);
        }
    }

    private String form(Long id, UserAccounts.AccountForm form, FormErrors errors, UserAccounts.PasswordHandOver handOver, Model model) {
        model.addAttribute("page", new UserFormPage(id, form, catalog.institutions(), catalog.countries(), errors, handOver,
                accounts.mailOn()));
        return "accounts/user";
    }

    private UserAccounts.AccountForm formOf(UserAccount account) {
        String actorCode = account.actorId() == null ? "" : catalog.actor(account.actorId()).map(Actor::code).orElse("");
        return new UserAccounts.AccountForm(account.username(), account.displayName(), account.role().code(), actorCode, account.enabled(),
                account.email() == null ? "" : account.email(), account.language().code());
    }

    /** The form has one picker per kind of actor; the role says which one counts. */
    private static String actorCode(String role, String institution, String country) {
        if (Role.INSTITUTION_REPORTER.code().equals(role)) {
            return institution;
        }
        return Role.NATIONAL_COORDINATOR.code().equals(role) ? country : null;
    }
}
