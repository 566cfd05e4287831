package org.mandato.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The glossary's two tables: concepts, and their terms by language in order of preference. */
@Repository
class GlossaryRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    GlossaryRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Every concept in its order, with its terms: two queries. */
    List<GlossaryConcept> findAll() {
        Map<Long, Map<String, List<String>>> terms = new LinkedHashMap<>();
        jdbc.sql("select concept_id, lang, term from glossary_term order by concept_id, lang, position")
                .query(rs -> {
                    terms.computeIfAbsent(rs.getLong("concept_id"), id -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString("lang"), lang -> new ArrayList<>()).add(rs.getString("term"));
                });
        return jdbc.sql("select id, slug, kind from glossary_concept order by sort_order, id")
                .query((rs, n) -> new GlossaryConcept(rs.getString("slug"), rs.getString("kind"),
                        terms.getOrDefault(rs.getLong("id"), Map.of())))
                .list();
    }

    /** Writes a concept found by its slug (inserted or updated) and replaces its terms. */
    void save(GlossaryConcept concept, int sortOrder) {
        Long id = jdbc.sql("select id from glossary_concept where slug = :slug").param("slug", concept.slug())
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("insert into glossary_concept (slug, kind, sort_order) values (:slug, :kind, :sortOrder)")
                    .param("slug", concept.slug()).param("kind", concept.kind()).param("sortOrder", sortOrder)
                    .update(keys, "id");
            id = keys.getKeyAs(Long.class);
        } else {
            jdbc.sql("update glossary_concept set kind = :kind, sort_order = :sortOrder where id = :id")
                    .param("kind", concept.kind()).param("sortOrder", sortOrder).param("id", id).update();
            jdbc.sql("delete from glossary_term where concept_id = :id").param("id", id).update();
        }
        List<Object[]> rows = new ArrayList<>();
        for (var language : concept.terms().entrySet()) {
            List<String> inLanguage = language.getValue();
            for (int position = 0; position < inLanguage.size(); position++) {
                rows.add(new Object[] {id, language.getKey(), position, inLanguage.get(position)});
            }
        }
        // One batch a concept: a pack's glossary is thousands of terms, loaded on a database's first start.
        batches.batchUpdate("insert into glossary_term (concept_id, lang, position, term) values (?, ?, ?, ?)", rows);
    }
}
