package org.mandato.catalog;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.mandato.web.LocalizedTexts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Summits, the documents they adopted, and the sections of those documents. */
@Repository
class SummitRepository {

    private final JdbcClient jdbc;

    SummitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first; a summit not yet held comes last. */
    List<Summit> findAll() {
        LocalizedTexts texts = LocalizedTexts.collect(
                jdbc.sql("select summit_id, lang, name, motto from summit_text").query().listOfRows(),
                "summit_id", "name", "motto");
        return jdbc.sql("""
                        select id, slug, ordinal, place, country_code, start_date, end_date, website
                        from summit order by sort_order, start_date
                        """)
                .query((rs, n) -> new Summit(rs.getLong("id"), rs.getString("slug"),
                        (Integer) rs.getObject("ordinal", Integer.class), rs.getString("place"), rs.getString("country_code"),
                        date(rs, "start_date"), date(rs, "end_date"), rs.getString("website"),
                        texts.get(rs.getLong("id"), "name"), texts.get(rs.getLong("id"), "motto")))
                .list();
    }

    /** Every document, in the order of its summit and then its own order. */
    List<Document> findAllDocuments() {
        LocalizedTexts texts = LocalizedTexts.collect(
                jdbc.sql("select document_id, lang, title from document_text").query().listOfRows(),
                "document_id", "title");
        return jdbc.sql("""
                        select d.id, d.summit_id, s.slug as summit_slug, d.slug, d.kind, d.adopted_on,
                               d.official_url, d.citation_label
                        from document d join summit s on s.id = d.summit_id
                        order by s.sort_order, d.sort_order
                        """)
                .query((rs, n) -> new Document(rs.getLong("id"), rs.getLong("summit_id"), rs.getString("summit_slug"),
                        rs.getString("slug"), rs.getString("kind"), date(rs, "adopted_on"), rs.getString("official_url"),
                        rs.getString("citation_label"), texts.get(rs.getLong("id"), "title")))
                .list();
    }

    List<Section> findSections(long documentId) {
        LocalizedTexts texts = LocalizedTexts.collect(jdbc.sql("""
                        select t.section_id, t.lang, t.name
                        from document_section_text t join document_section s on s.id = t.section_id
                        where s.document_id = :document
                        """).param("document", documentId).query().listOfRows(),
                "section_id", "name");
        return jdbc.sql("select id, code from document_section where document_id = :document order by sort_order")
                .param("document", documentId)
                .query((rs, n) -> new Section(rs.getLong("id"), documentId, rs.getString("code"),
                        texts.get(rs.getLong("id"), "name")))
                .list();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
