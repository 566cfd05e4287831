package org.mandato.accounts;

import java.util.List;

import org.mandato.web.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who receives a kind of notice: enabled accounts with a mail address that have not turned that
 * kind off, the Secretariat or the reporters bound to an actor.
 */
@Service
@Transactional(readOnly = true)
public class NoticeRecipients {

    /** A person to write to: their address, the language they read, and the actor they report for (null for the Secretariat). */
    public record Recipient(long userId, String username, String displayName, String email, Language language, Long actorId) {}

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.email, u.preferred_lang, u.actor_id from app_user u
            where u.enabled and u.email is not null
              and not exists (select 1 from notice_opt_out o where o.user_id = u.id and o.kind = :kind)
            """;

    private final JdbcClient jdbc;

    NoticeRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The Secretariat's people who receive {@code kind}. */
    public List<Recipient> secretariat(NoticeKind kind) {
        return jdbc.sql(SELECT + " and u.role = 'secretariat' order by u.id").param("kind", kind.code())
                .query(this::recipient).list();
    }

    /** Every reporter (institution reporter or national coordinator) who receives {@code kind}. */
    public List<Recipient> reporters(NoticeKind kind) {
        return jdbc.sql(SELECT + " and u.role <> 'secretariat' order by u.actor_id, u.id").param("kind", kind.code())
                .query(this::recipient).list();
    }

    /** The reporters bound to the actor (an institution, or a country) who receive {@code kind}. */
    public List<Recipient> reportersOf(long actorId, NoticeKind kind) {
        return jdbc.sql(SELECT + " and u.role <> 'secretariat' and u.actor_id = :actor order by u.id")
                .param("kind", kind.code()).param("actor", actorId).query(this::recipient).list();
    }

    private Recipient recipient(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Recipient(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
                Language.fromCode(rs.getString("preferred_lang")).orElse(Language.EN), (Long) rs.getObject("actor_id", Long.class));
    }
}
