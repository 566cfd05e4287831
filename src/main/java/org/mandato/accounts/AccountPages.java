package org.mandato.accounts;

import java.util.List;

import org.mandato.catalog.Actor;
import org.mandato.web.FormErrors;

/** The models of the account pages. */
public final class AccountPages {

    private AccountPages() {
    }

    /** {@code notice}: why sign-in is asked for again (an error); {@code confirmation}: what just went well; {@code username}: the name typed in a refused sign-in. */
    public record LoginPage(String notice, String confirmation, String username) {}

    /** "Forgot password": the form, or what was done ({@code sentTo}, the address typed); {@code mailOn} false says to ask the Secretariat. */
    public record ForgotPage(boolean mailOn, String typed, String sentTo, java.time.Duration validFor, FormErrors errors) {
        /** "The link works for 2 hours", in the reader's language. */
        public String validity(org.mandato.web.Site site) {
            return PasswordLinks.validity(site, validFor);
        }
    }

    /** Choosing a password through a link: for whom and why, or {@code account} null when the link does not work. */
    public record ChoosePage(UserAccount account, boolean invitation, String token, FormErrors errors) {}

    /** The person's own page: their account, their mail's language and the notices they receive. */
    public record AccountPage(UserAccounts.Preferences preferences, boolean mailOn, boolean saved, FormErrors errors) {}

    public record PasswordPage(boolean required, boolean changed, FormErrors errors) {}

    public record UserListPage(List<UserRow> users) {}

    public record UserRow(UserAccount account, Actor actor) {}

    public record UserFormPage(Long id, UserAccounts.AccountForm form, List<Actor> institutions, List<Actor> countries,
                               FormErrors errors, UserAccounts.PasswordHandOver handOver, boolean mailOn) {
        public boolean isNew() {
            return id == null;
        }
    }

    public record TokensPage(List<ApiTokens.Token> tokens, String created, FormErrors errors) {}
}
