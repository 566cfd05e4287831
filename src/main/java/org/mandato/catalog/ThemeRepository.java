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
class ThemeRepository {

    private final JdbcClient jdbc;

    ThemeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All themes in display order: each top theme followed by its sub-themes. */
    List<Theme> findAll() {
        LocalizedTexts texts = LocalizedTexts.collect(
                jdbc.sql("select theme_id, lang, name from theme_text").query().listOfRows(), "theme_id", "name");
        return jdbc.sql("""
                        select t.id, t.slug, t.parent_id
                        from theme t left join theme p on p.id = t.parent_id
                        order by coalesce(p.sort_order, t.sort_order), case when t.parent_id is null then 0 else 1 end, t.sort_order
                        """)
                .query((rs, n) -> new Theme(rs.getLong("id"), rs.getString("slug"), (Long) rs.getObject("parent_id", Long.class),
                        texts.get(rs.getLong("id"), "name")))
                .list();
    }

    Optional<Long> idBySlug(String slug) {
        return jdbc.sql("select id from theme where slug = :slug").param("slug", slug).query(Long.class).optional();
    }

    /** Adds a theme after all others (so last among its parent's sub-themes). */
    long insert(String slug, Long parentId) {
        int sortOrder = jdbc.sql("select coalesce(max(sort_order), 0) + 1 from theme").query(Integer.class).single();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into theme (slug, parent_id, sort_order) values (:slug, :parent, :sortOrder)")
                .param("slug", slug).param("parent", parentId).param("sortOrder", sortOrder)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void update(long id, String slug, Long parentId) {
        jdbc.sql("update theme set slug = :slug, parent_id = :parent where id = :id")
                .param("slug", slug).param("parent", parentId).param("id", id)
                .update();
    }

    void replaceTexts(long id, Map<String, String> name) {
        new TextTables(jdbc).replace("theme_text", "theme_id", id, Map.of("name", name));
    }

    /** Legacy ids by theme slug and by actor code (the two never collide: see the import's checks). */
    Map<String, Integer> legacyIds() {
        Map<String, Integer> ids = new java.util.HashMap<>();
        jdbc.sql("select slug, legacy_id from theme where legacy_id is not null")
                .query((rs, n) -> ids.put("theme:" + rs.getString(1), rs.getInt(2))).list();
        jdbc.sql("select code, legacy_id from actor where legacy_id is not null")
                .query((rs, n) -> ids.put("actor:" + rs.getString(1), rs.getInt(2))).list();
        return ids;
    }

    List<Long> themeIdsOfParagraph(long paragraphId) {
        return jdbc.sql("select theme_id from paragraph_theme where paragraph_id = :id order by theme_id")
                .param("id", paragraphId)
                .query(Long.class)
                .list();
    }

    Map<Long, List<Long>> themeIdsByParagraph(List<Long> paragraphIds) {
        if (paragraphIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> result = new java.util.HashMap<>();
        jdbc.sql("select paragraph_id, theme_id from paragraph_theme where paragraph_id in (:ids) order by paragraph_id, theme_id")
                .param("ids", paragraphIds)
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2)))
                .list();
        return result;
    }
}
