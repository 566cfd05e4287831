package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Export and import are one format: an export imported into an empty database exports again to
 * the same bytes — for the demo pack, and for catalogues and reports generated at random with
 * commas, quotes, line breaks and every Latin accent.
 */
@MandatoTest
class PackRoundTripTest {

    static final List<String> TABLES_IN_DELETE_ORDER = List.of("glossary_term", "glossary_concept", "assessment", "scoring_guideline",
            "indicator_value", "indicator", "national_entry", "national_report", "reporting_cycle_summit", "reporting_cycle_text",
            "reporting_cycle", "population_group_text", "population_group", "report_revision_text", "report_revision", "report_citation",
            "report_theme", "report_text", "change_log", "report", "paragraph_theme", "paragraph_text", "paragraph",
            "document_section_text", "document_section", "document_text", "document", "summit_text", "summit", "app_user",
            "actor_text", "actor", "theme_text", "theme", "pack_load");

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () ->
                "jdbc:h2:mem:round-trip;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("mandato.packs.load-on-start", () -> "");
    }

    @Autowired
    PackImporter importer;
    @Autowired
    PackExporter exporter;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyTheDatabase() {
        jdbc.sql("update paragraph set parent_id = null").update();
        jdbc.sql("update theme set parent_id = null").update();
        TABLES_IN_DELETE_ORDER.forEach(table -> jdbc.sql("delete from " + table).update());
    }

    @Test
    void theDemoPackExportsImportsAndExportsToTheSameFiles() {
        importer.load("classpath:packs/summits-of-the-americas/");
        Map<String, String> first = exporter.files("round trip", true);

        emptyTheDatabase();
        importer.load(write(first).toUri().toString());
        Map<String, String> second = exporter.files("round trip", true);

        assertThat(second).isEqualTo(first);
        assertThat(first.get("reports.csv")).contains("iom-migration-2011-06-21,iom,2011-06-21,en,published,migration,Port of Spain 2009 ¶17");
        assertThat(first.get("themes.csv")).contains("migration,,15,Migration,Migración,Migração,Migration");
        assertThat(first.get("summits.csv")).contains(",Port of Spain,Puerto España,Porto de Espanha,Port-d'Espagne\r\n");
        assertThat(first.get("glossary.csv")).contains("\nmigrant-workers,term,migrant worker; migrant workers,trabajador migrante; ");
    }

    @Test
    void randomCataloguesAndReportsSurviveTheRoundTrip() {
        List<Map<String, String>> packs = packs().sampleStream().limit(15).toList();
        for (Map<String, String> generated : packs) {
            emptyTheDatabase();
            importer.load(write(generated).toUri().toString());
            Map<String, String> first = exporter.files("generated", true);
            emptyTheDatabase();
            importer.load(write(first).toUri().toString());
            Map<String, String> second = exporter.files("generated", true);

            assertThat(second).isEqualTo(first);
            assertThat(texts(first)).as("every text kept verbatim")
                    .containsExactlyElementsOf(texts(generated).stream().map(String::strip).toList());
        }
    }

    @Test
    void textsASpreadsheetWouldRunAsFormulasAreExportedAsTextAndLoadBackUnchanged() {
        String hyperlink = "=HYPERLINK(\"https://example.org\",\"see\")";
        String bullets = "- trained 300 officials\n- opened two centres";
        Map<String, String> generated = pack(List.of("=SUM(A1:A9)", "Health"), "@risk Institute", List.of("+ one more country"),
                List.of(bullets, hyperlink));
        importer.load(write(generated).toUri().toString());
        Map<String, String> first = exporter.files("generated", true);

        assertThat(first.get("themes.csv")).contains("theme-0,,,'=SUM(A1:A9),");
        assertThat(first.get("institutions.csv")).contains(",'@risk Institute");
        assertThat(first.get("paragraphs/s1-declaration.csv")).contains(",'+ one more country");
        assertThat(first.get("reports.csv")).contains("\"'- trained 300 officials\n- opened two centres\"")
                .contains("\"'=HYPERLINK(\"\"https://example.org\"\",\"\"see\"\")\"");
        assertThat(jdbc.sql("select body from report_text where body like '=HYPERLINK%' or body like '- trained%' order by body")
                .query(String.class).list()).containsExactly(bullets, hyperlink);

        emptyTheDatabase();
        importer.load(write(first).toUri().toString());
        assertThat(exporter.files("generated", true)).isEqualTo(first);
        assertThat(jdbc.sql("select name from theme_text where name like '=%' and lang = 'en'").query(String.class).list()).containsExactly("=SUM(A1:A9)");
    }

    /** Packs of 1–4 themes, one institution, one summit with one document, 1–5 paragraphs and 1–4 reports. */
    static Arbitrary<Map<String, String>> packs() {
        Arbitrary<String> words = Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyz ÁÉÍÓÚáéíóúÂÊÔâêôÃÕãõÀàÇçÑñÜüËëÏïŒœ,;\"'¶-")
                .ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank() && Character.isLetter(s.strip().charAt(0)));
        Arbitrary<String> paragraphsOfText = words.list().ofMinSize(1).ofMaxSize(3).map(lines -> String.join("\n\n", lines));
        return Combinators.combine(words.list().ofMinSize(1).ofMaxSize(4), words, paragraphsOfText.list().ofMinSize(1).ofMaxSize(5),
                paragraphsOfText.list().ofMinSize(1).ofMaxSize(4)).as(PackRoundTripTest::pack);
    }

    private static Map<String, String> pack(List<String> themeNames, String institutionName, List<String> paragraphTexts,
                                            List<String> reportBodies) {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder themes = new StringBuilder("slug,parent,legacy_id,name_en,name_es\n");
        for (int i = 0; i < themeNames.size(); i++) {
            themes.append("theme-").append(i).append(',').append(i == 0 ? "" : "theme-0").append(",,")
                    .append(quote(themeNames.get(i))).append(',').append(quote(themeNames.get(i) + " (es)")).append('\n');
        }
        files.put("themes.csv", themes.toString());
        files.put("institutions.csv", "code,website,jswg_from,jswg_until,legacy_id,acronym_en,name_en\n"
                + "inst,https://example.org/,2001,,,INST," + quote(institutionName) + "\n");
        files.put("countries.csv", "code,name_en,name_fr\nPE,Peru,Pérou\n");
        files.put("summits.csv", "slug,ordinal,place,country,start_date,end_date,website,name_en\n"
                + "s1,1,\"Québec, Canada\",CA,2001-04-20,2001-04-22,,\"Third Summit, \"\"Québec\"\"\"\n");
        files.put("documents.csv", "summit,slug,kind,adopted_on,official_url,citation_label,title_en\n"
                + "s1,declaration,declaration,2001-04-22,,Québec 2001,Declaration\n");
        files.put("sections.csv", "document,code,name_en\ns1/declaration,first,\"First, part\"\n");
        StringBuilder paragraphs = new StringBuilder("document,number,section,parent,themes,title_en,text_en\n");
        for (int i = 0; i < paragraphTexts.size(); i++) {
            paragraphs.append("s1/declaration,").append(i + 1).append(",first,,theme-0,")
                    .append(quote("Title " + (i + 1))).append(',').append(quote(paragraphTexts.get(i))).append('\n');
        }
        files.put("paragraphs/s1-declaration.csv", paragraphs.toString());
        StringBuilder reports = new StringBuilder("key,author,date,original_language,status,themes,citations,title_en,body_en\n");
        String[] statuses = {"draft", "submitted", "published", "withdrawn"};
        for (int i = 0; i < reportBodies.size(); i++) {
            reports.append("r").append(i).append(",inst,2020-0").append(i + 1).append("-15,en,").append(statuses[i % 4])
                    .append(",theme-0,").append(quote("Québec 2001 ¶1")).append(',').append(quote("Report " + i)).append(',')
                    .append(quote(reportBodies.get(i))).append('\n');
        }
        files.put("reports.csv", reports.toString());
        Map<String, String> pack = new LinkedHashMap<>();
        pack.put("pack.properties", "name=generated\nfiles=" + String.join(",", files.keySet()) + "\n");
        pack.putAll(files);
        return pack;
    }

    private static List<String> texts(Map<String, String> pack) {
        List<String> texts = new ArrayList<>();
        for (String file : List.of("paragraphs/s1-declaration.csv", "reports.csv")) {
            try {
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new java.io.StringReader(pack.get(file)))
                        .forEach(r -> texts.add(r.get(file.equals("reports.csv") ? "body_en" : "text_en")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static Path write(Map<String, String> files) {
        try {
            Path folder = Files.createTempDirectory("mandato-round-trip-");
            for (var file : files.entrySet()) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
