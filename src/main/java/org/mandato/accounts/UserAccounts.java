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
import org.mandato.mail.EmailAddress;
import org.mandato.web.ControlCharacters;
import org.mandato.web.FormErrors;
import org.mandato.web.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and disabling accounts, and passwords; every change is an audited event. A
 * change of role, institution or country, disabling, and a reset end every session of the account;
 * changing one's own password ends the others. API tokens are checked against the account at each
 * call ({@link ApiTokens#authenticate}), so such changes apply to them at once. While mail is on, a
 * new account gets an invitation by mail and a reset sends a link ({@link PasswordLinks}); while it
 * is off, both give a one-time password that the Secretariat passes on.
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
    private final PasswordLinks links;

    UserAccounts(UserRepository users, Catalog catalog, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock,
                 SignedInSessions sessions, PasswordLinks links) {
        this.users = users;
        this.catalog = catalog;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
        this.sessions = sessions;
        this.links = links;
    }

    /** What a Secretariat form says about an account; {@code language} is the code of the language its mail is written in. */
    public record AccountForm(String username, String displayName, String role, String actorCode, boolean enabled,
                              String email, String language) {}

    /**
     * How a person gets their password: a one-time password to pass on once (mail off), or a link
     * sent to {@code invitedAt} (mail on); one of the two is null.
     */
    public record PasswordHandOver(String oneTimePassword, String invitedAt) {}

    /** A created account, and how its person gets a password. */
    public record Created(UserAccount account, PasswordHandOver password) {}

    /** Whether accounts get invitations and reset links by mail rather than one-time passwords. */
    @Transactional(readOnly = true)
    public boolean mailOn() {
        return links.mailOn();
    }

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
        String email = validEmail(form.email(), null, links.mailOn(), errors);
        Language language = validLanguage(form.language(), errors);
        errors.throwIfAny();
        // With mail on, nobody ever knows this password: the person chooses theirs through the invitation.
        String password = oneTimePassword();
        long id = users.insert(username, displayName, passwords.encode(password), role, actorId, true, OffsetDateTime.now(clock));
        setContact(id, email, language);
        events.publishEvent(new AccountEvents.UserCreated(username, role, form.actorCode(), by.getUsername()));
        UserAccount created = users.findById(id).orElseThrow();
        if (links.mailOn()) {
            links.invite(created);
            return new Created(created, new PasswordHandOver(null, email));
        }
        return new Created(created, new PasswordHandOver(password, null));
    }

    public UserAccount update(long id, AccountForm form, SignedInUser by) {
        UserAccount before = users.findById(id).orElseThrow(() -> new IllegalArgumentException("no user " + id));
        FormErrors errors = new FormErrors();
        Role role = validRole(form, errors);
        Long actorId = actorFor(role, form.actorCode(), errors);
        String displayName = validName(form.displayName(), errors);
        // A form without the fields (an older page, a script) keeps the address and language as they are.
        String email = form.email() == null ? before.email() : validEmail(form.email(), before.id(), false, errors);
        Language language = form.language() == null ? before.language() : validLanguage(form.language(), errors);
        if (before.id() == by.id() && (role != Role.SECRETARIAT || !form.enabled())) {
            errors.add("role", "account.error.ownRole");
        }
        errors.throwIfAny();
        OffsetDateTime now = OffsetDateTime.now(clock);
        users.update(id, displayName, role, actorId, form.enabled(), now);
        setContact(id, email, language);
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
        if (!java.util.Objects.equals(before.email(), email)) {
            // A link sent to the old address must not open the account any more.
            links.endOpenLinks(id, now);
            changes.add("address changed");
        }
        if (!changes.isEmpty()) {
            events.publishEvent(new AccountEvents.UserChanged(before.username(), String.join("; ", changes), by.getUsername()));
        }
        return users.findById(id).orElseThrow();
    }

    /**
     * Ends the account's password and sessions. While mail is on, the person is sent a link to choose
     * a new one (the account needs an address); while it is off, the account gets a one-time password,
     * to be changed at the next sign-in.
     */
    public PasswordHandOver resetPassword(long id, SignedInUser by) {
        UserAccount account = users.findById(id).orElseThrow(() -> new IllegalArgumentException("no user " + id));
        if (links.mailOn() && account.email() == null) {
            throw new FormErrors.Invalid(new FormErrors().add("email", "account.error.emailForReset"));
        }
        String password = oneTimePassword();
        users.setPassword(id, passwords.encode(password), true, OffsetDateTime.now(clock));
        events.publishEvent(new AccountEvents.PasswordChanged(account.username(), by.getUsername()));
        sessions.endAllOf(account.username());
        if (links.mailOn()) {
            links.resetBySecretariat(account);
            return new PasswordHandOver(null, account.email());
        }
        return new PasswordHandOver(password, null);
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

    /** What the account page shows: the account, the notices its role receives, and those turned off. */
    public record Preferences(UserAccount account, List<NoticeKind> kinds, java.util.Set<NoticeKind> off) {
        public boolean receives(NoticeKind kind) {
            return !off.contains(kind);
        }
    }

    @Transactional(readOnly = true)
    public Preferences preferences(SignedInUser user) {
        UserAccount account = users.findById(user.id()).orElseThrow();
        return new Preferences(account, NoticeKind.of(account.role()), users.noticesOff(account.id()));
    }

    /**
     * Saves the language of the person's mail and which notices they receive ({@code receive}: the
     * codes of the kinds left on; every other kind of their role is turned off).
     */
    public Preferences savePreferences(SignedInUser user, String language, java.util.Collection<String> receive) {
        UserAccount account = users.findById(user.id()).orElseThrow();
        FormErrors errors = new FormErrors();
        Language chosen = validLanguage(language, errors);
        java.util.Set<NoticeKind> off = java.util.EnumSet.noneOf(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.of(account.role())) {
            if (receive == null || !receive.contains(kind.code())) {
                off.add(kind);
            }
        }
        errors.throwIfAny();
        users.setLanguage(account.id(), chosen);
        users.setNoticesOff(account.id(), off);
        return preferences(user);
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

    /** The address typed (lower case), or null when none was and none is needed; another account's address is refused. */
    private String validEmail(String typed, Long accountId, boolean required, FormErrors errors) {
        if (typed == null || typed.isBlank()) {
            if (required) {
                errors.add("email", "account.error.emailRequired");
            }
            return null;
        }
        Optional<String> email = EmailAddress.normalized(typed);
        if (email.isEmpty()) {
            errors.add("email", "account.error.email");
            return null;
        }
        Optional<UserAccount> holder = users.findByEmail(email.get());
        if (holder.isPresent() && !java.util.Objects.equals(holder.get().id(), accountId)) {
            errors.add("email", "account.error.emailTaken", email.get());
        }
        return email.get();
    }

    private static Language validLanguage(String code, FormErrors errors) {
        Optional<Language> language = Language.fromCode(code).filter(Language.OFFERED::contains);
        if (code != null && !code.isBlank() && language.isEmpty()) {
            errors.add("language", "account.error.language");
        }
        return language.orElse(Language.EN);
    }

    /** Two accounts typed with one address at the same moment: the database's unique key refuses the second. */
    private void setContact(long id, String email, Language language) {
        try {
            users.setContact(id, email, language);
        } catch (DuplicateKeyException race) {
            throw new FormErrors.Invalid(new FormErrors().add("email", "account.error.emailTaken", email));
        }
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
