package org.mandato.accounts;

import java.time.OffsetDateTime;

import org.mandato.catalog.Catalog;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * People for tests: principals that act as a role without an account row (for authorization
 * checks), and real accounts with a known password (for sign-in flows).
 */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct horse battery staple";

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final Catalog catalog;

    TestUsers(UserRepository users, PasswordEncoder passwords, Catalog catalog) {
        this.users = users;
        this.passwords = passwords;
        this.catalog = catalog;
    }

    public static SignedInUser secretariat() {
        return new SignedInUser(-1, "secretariat-test", "Secretariat tester", Role.SECRETARIAT, null, true, false, false, null);
    }

    /** A principal reporting for the institution or country with this code. */
    public SignedInUser reporterFor(String actorCode) {
        var actor = catalog.actor(actorCode).orElseThrow();
        Role role = actor.isInstitution() ? Role.INSTITUTION_REPORTER : Role.NATIONAL_COORDINATOR;
        return new SignedInUser(-2, actorCode + "-reporter", actorCode.toUpperCase() + " reporter", role, actor.id(),
                true, false, false, null);
    }

    public long userId(String username) {
        return users.findByUsername(username).orElseThrow().id();
    }

    /** A real account with {@link #PASSWORD} and a mail address, its messages written in {@code language}. */
    public String account(String username, Role role, String actorCode, String email, org.mandato.web.Language language) {
        account(username, role, actorCode);
        users.setContact(userId(username), email, language);
        return username;
    }

    /** A real account with {@link #PASSWORD}, already past its first sign-in. */
    public String account(String username, Role role, String actorCode) {
        Long actorId = actorCode == null ? null : catalog.actor(actorCode).orElseThrow().id();
        users.insert(username, username, passwords.encode(PASSWORD), role, actorId, false, OffsetDateTime.now());
        return username;
    }
}
