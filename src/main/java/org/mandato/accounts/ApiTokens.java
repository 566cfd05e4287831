package org.mandato.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.mandato.web.ControlCharacters;
import org.mandato.web.FormErrors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A token is 32 random bytes; only its SHA-256 hash is kept, so a stolen
 * database yields no usable token. Revoked tokens stay listed, with the date of revocation.
 */
@Service
@Transactional
public class ApiTokens {

    static final String PREFIX = "mdt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as its owner's page lists it; the secret itself is never stored or shown again. */
    public record Token(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
                        OffsetDateTime revokedAt) {
        public boolean isActive() {
            return revokedAt == null;
        }
    }

    private final JdbcClient jdbc;
    private final AccountsUserDetailsService users;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AccountsUserDetailsService users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Token> of(SignedInUser user) {
        return jdbc.sql("""
                        select id, name, prefix, created_at, last_used_at, revoked_at from api_token
                        where user_id = :user order by created_at desc, id desc
                        """)
                .param("user", user.id())
                .query((rs, n) -> new Token(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class),
                        rs.getObject("revoked_at", OffsetDateTime.class)))
                .list();
    }

    /** Creates a token and returns its secret, to be shown once. */
    public String create(SignedInUser user, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 120) {
            throw new FormErrors.Invalid(new FormErrors().add("name", "tokens.error.name"));
        }
        FormErrors errors = new FormErrors();
        ControlCharacters.check(errors, "name", new DefaultMessageSourceResolvable("tokens.name"), label);
        errors.throwIfAny();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        insert into api_token (user_id, name, token_hash, prefix, created_at)
                        values (:user, :name, :hash, :prefix, :now)
                        """)
                .param("user", user.id()).param("name", label).param("hash", hash(secret))
                .param("prefix", secret.substring(0, 10)).param("now", OffsetDateTime.now(clock))
                .update(new GeneratedKeyHolder(), "id");
        return secret;
    }

    public void revoke(SignedInUser user, long tokenId) {
        jdbc.sql("update api_token set revoked_at = :now where id = :id and user_id = :user and revoked_at is null")
                .param("now", OffsetDateTime.now(clock)).param("id", tokenId).param("user", user.id())
                .update();
    }

    /** The person a presented token acts for: only an active token of an enabled account that need not change its password. */
    public Optional<SignedInUser> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<String> username = jdbc.sql("""
                        select u.username from api_token t join app_user u on u.id = t.user_id
                        where t.token_hash = :hash and t.revoked_at is null
                        """)
                .param("hash", hash(presented)).query(String.class).optional();
        if (username.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("update api_token set last_used_at = :now where token_hash = :hash")
                .param("now", OffsetDateTime.now(clock)).param("hash", hash(presented)).update();
        SignedInUser user = users.loadUserByUsername(username.get());
        user.eraseCredentials();
        return user.isEnabled() && user.isAccountNonLocked() && !user.mustChangePassword() ? Optional.of(user) : Optional.empty();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
