package org.mandato.accounts;

/** What happens to accounts, published for the audit log. */
public final class AccountEvents {

    private AccountEvents() {
    }

    public record SignedIn(String username, String remoteAddress) {}

    public record SignInFailed(String username, String remoteAddress, int failures) {}

    public record AccountLocked(String username, String remoteAddress, java.time.OffsetDateTime until) {}

    public record UserCreated(String username, Role role, String actorCode, String by) {}

    public record UserChanged(String username, String changes, String by) {}

    public record PasswordChanged(String username, String by) {}
}
