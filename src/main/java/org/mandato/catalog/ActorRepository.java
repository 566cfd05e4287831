package org.mandato.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mandato.web.LocalizedTexts;
import org.mandato.web.TextTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ActorRepository {

    private static final String SELECT = "select id, code, kind, website, jswg_from, jswg_until from actor ";

    private final JdbcClient jdbc;

    ActorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Actor> findByKind(ActorKind kind) {
        LocalizedTexts texts = texts(kind);
        return jdbc.sql(SELECT + "where kind = :kind order by sort_order, code")
                .param("kind", kind.code())
                .query((rs, n) -> new Actor(rs.getLong("id"), rs.getString("code"), kind, rs.getString("website"),
                        (Integer) rs.getObject("jswg_from", Integer.class), (Integer) rs.getObject("jswg_until", Integer.class),
                        texts.get(rs.getLong("id"), "name"), texts.get(rs.getLong("id"), "short_name")))
                .list();
    }

    /** The columns of an institution the Secretariat edits; its place in the list is kept. */
    record InstitutionValues(String code, String website, Integer jswgFrom, Integer jswgUntil) {}

    /** The actor of either kind with this code: codes are unique across institutions and countries. */
    Optional<Long> idByCode(String code) {
        return jdbc.sql("select id from actor where code = :code").param("code", code).query(Long.class).optional();
    }

    /** Adds an institution at the end of the list of institutions. */
    long insertInstitution(InstitutionValues values) {
        String kind = ActorKind.INSTITUTION.code();
        int sortOrder = jdbc.sql("select coalesce(max(sort_order), 0) + 1 from actor where kind = :kind")
                .param("kind", kind).query(Integer.class).single();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into actor (code, kind, website, jswg_from, jswg_until, sort_order)
                        values (:code, :kind, :website, :jswgFrom, :jswgUntil, :sortOrder)
                        """)
                .param("code", values.code()).param("kind", kind).param("website", values.website())
                .param("jswgFrom", values.jswgFrom()).param("jswgUntil", values.jswgUntil()).param("sortOrder", sortOrder)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void updateInstitution(long id, InstitutionValues values) {
        jdbc.sql("""
                        update actor set code = :code, website = :website, jswg_from = :jswgFrom, jswg_until = :jswgUntil
                        where id = :id and kind = :kind
                        """)
                .param("code", values.code()).param("website", values.website()).param("jswgFrom", values.jswgFrom())
                .param("jswgUntil", values.jswgUntil()).param("id", id).param("kind", ActorKind.INSTITUTION.code())
                .update();
    }

    void replaceTexts(long id, Map<String, String> name, Map<String, String> shortName) {
        new TextTables(jdbc).replace("actor_text", "actor_id", id, Map.of("name", name, "short_name", shortName));
    }

    private LocalizedTexts texts(ActorKind kind) {
        return LocalizedTexts.collect(jdbc.sql("""
                        select t.actor_id, t.lang, t.name, t.short_name
                        from actor_text t join actor a on a.id = t.actor_id
                        where a.kind = :kind
                        """).param("kind", kind.code()).query().listOfRows(),
                "actor_id", "name", "short_name");
    }
}
