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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The domain glossary the search expands queries with (issue 18) is well formed: one concept a row,
 * its terms in the four languages, acronyms that resolve to the same concept in every language.
 * Plain file checks, so a wrong edit of the CSV fails here before any search runs.
 */
class GlossaryFileTest {

    static final String GLOSSARY = "/packs/summits-of-the-americas/glossary.csv";
    static final String THEMES = "/packs/summits-of-the-americas/themes.csv";
    static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr");

    /**
     * Terms (language, then term as written) that belong to two concepts of the same language on purpose.
     * None so far: a term that could mean two things is left out rather than expanded both ways.
     */
    static final Map<String, String> SHARED_WITHIN_A_LANGUAGE = Map.of();

    /**
     * Terms spelled alike in two languages but naming different concepts, with the reason they stay.
     * A query expander that looks a typed word up in every language must not join them.
     */
    static final Map<String, String> SHARED_ACROSS_LANGUAGES = Map.of(
            "cdb", "CDB is the Caribbean Development Bank in English (BDC elsewhere) and the Convention on "
                    + "Biological Diversity in Spanish, Portuguese and French (CBD in English); both are the usual forms");

    static List<Concept> concepts;

    record Concept(String slug, String kind, Map<String, List<String>> terms, long line) {}

    @BeforeAll
    static void readGlossary() throws IOException {
        concepts = new ArrayList<>();
        try (Reader reader = reader(GLOSSARY); CSVParser parser = CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            assertThat(parser.getHeaderNames())
                    .containsExactly("concept", "kind", "terms_en", "terms_es", "terms_pt", "terms_fr");
            for (CSVRecord record : parser) {
                assertThat(record.isConsistent()).as("line %d has as many cells as the header", record.getRecordNumber() + 1)
                        .isTrue();
                Map<String, List<String>> terms = new HashMap<>();
                for (String language : LANGUAGES) {
                    terms.put(language, Arrays.stream(record.get("terms_" + language).split(";", -1)).map(String::strip).toList());
                }
                concepts.add(new Concept(record.get("concept"), record.get("kind"), terms, record.getRecordNumber() + 1));
            }
        }
    }

    @Test
    void holdsAtLeastSixHundredTermConceptsAndTheAcronymsOfTheBodies() {
        assertThat(concepts.stream().filter(c -> c.kind().equals("term")).count()).isGreaterThanOrEqualTo(600);
        assertThat(concepts.stream().filter(c -> c.kind().equals("acronym")).count()).isGreaterThanOrEqualTo(50);
        assertThat(concepts).allSatisfy(c -> assertThat(c.kind()).as("kind on line %d", c.line()).isIn("term", "acronym"));
    }

