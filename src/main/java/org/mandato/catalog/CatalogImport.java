package org.mandato.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mandato.web.ControlCharacters;
import org.mandato.web.TextTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes catalogue entries found by their natural keys (slugs, codes, numbers): an entry that
 * exists is updated, a new one inserted, so importing the same data twice changes nothing.
 * The caller holds the transaction; an unknown reference throws {@link IllegalArgumentException}
 * naming it, which rolls the whole import back. Text maps go from language to text.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CatalogImport {

    public record ThemeEntry(String slug, String parentSlug, Integer legacyId, Map<String, String> name) {}

    public record ActorEntry(ActorKind kind, String code, String website, Integer jswgFrom, Integer jswgUntil,
                             Integer legacyId, Map<String, String> name, Map<String, String> shortName) {}

    /** {@code places}: the summit's place by language, where a language names it in its own way. */
    public record SummitEntry(String slug, Integer ordinal, String place, String countryCode, LocalDate startDate,
                              LocalDate endDate, String website, Map<String, String> name, Map<String, String> motto,
                              Map<String, String> places) {

        public SummitEntry(String slug, Integer ordinal, String place, String countryCode, LocalDate startDate,
                           LocalDate endDate, String website, Map<String, String> name, Map<String, String> motto) {
            this(slug, ordinal, place, countryCode, startDate, endDate, website, name, motto, Map.of());
        }
    }

    public record DocumentEntry(String summitSlug, String slug, String kind, LocalDate adoptedOn, String officialUrl,
                                String citationLabel, Map<String, String> title) {}

    public record SectionEntry(String summitSlug, String documentSlug, String code, Map<String, String> name) {}

    public record ParagraphEntry(String summitSlug, String documentSlug, String number, String sectionCode,
                                 String parentNumber, List<String> themeSlugs,
                                 Map<String, String> title, Map<String, String> text) {}

    private final JdbcClient jdbc;
    private final TextTables texts;
    private final CatalogCache cache;

    CatalogImport(JdbcClient jdbc, CatalogCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.texts = new TextTables(jdbc);
    }

    public long theme(ThemeEntry entry, int sortOrder) {
        refuse("slug", entry.slug());
        refuse("name", entry.name());
        cache.written();
        Long parentId = entry.parentSlug() == null ? null : themeId(entry.parentSlug());
        Map<String, Object> values = values("slug", entry.slug(), "parent_id", parentId, "sort_order", sortOrder,
                "legacy_id", entry.legacyId());
        long id = upsert("theme", "select id from theme where slug = :slug", Map.of("slug", entry.slug()), values);
        texts.replace("theme_text", "theme_id", id, Map.of("name", entry.name()));
        return id;
    }

    public long actor(ActorEntry entry, int sortOrder) {
        refuse("code", entry.code());
        refuse("website", entry.website());
        refuse("name", entry.name());
        refuse("acronym", entry.shortName());
        cache.written();
        Map<String, Object> values = values("code", entry.code(), "kind", entry.kind().code(), "website", entry.website(),
                "jswg_from", entry.jswgFrom(), "jswg_until", entry.jswgUntil(), "legacy_id", entry.legacyId(),
                "sort_order", sortOrder);
        Optional<String> existingKind = jdbc.sql("select kind from actor where code = :code")
                .param("code", entry.code()).query(String.class).optional();
        if (existingKind.isPresent() && !existingKind.get().equals(entry.kind().code())) {
            throw new IllegalArgumentException("code '" + entry.code() + "' already names a " + existingKind.get());
        }
        long id = upsert("actor", "select id from actor where code = :code", Map.of("code", entry.code()), values);
        texts.replace("actor_text", "actor_id", id, Map.of("name", entry.name(), "short_name", entry.shortName()));
        return id;
    }

    public long summit(SummitEntry entry, int sortOrder) {
        refuse("slug", entry.slug());
        refuse("place", entry.place());
        refuse("country", entry.countryCode());
        refuse("website", entry.website());
        refuse("name", entry.name());
        refuse("motto", entry.motto());
        cache.written();
        Map<String, Object> values = values("slug", entry.slug(), "ordinal", entry.ordinal(), "place", entry.place(),
                "country_code", entry.countryCode(), "start_date", entry.startDate(), "end_date", entry.endDate(),
                "website", entry.website(), "sort_order", sortOrder);
        long id = upsert("summit", "select id from summit where slug = :slug", Map.of("slug", entry.slug()), values);
        texts.replace("summit_text", "summit_id", id, Map.of("name", entry.name(), "motto", entry.motto(), "place", entry.places()));
        return id;
    }

    public long document(DocumentEntry entry, int sortOrder) {
        refuse("slug", entry.slug());
        refuse("kind", entry.kind());
        refuse("official_url", entry.officialUrl());
        refuse("citation_label", entry.citationLabel());
        refuse("title", entry.title());
        cache.written();
        long summitId = summitId(entry.summitSlug());
        Map<String, Object> values = values("summit_id", summitId, "slug", entry.slug(), "kind", entry.kind(),
                "adopted_on", entry.adoptedOn(), "official_url", entry.officialUrl(),
                "citation_label", entry.citationLabel(), "sort_order", sortOrder);
        long id = upsert("document", "select id from document where summit_id = :summit and slug = :slug",
                Map.of("summit", summitId, "slug", entry.slug()), values);
        texts.replace("document_text", "document_id", id, Map.of("title", entry.title()));
        return id;
    }

    public long section(SectionEntry entry, int sortOrder) {
        refuse("code", entry.code());
        refuse("name", entry.name());
        cache.written();
        long documentId = documentId(entry.summitSlug(), entry.documentSlug());
        Map<String, Object> values = values("document_id", documentId, "code", entry.code(), "sort_order", sortOrder);
        long id = upsert("document_section", "select id from document_section where document_id = :document and code = :code",
                Map.of("document", documentId, "code", entry.code()), values);
        texts.replace("document_section_text", "section_id", id, Map.of("name", entry.name()));
        return id;
    }

    public long paragraph(ParagraphEntry entry, int sortOrder) {
        refuse("number", entry.number());
        refuse("title", entry.title());
        refuse("text", entry.text());
        cache.written();
        long documentId = documentId(entry.summitSlug(), entry.documentSlug());
        Long sectionId = entry.sectionCode() == null ? null : jdbc.sql(
                        "select id from document_section where document_id = :document and code = :code")
                .param("document", documentId).param("code", entry.sectionCode())
                .query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("unknown section '" + entry.sectionCode() + "'"));
        Long parentId = entry.parentNumber() == null ? null : paragraphId(documentId, entry.parentNumber());
        List<Long> themeIds = entry.themeSlugs().stream().map(this::themeId).toList();
        Map<String, Object> values = values("document_id", documentId, "number", entry.number(),
                "slug", ParagraphNumbers.slug(entry.number()), "section_id", sectionId, "parent_id", parentId,
                "sort_order", sortOrder);
        long id = upsert("paragraph", "select id from paragraph where document_id = :document and number = :number",
                Map.of("document", documentId, "number", entry.number()), values);
        texts.replace("paragraph_text", "paragraph_id", id, Map.of("title", entry.title(), "body", entry.text()));
        jdbc.sql("delete from paragraph_theme where paragraph_id = :id").param("id", id).update();
        for (Long themeId : themeIds.stream().distinct().toList()) {
            jdbc.sql("insert into paragraph_theme (paragraph_id, theme_id) values (:p, :t)")
                    .param("p", id).param("t", themeId).update();
        }
        return id;
    }

    /** A text from the column {@code column} of a pack's file, refused when it holds invisible control characters. */
    private static void refuse(String column, String text) {
        ControlCharacters.refuse("column '" + column + "'", text);
    }

    /** Texts per language, from the columns {@code <field>_<lang>}. */
    private static void refuse(String field, Map<String, String> texts) {
        if (texts != null) {
            texts.forEach((lang, text) -> refuse(field + "_" + lang, text));
        }
    }

    private long themeId(String slug) {
        return jdbc.sql("select id from theme where slug = :slug").param("slug", slug).query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("unknown theme '" + slug + "'"));
    }

    private long summitId(String slug) {
        return jdbc.sql("select id from summit where slug = :slug").param("slug", slug).query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("unknown summit '" + slug + "'"));
    }

    private long documentId(String summitSlug, String documentSlug) {
        return jdbc.sql("""
                        select d.id from document d join summit s on s.id = d.summit_id
                        where s.slug = :summit and d.slug = :document
                        """)
                .param("summit", summitSlug).param("document", documentSlug)
                .query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("unknown document '" + summitSlug + "/" + documentSlug + "'"));
    }

    private long paragraphId(long documentId, String number) {
        return jdbc.sql("select id from paragraph where document_id = :document and number = :number")
                .param("document", documentId).param("number", number)
                .query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("unknown parent paragraph '" + number + "'"));
    }

    /** Inserts or updates one row of {@code table} (a constant of this class, never input). */
    private long upsert(String table, String findSql, Map<String, ?> key, Map<String, Object> values) {
        Optional<Long> existing = jdbc.sql(findSql).params(key).query(Long.class).optional();
        if (existing.isPresent()) {
            String assignments = String.join(", ", values.keySet().stream().map(c -> c + " = :" + c).toList());
            jdbc.sql("update " + table + " set " + assignments + " where id = :id")
                    .params(values).param("id", existing.get()).update();
            return existing.get();
        }
        String columns = String.join(", ", values.keySet());
        String parameters = String.join(", ", values.keySet().stream().map(c -> ":" + c).toList());
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into " + table + " (" + columns + ") values (" + parameters + ")")
                .params(values).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private static Map<String, Object> values(Object... pairs) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return values;
    }
}
