package org.mandato.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mandato.web.LocalizedTexts;
import org.mandato.web.TextTables;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ParagraphRepository {

    private static final String SELECT = """
            select p.id, p.document_id, s.slug as summit_slug, d.slug as document_slug, d.citation_label,
                   p.number, p.slug, p.section_id, p.parent_id
            from paragraph p
            join document d on d.id = p.document_id
            join summit s on s.id = d.summit_id
            """;

    private final JdbcClient jdbc;

    ParagraphRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Paragraph> findByDocument(long documentId) {
        return list(SELECT + "where p.document_id = :document order by p.sort_order", Map.of("document", documentId),
                "select t.* from paragraph_text t join paragraph p on p.id = t.paragraph_id where p.document_id = :document");
    }

    /** Every paragraph, by document, in document order: the whole catalogue in two queries. */
    Map<Long, List<Paragraph>> findAllByDocument() {
        Map<Long, List<Paragraph>> byDocument = new HashMap<>();
        for (Paragraph paragraph : list(SELECT + "order by p.document_id, p.sort_order", Map.of(),
                "select t.* from paragraph_text t")) {
            byDocument.computeIfAbsent(paragraph.documentId(), id -> new ArrayList<>()).add(paragraph);
        }
        return byDocument;
    }

    /** The themes of every paragraph that has any. */
    Map<Long, Set<Long>> findAllThemes() {
        Map<Long, Set<Long>> themes = new HashMap<>();
        jdbc.sql("select paragraph_id, theme_id from paragraph_theme").query((RowCallbackHandler) rs ->
                themes.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2)));
        return themes;
    }

    Optional<Paragraph> findByCitation(String citationLabel, String number) {
        Map<String, Object> params = Map.of("label", citationLabel, "number", number);
        return list(SELECT + "where d.citation_label = :label and p.number = :number", params, """
                select t.* from paragraph_text t join paragraph p on p.id = t.paragraph_id
                join document d on d.id = p.document_id where d.citation_label = :label and p.number = :number
                """).stream().findFirst();
    }

    /** Paragraphs tagged with any of the themes, newest summit first, then in document order. */
    List<Paragraph> findByThemes(Collection<Long> themeIds) {
        if (themeIds.isEmpty()) {
            return List.of();
        }
        String filter = "p.id in (select paragraph_id from paragraph_theme where theme_id in (:themes))";
        return list(SELECT + "where " + filter + " order by s.sort_order desc, d.sort_order, p.sort_order",
                Map.of("themes", themeIds),
                "select t.* from paragraph_text t join paragraph p on p.id = t.paragraph_id where " + filter);
    }

    /** The columns of a paragraph the Secretariat edits; its document and place in the list are kept. */
    record ParagraphValues(String number, String slug, Long sectionId, Long parentId) {}

    /** Adds a paragraph at the end of its document. */
    long insert(long documentId, ParagraphValues values) {
        int sortOrder = jdbc.sql("select coalesce(max(sort_order), 0) + 1 from paragraph where document_id = :document")
                .param("document", documentId).query(Integer.class).single();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into paragraph (document_id, number, slug, section_id, parent_id, sort_order)
                        values (:document, :number, :slug, :section, :parent, :sortOrder)
                        """)
                .param("document", documentId).param("number", values.number()).param("slug", values.slug())
                .param("section", values.sectionId()).param("parent", values.parentId()).param("sortOrder", sortOrder)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void update(long id, ParagraphValues values) {
        jdbc.sql("""
                        update paragraph set number = :number, slug = :slug, section_id = :section, parent_id = :parent
                        where id = :id
                        """)
                .param("number", values.number()).param("slug", values.slug())
                .param("section", values.sectionId()).param("parent", values.parentId()).param("id", id)
                .update();
    }

    void replaceTexts(long id, Map<String, String> title, Map<String, String> body) {
        new TextTables(jdbc).replace("paragraph_text", "paragraph_id", id, Map.of("title", title, "body", body));
    }

    void replaceThemes(long id, Collection<Long> themeIds) {
        jdbc.sql("delete from paragraph_theme where paragraph_id = :id").param("id", id).update();
        for (Long themeId : themeIds) {
            jdbc.sql("insert into paragraph_theme (paragraph_id, theme_id) values (:paragraph, :theme)")
                    .param("paragraph", id).param("theme", themeId).update();
        }
    }

    private List<Paragraph> list(String sql, Map<String, ?> params, String textSql) {
        LocalizedTexts texts = LocalizedTexts.collect(jdbc.sql(textSql).params(params).query().listOfRows(),
                "paragraph_id", "title", "body");
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    String documentPath = "/summits/" + rs.getString("summit_slug") + "/" + rs.getString("document_slug");
                    return new Paragraph(id, rs.getLong("document_id"), documentPath, rs.getString("citation_label"),
                            rs.getString("number"), rs.getString("slug"),
                            (Long) rs.getObject("section_id", Long.class), (Long) rs.getObject("parent_id", Long.class),
                            texts.get(id, "title"), texts.get(id, "body"));
                })
                .list();
    }
}