    @Test
    void conceptsHaveUniqueLowercaseSlugs() {
        Set<String> seen = new HashSet<>();
        for (Concept concept : concepts) {
            assertThat(concept.slug()).as("slug on line %d", concept.line()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(seen.add(concept.slug())).as("slug %s on line %d is unique", concept.slug(), concept.line()).isTrue();
        }
    }

    @Test
    void everyConceptHasTermsInTheFourLanguagesWithoutEmptyRepeatedOrControlCharacters() {
        for (Concept concept : concepts) {
            for (String language : LANGUAGES) {
                List<String> terms = concept.terms().get(language);
                String where = concept.slug() + " in " + language;
                assertThat(terms).as(where).isNotEmpty().allSatisfy(term -> {
                    assertThat(term).as(where).isNotBlank();
                    assertThat(term.codePoints().noneMatch(GlossaryFileTest::isControl)).as("%s: %s", where, term).isTrue();
                    assertThat(term).as("%s: one space between words", where).doesNotContain("  ");
                });
                assertThat(terms.stream().map(GlossaryFileTest::key).distinct().count()).as("%s repeats no term", where)
                        .isEqualTo(terms.size());
            }
        }
    }

    @Test
    void aTermNamesOneConceptInItsLanguageUnlessListed() {
        for (String language : LANGUAGES) {
            Map<String, Set<String>> owners = new TreeMap<>();
            concepts.forEach(c -> c.terms().get(language).forEach(term ->
                    owners.computeIfAbsent(key(term), k -> new TreeSet<>()).add(c.slug())));
            owners.forEach((term, slugs) -> {
                if (slugs.size() > 1) {
                    assertThat(SHARED_WITHIN_A_LANGUAGE).as("'%s' (%s) names %s", term, language, slugs)
                            .containsKey(language + ":" + term);
                }
            });
        }
    }

    @Test
    void aSpellingSharedByTwoLanguagesNamesOneConceptUnlessListed() {
        Map<String, Set<String>> owners = new TreeMap<>();
        concepts.forEach(c -> LANGUAGES.forEach(language -> c.terms().get(language).forEach(term ->
                owners.computeIfAbsent(key(term), k -> new TreeSet<>()).add(c.slug()))));
        Set<String> shared = new TreeSet<>();
        owners.forEach((term, slugs) -> {
            if (slugs.size() > 1) {
                shared.add(term);
            }
        });
        assertThat(shared).isEqualTo(SHARED_ACROSS_LANGUAGES.keySet());
    }

    @Test
    void theIssuesAcronymsNameTheSameInstitutionInEveryLanguage() {
        assertSameConcept("iom", "en:IOM", "es:OIM", "pt:OIM", "fr:OIM");
        assertSameConcept("paho", "en:PAHO", "es:OPS", "pt:OPAS", "fr:OPS");
        assertSameConcept("idb", "en:IDB", "es:BID", "pt:BID", "fr:BID");
        assertSameConcept("eclac", "en:ECLAC", "es:CEPAL", "pt:CEPAL", "fr:CEPALC", "fr:CEPAL");
        assertSameConcept("oas", "en:OAS", "es:OEA", "pt:OEA", "fr:OEA");
        assertSameConcept("ilo", "en:ILO", "es:OIT", "pt:OIT", "fr:OIT");
        assertSameConcept("undp", "en:UNDP", "es:PNUD", "pt:PNUD", "fr:PNUD");
        assertSameConcept("sdgs", "en:SDG", "es:ODS", "pt:ODS", "fr:ODD");
        assertSameConcept("unhcr", "en:UNHCR", "es:ACNUR", "pt:ACNUR", "fr:HCR");
        assertSameConcept("mercosur", "en:MERCOSUR", "es:MERCOSUR", "pt:MERCOSUL", "fr:MERCOSUR");
    }

    @Test
    void everyAcronymRowAlsoSpellsTheNameOutInEveryLanguage() {
        concepts.stream().filter(c -> c.kind().equals("acronym")).forEach(c -> LANGUAGES.forEach(language ->
                assertThat(c.terms().get(language)).as("%s in %s has a written-out name", c.slug(), language)
                        .anyMatch(term -> term.contains(" "))));
    }

    @Test
    void theIssuesQueriesMeetTheirEnglishConcepts() {
        assertSameConcept("migrant-workers", "en:migrant workers", "es:trabajadores migrantes", "pt:trabalhadores migrantes",
                "fr:travailleurs migrants");
        assertSameConcept("migrants-rights", "en:rights of migrants", "es:derechos de los migrantes", "pt:direitos dos migrantes",
                "fr:droits des migrants");
    }

    @Test
    void everyThemeNameOfTheDemoPackIsATermInItsLanguage() throws IOException {
        try (Reader reader = reader(THEMES); CSVParser parser = CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord theme : parser) {
                for (String language : LANGUAGES) {
                    String name = theme.get("name_" + language);
                    assertThat(concepts).as("theme %s in %s: '%s'", theme.get("slug"), language, name)
                            .anyMatch(c -> c.terms().get(language).stream().anyMatch(term -> key(term).equals(key(name))));
                }
            }
        }
    }

    private static void assertSameConcept(String slug, String... languageAndTerms) {
        for (String languageAndTerm : languageAndTerms) {
            String language = languageAndTerm.substring(0, 2);
            String term = languageAndTerm.substring(3);
            assertThat(concepts).as("%s names %s", languageAndTerm, slug)
                    .filteredOn(c -> c.terms().get(language).stream().anyMatch(t -> key(t).equals(key(term))))
                    .extracting(Concept::slug).containsExactly(slug);
        }
    }

    /** Terms are told apart ignoring case, as a query is typed. */
    private static String key(String term) {
        return term.toLowerCase(Locale.ROOT);
    }

    private static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    private static Reader reader(String resource) {
        var stream = GlossaryFileTest.class.getResourceAsStream(resource);
        assertThat(stream).as(resource + " on the class path").isNotNull();
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }
}
