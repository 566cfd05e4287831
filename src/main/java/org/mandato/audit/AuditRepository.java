package org.mandato.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OffsetDateTime at, String kind, String username, String subject, String detail, String remoteAddress) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, kind, username, subject, detail, remote_address)
                        values (:at, :kind, :username, :subject, :detail, :remote)
                        """)
                .param("at", at).param("kind", kind).param("username", username).param("subject", subject)
                .param("detail", detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000)))
                .param("remote", remoteAddress)
                .update();
    }

    /** Newest first, filtered by kind, user and day range (each optional), one page at a time. */
    List<AuditEntry> find(AuditFilter filter, int limit, int offset) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("select * from audit_event" + where + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("kind"), rs.getString("username"), rs.getString("subject"), rs.getString("detail"),
                        rs.getString("remote_address")))
                .list();
    }

    int count(AuditFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from audit_event" + where(filter, params)).params(params).query(Integer.class).single();
    }

    List<String> kinds() {
        return jdbc.sql("select distinct kind from audit_event order by kind").query(String.class).list();
    }

    /** Conditions only from fixed text; every value goes in as a named parameter. */
    private static String where(AuditFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.username() != null) {
            where.append(" and lower(username) = lower(:username)");
            params.put("username", filter.username());
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < :to");
            params.put("to", startOf(filter.to().plusDays(1)));
        }
        return where.toString();
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
