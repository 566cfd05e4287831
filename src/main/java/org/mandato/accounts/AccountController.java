package org.mandato.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mandato.accounts.AccountPages.*;
import org.mandato.web.FormErrors;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Signing in, one's own account page (the language of one's mail, the notices one receives), and changing one's own password. */
@Controller
class AccountController {

    private final UserAccounts accounts;
    private final AccountsUserDetailsService userDetails;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(UserAccounts accounts, AccountsUserDetailsService userDetails) {
        this.accounts = accounts;
        this.userDetails = userDetails;
    }

    /** The session attribute holding the user name of a refused sign-in, for the form shown next. */
    static final String TYPED_USERNAME = "mandato.login.username";

    /** A typed user name as the form may show it again: at most 200 characters, no control characters. */
    static String keptUsername(String typed) {
        if (typed == null) {
            return "";
        }
        String clean = typed.strip().replaceAll("\\p{Cntrl}", "");
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        var flags = request.getParameterMap();
        String notice = flags.containsKey("error") ? "login.error"
                : flags.containsKey("expired") ? "login.expired"
                : flags.containsKey("ended") ? "login.ended"
                : flags.containsKey("tooLarge") ? "login.tooLarge"
                : null;
        String confirmation = flags.containsKey("passwordSet") ? "login.passwordSet" : null;
        String typed = "";
        var session = request.getSession(false);
        if (session != null && session.getAttribute(TYPED_USERNAME) instanceof String kept) {
            session.removeAttribute(TYPED_USERNAME);
            typed = notice == null ? "" : kept;
        }
        model.addAttribute("page", new LoginPage(notice, confirmation, typed));
        return "accounts/login";
    }

    @GetMapping("/account")
    String account(@RequestParam(required = false) String saved, Model model) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        model.addAttribute("page", new AccountPage(accounts.preferences(user), accounts.mailOn(), saved != null, new FormErrors()));
        return "accounts/account";
    }

    @PostMapping("/account")
    String saveAccount(@RequestParam(defaultValue = "") String language, @RequestParam(required = false) java.util.List<String> receive,
                       HttpServletResponse response, Model model) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        try {
            accounts.savePreferences(user, language, receive);
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            model.addAttribute("page", new AccountPage(accounts.preferences(user), accounts.mailOn(), false, invalid.errors()));
            return "accounts/account";
        }
        return "redirect:/account?saved";
    }

    @GetMapping("/account/password")
    String passwordForm(@RequestParam(required = false) String changed, Model model) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        model.addAttribute("page", new PasswordPage(user.mustChangePassword(), changed != null, new FormErrors()));
        return "accounts/password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String next,
                          @RequestParam(defaultValue = "") String confirmation,
                          HttpServletRequest request, HttpServletResponse response, Model model,
                          org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        boolean forced = user.mustChangePassword();
        try {
            accounts.changeOwnPassword(user, current, next, confirmation, request.getSession().getId());
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            model.addAttribute("page", new PasswordPage(user.mustChangePassword(), false, invalid.errors()));
            return "accounts/password";
        }
        refreshSignedInUser(user, request, response);
        if (forced) {
            // The change that had to come first is done: on to the person's home, saying so.
            flash.addFlashAttribute("notice", "password.changed.welcome");
            return "redirect:/my/work";
        }
        return "redirect:/account/password?changed";
    }

    /** The session holds the user as signed in; after a password change it must forget "must change". */
    private void refreshSignedInUser(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        SignedInUser fresh = userDetails.loadUserByUsername(user.getUsername());
        fresh.eraseCredentials();
        var context = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
