package org.mandato.accounts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.mandato.web.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private static final String SELECT = """
            select id, username, display_name, role, actor_id, enabled, must_change_password, failed_logins,
                   locked_until, created_at, email, preferred_lang
            from app_user
            """;

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UserAccount> findAll() {
        return jdbc.sql(SELECT + " order by role, username").query(this::account).list();
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::account).optional();
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql(SELECT + " where lower(username) = lower(:username)").param("username", username)
                .query(this::account).optional();
    }

    Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql(SELECT + " where email = :email").param("email", email).query(this::account).optional();
    }

    /** Sets where the account's mail goes ({@code email} lower case, or null) and in which language. */
    void setContact(long id, String email, Language language) {
        jdbc.sql("update app_user set email = :email, preferred_lang = :lang where id = :id")
                .param("email", email).param("lang", language.code()).param("id", id).update();
    }

    void setLanguage(long id, Language language) {
        jdbc.sql("update app_user set preferred_lang = :lang where id = :id").param("lang", language.code()).param("id", id).update();
    }

    /** The kinds of notice the account has turned off. */
    java.util.Set<NoticeKind> noticesOff(long id) {
        java.util.Set<NoticeKind> off = java.util.EnumSet.noneOf(NoticeKind.class);
        jdbc.sql("select kind from notice_opt_out where user_id = :id").param("id", id).query(String.class).list()
                .forEach(code -> NoticeKind.fromCode(code).ifPresent(off::add));
        return off;
    }

    void setNoticesOff(long id, java.util.Set<NoticeKind> off) {
        jdbc.sql("delete from notice_opt_out where user_id = :id").param("id", id).update();
        for (NoticeKind kind : off) {
            jdbc.sql("insert into notice_opt_out (user_id, kind) values (:id, :kind)").param("id", id).param("kind", kind.code()).update();
        }
    }

    Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from app_user where id = :id").param("id", id).query(String.class).optional();
    }

    /** The stamp of the account's current rights ({@link SignedInUser#rightsStamp()}); empty once it is gone. */
    Optional<String> rightsStamp(long id) {
        return jdbc.sql("select role, actor_id, enabled, password_hash from app_user where id = :id").param("id", id)
                .query((rs, row) -> SignedInUser.rightsStamp(Role.fromCode(rs.getString("role")).orElseThrow(),
                        rs.getObject("actor_id", Long.class), rs.getBoolean("enabled"), rs.getString("password_hash")))
                .optional();
    }

    boolean anySecretariat() {
        return jdbc.sql("select count(*) from app_user where role = 'secretariat'").query(Integer.class).single() > 0;
    }

    long insert(String username, String displayName, String passwordHash, Role role, Long actorId, boolean mustChange,
                OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, role, actor_id, enabled,
                                              must_change_password, failed_logins, created_at, updated_at)
                        values (:username, :name, :hash, :role, :actor, true, :mustChange, 0, :now, :now)
                        """)
                .param("username", username).param("name", displayName).param("hash", passwordHash)
                .param("role", role.code()).param("actor", actorId).param("mustChange", mustChange).param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void update(long id, String displayName, Role role, Long actorId, boolean enabled, OffsetDateTime now) {
        jdbc.sql("""
                        update app_user set display_name = :name, role = :role, actor_id = :actor, enabled = :enabled,
                                            updated_at = :now
                        where id = :id
                        """)
                .param("name", displayName).param("role", role.code()).param("actor", actorId)
                .param("enabled", enabled).param("now", now).param("id", id)
                .update();
    }

    void setPassword(long id, String passwordHash, boolean mustChange, OffsetDateTime now) {
        jdbc.sql("""
                        update app_user set password_hash = :hash, must_change_password = :mustChange,
                                            failed_logins = 0, locked_until = null, updated_at = :now
                        where id = :id
                        """)
                .param("hash", passwordHash).param("mustChange", mustChange).param("now", now).param("id", id)
                .update();
    }

    /** Counts a failed sign-in and returns the new count. */
    int recordFailure(String username) {
        jdbc.sql("update app_user set failed_logins = failed_logins + 1 where lower(username) = lower(:username)")
                .param("username", username).update();
        return jdbc.sql("select failed_logins from app_user where lower(username) = lower(:username)")
                .param("username", username).query(Integer.class).optional().orElse(0);
    }

    void lockUntil(String username, OffsetDateTime until) {
        jdbc.sql("update app_user set locked_until = :until where lower(username) = lower(:username)")
                .param("until", until).param("username", username).update();
    }

    void recordSuccess(String username) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where lower(username) = lower(:username)")
                .param("username", username).update();
    }

    private UserAccount account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.fromCode(rs.getString("role")).orElseThrow(), (Long) rs.getObject("actor_id", Long.class),
                rs.getBoolean("enabled"), rs.getBoolean("must_change_password"), rs.getInt("failed_logins"),
                rs.getObject("locked_until", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("email"), Language.fromCode(rs.getString("preferred_lang")).orElse(Language.EN));
    }
}
