package org.mandato.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

import org.mandato.mail.EmailAddress;
import org.mandato.mail.Letter;
import org.mandato.mail.Outbox;
import org.mandato.web.FormErrors;
import org.mandato.web.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links by mail to choose a password: the invitation of a new account, a reset asked for by the
 * Secretariat or by the person ("forgot password"). A link holds 32 random bytes; only their
 * SHA-256 hash is kept. It works once, until it expires, and only while it is the account's newest:
 * sending another, choosing a password, or a new address for the account ends the others. Choosing
 * a password through a link follows the password rules ({@link PasswordPolicy}) and ends every
 * session of the account, like any other new password.
 */
@Service
@Transactional
class PasswordLinks {

    /** Why a link was sent; it says which letter, and how long the link lasts. */
    enum Purpose {
        INVITATION, RESET;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A link that works: whose account it opens, and why it was sent. */
    record Opened(UserAccount account, Purpose purpose) {}

    /** The link is unknown, used, expired, replaced by a newer one, or its account is disabled. */
    static final class NotValid extends RuntimeException {
        NotValid() {
            super("password link not valid", null, false, false);
        }
    }

    /** Reset links one account may be sent within a day, however often the address is typed in. */
    static final int RESETS_PER_DAY = 3;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(PasswordLinks.class);

    private final UserRepository users;
    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final PasswordEncoder passwords;
    private final SignedInSessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration invitationValidFor;
    private final Duration resetValidFor;

    PasswordLinks(UserRepository users, JdbcClient jdbc, Outbox outbox, PasswordEncoder passwords, SignedInSessions sessions,
                  ApplicationEventPublisher events, Clock clock,
                  @Value("${mandato.mail.invitation-valid-for:P7D}") Duration invitationValidFor,
                  @Value("${mandato.mail.reset-valid-for:PT2H}") Duration resetValidFor) {
        this.users = users;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.passwords = passwords;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
        this.invitationValidFor = invitationValidFor;
        this.resetValidFor = resetValidFor;
    }

    boolean mailOn() {
        return outbox.isOn();
    }

    Duration resetValidFor() {
        return resetValidFor;
    }

    /**
     * Sends the account a link to choose its password, valid for {@code validFor}; its earlier
     * links stop working. The letter is queued in the caller's transaction.
     */
    void send(UserAccount account, Purpose purpose, Duration validFor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        endOpenLinks(account.id(), now);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                        insert into account_link (user_id, purpose, token_hash, created_at, expires_at)
                        values (:user, :purpose, :hash, :now, :expires)
                        """)
                .param("user", account.id()).param("purpose", purpose.code()).param("hash", ApiTokens.hash(token))
                .param("now", now).param("expires", now.plus(validFor)).update();
        outbox.enqueue(letter(account, purpose, validFor, outbox.link("/password/choose?token=" + token)));
    }

    /** An invitation for a new account, valid for {@code mandato.mail.invitation-valid-for}. */
    void invite(UserAccount account) {
        send(account, Purpose.INVITATION, invitationValidFor);
    }

    /** A reset the Secretariat asked for: the person may not read their mail at once, so it lasts as long as an invitation. */
    void resetBySecretariat(UserAccount account) {
        send(account, Purpose.RESET, invitationValidFor);
    }

    /**
     * "Forgot password": sends a reset link when an enabled account has the address, and nothing
     * otherwise; the caller answers the same either way. An account is sent {@value #RESETS_PER_DAY}
     * links a day at most, so that typing someone's address again and again cannot flood them.
     */
    void requestReset(String address) {
        if (!outbox.isOn()) {
            return;
        }
        Optional<UserAccount> account = users.findByEmail(address).filter(UserAccount::enabled);
        if (account.isEmpty()) {
            return;
        }
        int recent = jdbc.sql("""
                        select count(*) from account_link where user_id = :user and purpose = 'reset' and created_at > :since
                        """)
                .param("user", account.get().id()).param("since", OffsetDateTime.now(clock).minusDays(1))
                .query(Integer.class).single();
        if (recent >= RESETS_PER_DAY) {
            log.info("Password reset for {} not sent: {} were sent within a day", account.get().username(), recent);
            return;
        }
        send(account.get(), Purpose.RESET, resetValidFor);
    }

    /** The account a link opens, or empty when it does not work (any more). */
    @Transactional(readOnly = true)
    Optional<Opened> open(String token) {
        return find(token).flatMap(link -> users.findById(link.userId())
                .filter(UserAccount::enabled)
                .map(account -> new Opened(account, link.purpose())));
    }

    /**
     * Sets the password chosen through a link, which is then used up, like the account's other open
     * links; every session of the account ends. A refused password leaves the link working.
     */
    UserAccount choose(String token, String next, String confirmation) {
        Opened opened = open(token).orElseThrow(NotValid::new);
        FormErrors errors = new FormErrors();
        PasswordPolicy.check(next, "next", errors);
        if (next != null && !next.equals(confirmation)) {
            errors.add("confirmation", "password.error.confirmation");
        }
        errors.throwIfAny();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int taken = jdbc.sql("update account_link set used_at = :now where token_hash = :hash and used_at is null")
                .param("now", now).param("hash", ApiTokens.hash(token)).update();
        if (taken != 1) {
            throw new NotValid(); // used by a request that came a moment before this one
        }
        UserAccount account = opened.account();
        users.setPassword(account.id(), passwords.encode(next), false, now);
        endOpenLinks(account.id(), now);
        sessions.endAllOf(account.username());
        events.publishEvent(new AccountEvents.PasswordChanged(account.username(), account.username()));
        return account;
    }

    /** The account's links that still work stop working: a newer one was sent, or its address changed. */
    void endOpenLinks(long userId, OffsetDateTime now) {
        jdbc.sql("update account_link set used_at = :now where user_id = :user and used_at is null")
                .param("now", now).param("user", userId).update();
    }

    /** The letter with the link, in the account's language. */
    private Letter letter(UserAccount account, Purpose purpose, Duration validFor, String url) {
        Site texts = outbox.textsIn(account.language());
        String key = "mail." + purpose.code();
        return Letter.to(account.email(), account.language(), "account-" + purpose.code())
                .subject(texts.t(key + ".subject"))
                .paragraph(texts.t("mail.greeting", account.displayName()))
                .paragraph(texts.t(key + ".body", account.username()))
                .paragraph(validity(texts, validFor))
                .action(texts.t(key + ".action"), url)
                .note(texts.t(key + ".ignore"))
                .build();
    }

    static String validity(Site texts, Duration validFor) {
        if (validFor.toHours() >= 48 && validFor.toHours() % 24 == 0) {
            return texts.t("mail.link.validDays", validFor.toDays());
        }
        if (validFor.toMinutes() >= 60 && validFor.toMinutes() % 60 == 0) {
            return texts.t("mail.link.validHours", validFor.toHours());
        }
        return texts.t("mail.link.validMinutes", Math.max(1, validFor.toMinutes()));
    }

    private record Link(long userId, Purpose purpose) {}

    private Optional<Link> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select user_id, purpose from account_link
                        where token_hash = :hash and used_at is null and expires_at > :now
                        """)
                .param("hash", ApiTokens.hash(token)).param("now", OffsetDateTime.now(clock))
                .query((rs, n) -> new Link(rs.getLong("user_id"), Purpose.valueOf(rs.getString("purpose").toUpperCase(java.util.Locale.ROOT))))
                .optional();
    }

    /** Whether the typed address is one; for the forgot-password form's field error. */
    static Optional<String> address(String typed) {
        return EmailAddress.normalized(typed);
    }
}
