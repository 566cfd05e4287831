package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo pack loads through the importer users use; loading is atomic and idempotent. */
@MandatoTest
class PackImporterTest {

    static final String DEMO_PACK = "classpath:packs/summits-of-the-americas/";
    static final List<String> TABLES = List.of("theme", "theme_text", "actor", "actor_text", "summit", "summit_text",
            "document", "document_text", "document_section", "document_section_text", "paragraph", "paragraph_text",
            "paragraph_theme", "report", "report_text", "report_theme", "report_citation", "report_revision",
            "report_revision_text", "reporting_cycle", "reporting_cycle_text", "reporting_cycle_summit", "population_group",
            "population_group_text", "national_report", "national_entry", "indicator", "indicator_value", "glossary_concept",
            "glossary_term");

    @Autowired
    PackImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoPackHoldsTheWholeCatalogue() {
        assertThat(count("select count(*) from summit")).isEqualTo(12);
        assertThat(count("select count(*) from actor where kind = 'institution'")).isEqualTo(13);
        assertThat(count("select count(*) from actor where kind = 'country'")).isEqualTo(35);
        assertThat(count("""
                select count(*) from paragraph p join document d on d.id = p.document_id
                where d.citation_label = 'Port of Spain 2009'""")).isEqualTo(97);
        assertThat(count("select count(*) from report where status = 'published'")).isEqualTo(3);
        assertThat(count("""
                select count(*) from report_citation c join paragraph p on p.id = c.paragraph_id
                join report r on r.id = c.report_id
                where p.number = '17' and r.report_date = date '2011-06-21'""")).isEqualTo(1);
        assertThat(count("select count(*) from report_citation")).isEqualTo(1);
    }

    @Test
    void everyTitledParagraphHasItsTitleInTheFourLanguages() {
        assertThat(jdbc.sql("""
                select t.lang, count(*) from paragraph_text t where t.title is not null
                group by t.lang order by t.lang""").query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2)).list())
                .containsExactly("en=38", "es=38", "fr=38", "pt=38");
        assertThat(jdbc.sql("""
                select t.title from paragraph_text t join paragraph p on p.id = t.paragraph_id
                join document d on d.id = p.document_id
                where d.citation_label = 'Port of Spain 2009' and p.number = '17' and t.lang = 'pt'""")
                .query(String.class).single()).startsWith("Proteger os direitos humanos dos migrantes");
    }

    @Test
    void loadingThePackAgainChangesNothing() {
        Map<String, List<Map<String, Object>>> before = snapshot();

        importer.load(DEMO_PACK);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void malformedDateNamesFileLineAndColumnAndRollsBackEarlierFiles() {
        Map<String, List<Map<String, Object>>> before = snapshot();

        assertThatThrownBy(() -> importer.load("classpath:packs/broken-date/"))
                .isInstanceOf(PackLoadException.class)
                .hasMessage("summits.csv line 4: column 'start_date': '2009-13-45' is not a date (YYYY-MM-DD)");

        assertThat(count("select count(*) from theme where slug = 'rollback-probe'")).isZero();
        assertThat(count("select count(*) from summit where slug = 'probe-one'")).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void wrongIndicatorValueNamesItsFileRowAndValueLineAndWritesNothing() {
        Map<String, List<Map<String, Object>>> before = snapshot();

        assertThatThrownBy(() -> importer.load("classpath:packs/broken-national/"))
                .isInstanceOf(PackLoadException.class)
                .hasMessage("indicators.csv line 2: values: Line 2: “many” is not a number.");

        assertThat(count("select count(*) from reporting_cycle where slug = 'rollback-cycle'")).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void demoPackHoldsFictitiousNationalReportsWithTheirIndicators() {
        assertThat(count("select count(*) from reporting_cycle")).isEqualTo(2);
        assertThat(count("select count(*) from national_report where status = 'published'")).isEqualTo(2);
        assertThat(count("select count(*) from national_entry")).isEqualTo(7);
        assertThat(count("select count(*) from indicator")).isEqualTo(6);
        assertThat(count("select count(*) from indicator_value where sex = 'women'")).isEqualTo(2);
        assertThat(count("select count(*) from indicator_value v join population_group g on g.id = v.group_id "
                + "where g.code = 'indigenous-peoples'")).isEqualTo(1);
    }

    @Test
    void unbalancedQuoteIsReportedWithItsLine() {
        assertThatThrownBy(() -> importer.load("classpath:packs/broken-quote/"))
                .isInstanceOf(PackLoadException.class)
                .hasMessageStartingWith("themes.csv line 3: not valid CSV");
        assertThat(count("select count(*) from theme where slug = 'fine'")).isZero();
    }

    @Test
    void rowWithTooManyValuesIsReportedWithItsLine() {
        assertThatThrownBy(() -> importer.load("classpath:packs/broken-columns/"))
                .hasMessage("themes.csv line 3: has 5 values but the header has 4 columns");
    }

    @Test
    void unknownReferencesAndColumnsAreNamed() {
        assertThatThrownBy(() -> importer.load("classpath:packs/unknown-theme/"))
                .hasMessage("paragraphs/probe.csv line 2: unknown theme 'no-such-theme'");
        assertThatThrownBy(() -> importer.load("classpath:packs/unknown-column/"))
                .hasMessage("countries.csv line 1: unknown column 'colour'");
        assertThatThrownBy(() -> importer.load("classpath:packs/unknown-citation/"))
                .hasMessage("reports.csv line 2: unknown paragraph 'Port of Spain 2009 ¶98': Port of Spain 2009 has no paragraph 98");
        assertThat(count("select count(*) from paragraph where number = '98'")).isZero();
    }

    @Test
    void missingPackIsReported() {
        assertThatThrownBy(() -> importer.load("classpath:packs/no-such-pack/"))
                .isInstanceOf(PackLoadException.class)
                .hasMessageStartingWith("pack.properties: cannot be read");
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            // Sorted whole: a table such as glossary_term has no key in its first two columns, and PostgreSQL
            // returns rows with equal sort keys in the order they were last written.
            tables.put(table, jdbc.sql("select * from " + table).query().listOfRows().stream()
                    .sorted(java.util.Comparator.comparing(Object::toString)).toList());
        }
        return tables;
    }
}
