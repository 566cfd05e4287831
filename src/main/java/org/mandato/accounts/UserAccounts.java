package org.mandato.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.web.ControlCharacters;
import org.mandato.web.FormErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and disabling accounts, and passwords; every change is an audited event. A
 * change of role, institution or country, disabling, and a new one-time password end every session
 * of the account; changing one's own password ends the others. API tokens are checked against the
 * account at each call ({@link ApiTokens#authenticate}), so such changes apply to them at once.
 */
@Service
@Transactional
public class UserAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final Catalog catalog;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SignedInSessions sessions;

    UserAccounts(UserRepository users, Catalog catalog, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock,
                 SignedInSessions sessions) {
        this.users = users;
        this.catalog = catalog;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** What a Secretariat form says about an account. */
    public record AccountForm(String username, String displayName, String role, String actorCode, boolean enabled) {}

    /** A created account with its one-time password, to be passed on to the person once. */
    public record Created(UserAccount account, String oneTimePassword) {}

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return users.findAll();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(long id) {
        return users.findById(id);
    }

    public Created create(AccountForm form, SignedInUser by) {
        FormErrors errors = new FormErrors();
        String username = form.username() == null ? "" : form.username().strip();
        if (!username.matches("[A-Za-z0-9._@+-]{3,120}")) {
            errors.add("username", "account.error.username");
        } else if (users.findByUsername(username).isPresent()) {
            errors.add("username", "account.error.usernameTaken", username);
        }
        Role role = validRole(form, errors);
        Long actorId = actorFor(role, form.actorCode(), errors);
        String displayName = validName(form.displayName(), errors);
        errors.throwIfAny();
        String password = oneTimePassword();
        long id = users.insert(username, displayName, passwords.encode(password), role, actorId, true, OffsetDateTime.now(clock));
        events.publishEvent(new AccountEvents.UserCreated(username, role, form.actorCode(), by.getUsername()));
        return new Created(users.findById(id).orElseThrow(), password);
    }

    public UserAccount update(long id, AccountForm form, SignedInUser by) {
        UserAccount before = users.findById(id).orElseThrow(() -> new IllegalArgumentException("no user " + id));
        FormErrors errors = new FormErrors();
        Role role = validRole(form, errors);
        Long actorId = actorFor(role, form.actorCode(), errors);
        String displayName = validName(form.displayName(), errors);
        if (before.id() == by.id() && (role != Role.SECRETARIAT || !form.enabled())) {
            errors.add("role", "account.error.ownRole");
        }
        errors.throwIfAny();
        users.update(id, displayName, role, actorId, form.enabled(), OffsetDateTime.now(clock));
        List<String> changes = new ArrayList<>();
        if (before.role() != role || !java.util.Objects.equals(before.actorId(), actorId)) {
            changes.add("role " + before.role().code() + describeActor(before.actorId()) + " → " + role.code() + describeActor(actorId));
        }
        if (before.enabled() != form.enabled()) {
            changes.add(form.enabled() ? "enabled" : "disabled");
        }
        if (!changes.isEmpty()) {
            sessions.endAllOf(before.username());
        }
        if (!before.displayName().equals(displayName)) {
            changes.add("name changed");
        }
        if (!changes.isEmpty()) {
            events.publishEvent(new AccountEvents.UserChanged(before.username(), String.join("; ", changes), by.getUsername()));
        }
        return users.findById(id).orElseThrow();
    }

    /** Gives the account a new one-time password, to be changed at the next sign-in. */
    public String resetPassword(long id, SignedInUser by) {
        UserAccount account = users.findById(id).orElseThrow(() -> new IllegalArgumentException("no user " + id));
        String password = oneTimePassword();
        users.setPassword(id, passwords.encode(password), true, OffsetDateTime.now(clock));
        events.publishEvent(new AccountEvents.PasswordChanged(account.username(), by.getUsername()));
        sessions.endAllOf(account.username());
        return password;
    }

    /** Changes the signed-in person's password; their other sessions end, {@code thisSession} stays signed in. */
    public void changeOwnPassword(SignedInUser user, String current, String next, String confirmation, String thisSession) {
        FormErrors errors = new FormErrors();
        String hash = users.passwordHash(user.id()).orElseThrow();
        if (current == null || !PasswordPolicy.fitsTheHash(current) || !passwords.matches(current, hash)) {
            errors.add("current", "password.error.current");
        }
        PasswordPolicy.check(next, "next", errors);
        if (!errors.has("next") && next.equals(current)) {
            errors.add("next", "password.error.same");
        }
        if (next != null && !next.equals(confirmation)) {
            errors.add("confirmation", "password.error.confirmation");
        }
        errors.throwIfAny();
        users.setPassword(user.id(), passwords.encode(next), false, OffsetDateTime.now(clock));
        events.publishEvent(new AccountEvents.PasswordChanged(user.getUsername(), user.getUsername()));
        sessions.endAllOf(user.getUsername(), thisSession);
    }

    /**
     * Creates the first Secretariat account when there is none; true when it did. The password must be
     * changed at the first sign-in, so only what the hash cannot hold is refused here.
     */
    boolean createFirstSecretariat(String username, String password) {
        if (!PasswordPolicy.fitsTheHash(password)) {
            throw new IllegalArgumentException("mandato.admin.password is longer than " + PasswordPolicy.MAXIMUM_BYTES
                    + " bytes in UTF-8, more than a password hash can hold: choose a shorter one");
        }
        if (users.anySecretariat()) {
            return false;
        }
        users.insert(username, "Secretariat administrator", passwords.encode(password), Role.SECRETARIAT, null, true,
                OffsetDateTime.now(clock));
        events.publishEvent(new AccountEvents.UserCreated(username, Role.SECRETARIAT, null, "first start"));
        return true;
    }

    private Role validRole(AccountForm form, FormErrors errors) {
        Optional<Role> role = Role.fromCode(form.role() == null ? "" : form.role());
        if (role.isEmpty()) {
            errors.add("role", "account.error.role");
            return Role.SECRETARIAT;
        }
        return role.get();
    }

    private Long actorFor(Role role, String actorCode, FormErrors errors) {
        if (!role.isBoundToActor()) {
            return null;
        }
        Optional<Actor> actor = role == Role.INSTITUTION_REPORTER
                ? catalog.institution(actorCode == null ? "" : actorCode)
                : catalog.country(actorCode == null ? "" : actorCode.toLowerCase(java.util.Locale.ROOT));
        if (actor.isEmpty()) {
            errors.add("actor", role == Role.INSTITUTION_REPORTER ? "account.error.institution" : "account.error.country");
            return null;
        }
        return actor.get().id();
    }

    private static String validName(String name, FormErrors errors) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > 200) {
            errors.add("displayName", "account.error.displayName");
        } else {
            ControlCharacters.check(errors, "displayName", new DefaultMessageSourceResolvable("users.displayName"), stripped);
        }
        return stripped;
    }

    private String describeActor(Long actorId) {
        return actorId == null ? "" : catalog.actor(actorId).map(a -> " (" + a.code() + ")").orElse("");
    }

    static String oneTimePassword() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
