package org.mandato.catalog;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mandato.web.LocalizedTexts;
import org.mandato.web.TextTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
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
                jdbc.sql("select summit_id, lang, name, motto, place from summit_text").query().listOfRows(),
                "summit_id", "name", "motto", "place");
        return jdbc.sql("""
                        select id, slug, ordinal, place, country_code, start_date, end_date, website
                        from summit order by sort_order, start_date
                        """)
                .query((rs, n) -> new Summit(rs.getLong("id"), rs.getString("slug"),
                        (Integer) rs.getObject("ordinal", Integer.class), rs.getString("place"), rs.getString("country_code"),
                        date(rs, "start_date"), date(rs, "end_date"), rs.getString("website"),
                        texts.get(rs.getLong("id"), "name"), texts.get(rs.getLong("id"), "motto"),
                        texts.get(rs.getLong("id"), "place")))
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

    /** Every document's sections, by document, in order: the whole catalogue in two queries. */
    Map<Long, List<Section>> findAllSectionsByDocument() {
        LocalizedTexts texts = LocalizedTexts.collect(jdbc.sql("select section_id, lang, name from document_section_text")
                .query().listOfRows(), "section_id", "name");
        Map<Long, List<Section>> byDocument = new HashMap<>();
        jdbc.sql("select id, document_id, code from document_section order by document_id, sort_order")
                .query((rs, n) -> new Section(rs.getLong("id"), rs.getLong("document_id"), rs.getString("code"),
                        texts.get(rs.getLong("id"), "name")))
                .list()
                .forEach(section -> byDocument.computeIfAbsent(section.documentId(), id -> new ArrayList<>()).add(section));
        return byDocument;
    }

    /** The columns of a summit the Secretariat edits; its place in the list is kept. */
    record SummitValues(String slug, Integer ordinal, String place, String countryCode, LocalDate startDate,
                        LocalDate endDate, String website) {}

    /** The columns of a document the Secretariat edits; its summit and place in the list are kept. */
    record DocumentValues(String slug, String kind, LocalDate adoptedOn, String officialUrl, String citationLabel) {}

    Optional<Long> summitIdBySlug(String slug) {
        return jdbc.sql("select id from summit where slug = :slug").param("slug", slug).query(Long.class).optional();
    }

    /** Adds a summit at the end of the list. */
    long insertSummit(SummitValues values) {
        int sortOrder = jdbc.sql("select coalesce(max(sort_order), 0) + 1 from summit").query(Integer.class).single();
        KeyHolder keys = new GeneratedKeyHolder();
        summitParams(jdbc.sql("""
                        insert into summit (slug, ordinal, place, country_code, start_date, end_date, website, sort_order)
                        values (:slug, :ordinal, :place, :countryCode, :startDate, :endDate, :website, :sortOrder)
                        """), values)
                .param("sortOrder", sortOrder)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void updateSummit(long id, SummitValues values) {
        summitParams(jdbc.sql("""
                        update summit set slug = :slug, ordinal = :ordinal, place = :place, country_code = :countryCode,
                               start_date = :startDate, end_date = :endDate, website = :website
                        where id = :id
                        """), values)
                .param("id", id)
                .update();
    }

    void replaceSummitTexts(long id, Map<String, String> name, Map<String, String> motto, Map<String, String> places) {
        new TextTables(jdbc).replace("summit_text", "summit_id", id, Map.of("name", name, "motto", motto, "place", places));
    }

    Optional<Long> documentIdBySlug(long summitId, String slug) {
        return jdbc.sql("select id from document where summit_id = :summit and slug = :slug")
                .param("summit", summitId).param("slug", slug).query(Long.class).optional();
    }

    Optional<Long> documentIdByCitationLabel(String citationLabel) {
        return jdbc.sql("select id from document where citation_label = :label")
                .param("label", citationLabel).query(Long.class).optional();
    }

    /** Adds a document at the end of its summit's list. */
    long insertDocument(long summitId, DocumentValues values) {
        int sortOrder = jdbc.sql("select coalesce(max(sort_order), 0) + 1 from document where summit_id = :summit")
                .param("summit", summitId).query(Integer.class).single();
        KeyHolder keys = new GeneratedKeyHolder();
        documentParams(jdbc.sql("""
                        insert into document (summit_id, slug, kind, adopted_on, official_url, citation_label, sort_order)
                        values (:summit, :slug, :kind, :adoptedOn, :officialUrl, :citationLabel, :sortOrder)
                        """), values)
                .param("summit", summitId).param("sortOrder", sortOrder)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void updateDocument(long id, DocumentValues values) {
        documentParams(jdbc.sql("""
                        update document set slug = :slug, kind = :kind, adopted_on = :adoptedOn,
                               official_url = :officialUrl, citation_label = :citationLabel
                        where id = :id
                        """), values)
                .param("id", id)
                .update();
    }

    void replaceDocumentTexts(long id, Map<String, String> title) {
        new TextTables(jdbc).replace("document_text", "document_id", id, Map.of("title", title));
    }

    private static JdbcClient.StatementSpec summitParams(JdbcClient.StatementSpec statement, SummitValues values) {
        return statement.param("slug", values.slug()).param("ordinal", values.ordinal()).param("place", values.place())
                .param("countryCode", values.countryCode()).param("startDate", values.startDate())
                .param("endDate", values.endDate()).param("website", values.website());
    }

    private static JdbcClient.StatementSpec documentParams(JdbcClient.StatementSpec statement, DocumentValues values) {
        return statement.param("slug", values.slug()).param("kind", values.kind()).param("adoptedOn", values.adoptedOn())
                .param("officialUrl", values.officialUrl()).param("citationLabel", values.citationLabel());
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
