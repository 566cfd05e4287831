package org.mandato.accounts;

import java.util.List;

import org.mandato.catalog.Actor;
import org.mandato.web.FormErrors;

/** The models of the account pages. */
public final class AccountPages {

    private AccountPages() {
    }

    public record LoginPage(String notice, String username) {}

    public record PasswordPage(boolean required, boolean changed, FormErrors errors) {}

    public record UserListPage(List<UserRow> users) {}

    public record UserRow(UserAccount account, Actor actor) {}

    public record UserFormPage(Long id, UserAccounts.AccountForm form, List<Actor> institutions, List<Actor> countries,
                               FormErrors errors, String oneTimePassword) {
        public boolean isNew() {
            return id == null;
        }
    }

    public record TokensPage(List<ApiTokens.Token> tokens, String created, FormErrors errors) {}
}
