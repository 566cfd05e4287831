package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search-quality evaluation set (issue 18) holds together: every judged document exists, each
 * language has its thirty queries and reports, and at least half of each language's queries can only
 * be answered by reports written in another language. Plain file checks; {@link EvaluationPackLoadTest}
 * loads the reports through the importer.
 */
class EvaluationSetTest {

    static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr");
    static final String QUERIES = "/search-evaluation/queries.csv";
    static final String EVALUATION_REPORTS = "/packs/search-evaluation/reports.csv";
    static final String DEMO = "/packs/summits-of-the-americas/";
    static final List<String> DEMO_PARAGRAPH_FILES = List.of("paragraphs/v-port-of-spain-declaration.csv",
            "paragraphs/vii-mandates-for-action.csv", "paragraphs/viii-lima-commitment.csv");
    static final String PARAGRAPH = "paragraph:";

    record Query(String id, String language, String text, List<String> relevant) {}

    static List<Query> queries = new ArrayList<>();
    /** Report key → original language, for the evaluation pack and the demo pack together. */
    static Map<String, String> reportLanguages = new HashMap<>();
    static Map<String, CSVRecord> evaluationReports = new HashMap<>();
    /** "document/number" of every demo paragraph that has an English title (an untitled one cannot be found). */
    static Set<String> titledParagraphs = new HashSet<>();
    static Set<String> actors = new HashSet<>();

    @BeforeAll
    static void readFiles() throws IOException {
        read(QUERIES, header -> assertThat(header).containsExactly("id", "language", "query", "relevant"), record ->
                queries.add(new Query(record.get("id"), record.get("language"), record.get("query"),
                        Arrays.stream(record.get("relevant").split(";")).map(String::strip).toList())));
        read(EVALUATION_REPORTS, header -> {}, record -> {
            evaluationReports.put(record.get("key"), record);
            reportLanguages.put(record.get("key"), record.get("original_language"));
        });
        read(DEMO + "reports.csv", header -> {}, record -> reportLanguages.put(record.get("key"), record.get("original_language")));
        for (String file : DEMO_PARAGRAPH_FILES) {
            read(DEMO + file, header -> {}, record -> {
                if (!record.get("title_en").isBlank()) {
                    titledParagraphs.add(record.get("document") + "/" + record.get("number"));
                }
            });
        }
        read(DEMO + "institutions.csv", header -> {}, record -> actors.add(record.get("code")));
        read(DEMO + "countries.csv", header -> {}, record -> actors.add(record.get("code").toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void eachLanguageHasAtLeastThirtyQueriesAndThirtyReportsWrittenInIt() {
        assertThat(queries).hasSizeGreaterThanOrEqualTo(120);
        for (String language : LANGUAGES) {
            assertThat(queries.stream().filter(q -> q.language().equals(language))).as("queries in %s", language).hasSizeGreaterThanOrEqualTo(30);
            assertThat(evaluationReports.values().stream().filter(r -> r.get("original_language").equals(language)))
                    .as("reports in %s", language).hasSizeGreaterThanOrEqualTo(30);
        }
    }

    @Test
    void queriesHaveUniqueIdsAKnownLanguagePlainTextAndOneToTenJudgedDocuments() {
        assertThat(queries.stream().map(Query::id).distinct().count()).isEqualTo(queries.size());
        assertThat(queries).allSatisfy(q -> {
            assertThat(q.id()).matches("q-" + q.language() + "-\\d\\d");
            assertThat(q.language()).isIn(LANGUAGES);
            assertThat(q.text()).isNotBlank().doesNotContainPattern("\\p{Cc}");
            assertThat(q.relevant()).as(q.id()).hasSizeBetween(1, 10).doesNotHaveDuplicates();
        });
    }

    @Test
    void everyJudgedDocumentIsAReportOfEitherPackOrATitledDemoParagraph() {
        for (Query query : queries) {
            for (String reference : query.relevant()) {
                if (reference.startsWith(PARAGRAPH)) {
                    assertThat(titledParagraphs).as("%s: %s", query.id(), reference).contains(reference.substring(PARAGRAPH.length()));
                } else {
                    assertThat(reportLanguages).as("%s: %s", query.id(), reference).containsKey(reference);
                }
            }
        }
    }

    @Test
    void atLeastHalfOfEachLanguagesQueriesFindOnlyReportsWrittenInOtherLanguages() {
        for (String language : LANGUAGES) {
            List<Query> ofLanguage = queries.stream().filter(q -> q.language().equals(language)).toList();
            long crossLanguage = ofLanguage.stream().filter(EvaluationSetTest::onlyOtherLanguages).count();
            assertThat(crossLanguage * 2).as("cross-language queries in %s: %d of %d", language, crossLanguage, ofLanguage.size())
                    .isGreaterThanOrEqualTo(ofLanguage.size());
        }
    }

    @Test
    void theIssuesQueriesAreInTheSetAndFindMigrantWorkersInOtherLanguages() {
        assertThat(queries).extracting(q -> q.language() + ":" + q.text()).contains("es:trabajadores migrantes",
                "pt:trabalhadores migrantes", "fr:travailleurs migrants", "es:OIM", "fr:OIM", "fr:droits des migrants");
        Query spanish = queries.stream().filter(q -> q.text().equals("trabajadores migrantes")).findFirst().orElseThrow();
        assertThat(spanish.relevant()).filteredOn(reportLanguages::containsKey)
                .extracting(reportLanguages::get).contains("en", "fr", "pt").doesNotContain("es");
    }

    @Test
    void evaluationReportsAreWrittenInTheirOwnLanguageOnlyByKnownAuthors() {
        evaluationReports.forEach((key, report) -> {
            String language = report.get("original_language");
            assertThat(key).matches("eval-" + language + "-\\d\\d");
            assertThat(report.get("status")).isEqualTo("published");
            assertThat(actors).as("author of %s", key).contains(report.get("author"));
            for (String other : LANGUAGES) {
                if (other.equals(language)) {
                    assertThat(report.get("title_" + other)).as(key).isNotBlank();
                    long sentences = report.get("body_" + other).split("[.!?](\\s+|$)").length;
                    assertThat(sentences).as("sentences in %s", key).isBetween(2L, 6L);
                } else {
                    assertThat(report.get("title_" + other) + report.get("body_" + other)).as("%s in %s", key, other).isEmpty();
                }
            }
        });
    }

    /** True when every judged document is a report in another language; a paragraph has titles in all four. */
    private static boolean onlyOtherLanguages(Query query) {
        return query.relevant().stream().allMatch(reference -> reportLanguages.containsKey(reference)
                && !reportLanguages.get(reference).equals(query.language()));
    }

    private static void read(String resource, Consumer<List<String>> header, Consumer<CSVRecord> row) throws IOException {
        var stream = EvaluationSetTest.class.getResourceAsStream(resource);
        assertThat(stream).as(resource + " on the class path").isNotNull();
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8); CSVParser parser = CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            header.accept(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                row.accept(record);
            }
        }
    }
}
