package org.mandato.catalog;

import java.util.List;
import java.util.Optional;

import org.mandato.web.LocalizedTexts;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    Optional<Actor> findByCode(ActorKind kind, String code) {
        return findByKind(kind).stream().filter(a -> a.code().equals(code)).findFirst();
    }

    Optional<Actor> findById(long id) {
        String kind = jdbc.sql("select kind from actor where id = :id").param("id", id).query(String.class).optional().orElse(null);
        if (kind == null) {
            return Optional.empty();
        }
        return findByKind(ActorKind.fromCode(kind)).stream().filter(a -> a.id() == id).findFirst();
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
