package org.mandato.catalog;

import java.util.List;
import java.util.Map;

import org.mandato.web.LocalizedTexts;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    List<Long> themeIdsOfParagraph(long paragraphId) {
        return jdbc.sql("select theme_id from paragraph_theme where paragraph_id = :id")
                .param("id", paragraphId)
                .query(Long.class)
                .list();
    }

    Map<Long, List<Long>> themeIdsByParagraph(List<Long> paragraphIds) {
        if (paragraphIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> result = new java.util.HashMap<>();
        jdbc.sql("select paragraph_id, theme_id from paragraph_theme where paragraph_id in (:ids)")
                .param("ids", paragraphIds)
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2)))
                .list();
        return result;
    }
}
