package org.mandato.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mandato.web.LocalizedTexts;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    Optional<Paragraph> findBySlug(long documentId, String slug) {
        return list(SELECT + "where p.document_id = :document and p.slug = :slug",
                Map.of("document", documentId, "slug", slug),
                "select t.* from paragraph_text t join paragraph p on p.id = t.paragraph_id where p.document_id = :document and p.slug = :slug")
                .stream().findFirst();
    }

    Optional<Paragraph> findByCitation(String citationLabel, String number) {
        Map<String, Object> params = Map.of("label", citationLabel, "number", number);
        return list(SELECT + "where d.citation_label = :label and p.number = :number", params, """
                select t.* from paragraph_text t join paragraph p on p.id = t.paragraph_id
                join document d on d.id = p.document_id where d.citation_label = :label and p.number = :number
                """).stream().findFirst();
    }

    List<Paragraph> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list(SELECT + "where p.id in (:ids) order by s.sort_order, d.sort_order, p.sort_order", Map.of("ids", ids),
                "select t.* from paragraph_text t where t.paragraph_id in (:ids)");
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
