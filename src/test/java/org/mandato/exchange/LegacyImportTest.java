package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.InputStreamSource;

/** Legacy pages become published reports of their institution, once, all or nothing. */
class LegacyImportTest extends LegacyImportDatabase {

    @Autowired
    LegacyImporter importer;

    @Test
    void theThemePageImportsAsThreePublishedIomMigrationReportsMarkedWithTheirFile() {
        LegacyImportResult result = importer.run(LegacyFixtures.request(LegacyFixtures.THEME_PAGE, "migration", "iom"));

        assertThat(messages(result)).isEmpty();
        assertThat(result.created()).isEqualTo(3);
        assertThat(jdbc.sql("""
                        select r.report_date, r.status, a.code, r.imported_from from report r join actor a on a.id = r.author_id
                        order by r.report_date desc""")
                .query((rs, n) -> tuple(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getString(4))).list())
                .containsExactly(
                        tuple(LocalDate.of(2018, 3, 16), "published", "iom", LegacyFixtures.THEME_PAGE),
                        tuple(LocalDate.of(2016, 6, 8), "published", "iom", LegacyFixtures.THEME_PAGE),
                        tuple(LocalDate.of(2011, 6, 21), "published", "iom", LegacyFixtures.THEME_PAGE));
        assertThat(citations(LocalDate.of(2011, 6, 21))).containsExactly("Port of Spain 2009 17");
        assertThat(citations(LocalDate.of(2016, 6, 8))).isEmpty();
        assertThat(citations(LocalDate.of(2018, 3, 16))).isEmpty();
        assertThat(jdbc.sql("select t.slug from report_theme rt join theme t on t.id = rt.theme_id").query(String.class).list())
                .containsExactly("migration", "migration", "migration");
        assertThat(jdbc.sql("select distinct saved_by from report_revision").query(String.class).list()).containsExactly("import");
        assertThat(body(LocalDate.of(2018, 3, 16)))
                .startsWith("IOM is committed to promoting the orderly, safe, regular and responsible migration\nand mobility of people");
        assertThat(jdbc.sql("select external_key from report").query(String.class).list())
                .allSatisfy(key -> assertThat(key).matches("legacy-iom-\\d{4}-\\d{2}-\\d{2}-[0-9a-f]{16}"));
    }

    @Test
    void importingThePageAgainCreatesNothingAndItsDryRunListsThreeDuplicates() {
        importer.run(LegacyFixtures.request(LegacyFixtures.THEME_PAGE, "migration", "iom"));

        LegacyImportResult dryRun = importer.check(LegacyFixtures.request(LegacyFixtures.THEME_PAGE, "migration", "iom"));
        LegacyImportResult again = importer.run(LegacyFixtures.request(LegacyFixtures.THEME_PAGE, "migration", "iom"));

        assertThat(dryRun.problems()).isEmpty();
        assertThat(dryRun.entries()).hasSize(3).noneMatch(LegacyImportResult.Entry::isNew);
        assertThat(again.created()).isZero();
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(reportCount()).isEqualTo(3);
    }

    @Test
    void theDemoPacksCopiesOfTheSameReportsAreFoundAsDuplicates() {
        withTheDemoPacksReports();
        int before = reportCount();

        LegacyImportResult dryRun = importer.check(LegacyFixtures.request(LegacyFixtures.THEME_PAGE, "migration", "iom"));

        assertThat(dryRun.duplicates()).isEqualTo(3);
        assertThat(dryRun.entries()).extracting(e -> jdbc.sql("select external_key from report where id = :id")
                        .param("id", e.existingReport()).query(String.class).single())
                .containsExactly("iom-migration-2018-03-16", "iom-migration-2016-06-08", "iom-migration-2011-06-21");
        assertThat(importer.run(LegacyFixtures.request(LegacyFixtures.THEME_PAGE, "migration", "iom")).created()).isZero();
        assertThat(reportCount()).isEqualTo(before);
    }

    @Test
    void anInstitutionPageFilesEachReportUnderTheThemesItAppearsUnder() {
        LegacyImportResult result = importer.run(LegacyFixtures.request("institution-page-iom.txt", "", ""));

        assertThat(messages(result)).isEmpty();
        assertThat(result.created()).isEqualTo(3);
        assertThat(themes(LocalDate.of(2015, 11, 10))).containsExactly("health");
        assertThat(themes(LocalDate.of(2014, 4, 2))).containsExactly("labor", "migration");
        assertThat(themes(LocalDate.of(2015, 9, 15))).containsExactly("migration");
        assertThat(citations(LocalDate.of(2014, 4, 2))).containsExactly("Port of Spain 2009 17", "Port of Spain 2009 23");
        assertThat(citations(LocalDate.of(2015, 9, 15))).containsExactly("VII Summit Education 2");
        assertThat(result.entries()).filteredOn(e -> e.date().equals(LocalDate.of(2014, 4, 2)))
                .singleElement().extracting(LegacyImportResult.Entry::lines).isEqualTo(List.of(11, 18));
    }

    @Test
    void aPageWithTheMinisterialsTabAndAReportsHeadingImportsItsReports() {
        LegacyImportResult result = importer.run(LegacyFixtures.request("ministerials-tab-oas.txt", "education", ""));

        assertThat(messages(result)).isEmpty();
        assertThat(jdbc.sql("select distinct a.code from report r join actor a on a.id = r.author_id").query(String.class).list())
                .containsExactly("oas");
        assertThat(citations(LocalDate.of(2016, 5, 4)))
                .containsExactly("Port of Spain 2009 17", "Port of Spain 2009 23", "VII Summit Education 2");
        assertThat(citations(LocalDate.of(2013, 10, 1))).isEmpty();
    }

    @Test
    void aReportWrittenOnTheFormKeepsHeadedSectionsAndListItems() {
        LegacyImportResult result = importer.run(LegacyFixtures.request("initiative-form-ilo.txt", "labor", ""));

        assertThat(messages(result)).isEmpty();
        assertThat(body(LocalDate.of(2012, 7, 12))).isEqualTo("""
                Initiative
                Labour migration corridors in Central America

                Brief description of initiative
                A programme with the ministries of labour of the region to make labour migration safe, orderly and fair.

                Activities
                - Training of 300 labour inspectors
                - Bilateral agreements between Guatemala and Mexico
                - A guide for migrant workers in four languages""");
    }

    @Test
    void aPageSavedAsWindows1252IsRead() {
        byte[] page = LegacyFixtures.text("initiative-form-ilo.txt").replace("•", "¥").getBytes(Charset.forName("windows-1252"));

        LegacyImportResult result = importer.run(LegacyFixtures.request("initiative-form-ilo.txt", page, "labor", ""));

        assertThat(messages(result)).isEmpty();
        assertThat(body(LocalDate.of(2012, 7, 12))).contains("- Bilateral agreements between Guatemala and Mexico");
    }

    @Test
    void aTruncatedBlockIsNamedWithItsLineAndNothingIsWritten() {
        assertRefused("truncated-block.txt", "migration", "iom", "Line 9: the report dated 6/8/2016 has no text.");
        assertRefused("text-before-date.txt", "migration", "iom",
                "Line 5: text outside any report (no “Date:” line above it); the block may have lost its first lines.");
    }

    @Test
    void anImpossibleDateIsNamedWithItsLine() {
        assertRefused("impossible-date.txt", "migration", "iom", "Line 7: 2/30/2016 is not a real date.");
    }

    @Test
    void anUnknownParagraphNumberIsNamedWithItsLine() {
        assertRefused("unknown-paragraph.txt", "migration", "iom", "Line 5: Port of Spain 2009 has no paragraph 98.");
    }

    @Test
    void anUnknownInstitutionOrThemeIsNamed() {
        assertRefused(LegacyFixtures.THEME_PAGE, "migration", "xyz", "There is no institution “xyz”.");
        assertRefused("unknown-institution.txt", "migration", "", "Line 8: there is no institution named “AMB”.");
        assertRefused(LegacyFixtures.THEME_PAGE, "gastronomy", "iom", "There is no theme “gastronomy”.");
        assertRefused(LegacyFixtures.THEME_PAGE, "migration", "oas", "Line 29: the page is by IOM, but OAS was chosen.");
        assertThat(messages(importer.run(page("Gastronomy\nDate: 1/5/2016    Paragraphs: -\nA report.", "", "iom"))))
                .containsExactly("Line 1: there is no theme named “Gastronomy”.");
        assertThat(messages(importer.run(page("Date: 1/5/2016\nA report.\nParagraphs: -", "migration", ""))))
                .containsExactly("The page does not name its institution: choose one.");
        assertThat(reportCount()).isZero();
    }

    @Test
    void aDateInTheFutureIsNamed() {
        assertThat(messages(importer.check(page("Date: 1/5/2999\nA report.\nParagraphs: -", "migration", "iom"))))
                .containsExactly("Line 1: 2999-01-05 is in the future.");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("empty.txt", "migration", "iom", "The file is empty.");
        LegacyImportResult blank = importer.run(LegacyFixtures.request("blank.txt", " \n\n".getBytes(StandardCharsets.UTF_8), "migration", "iom"));
        assertThat(messages(blank)).containsExactly("The file is empty.");
    }

    @Test
    void aBinaryFileIsRefused() {
        byte[] withNul = {'D', 'a', 't', 'e', 0, 1, 2};
        byte[] neitherEncoding = {'D', 'a', 't', 'e', (byte) 0x81, (byte) 0xC3};
        String expected = "The file is not text (it holds binary data, or is neither UTF-8 nor Windows-1252). Save the legacy page as text or as HTML.";

        for (byte[] content : List.of(withNul, neitherEncoding)) {
            LegacyImportResult result = importer.run(LegacyFixtures.request("page.png", content, "migration", "iom"));
            assertThat(messages(result)).containsExactly(expected);
        }
        assertThat(reportCount()).isZero();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() {
        InputStreamSource unread = () -> {
            throw new IOException("a file over the limit must not be read");
        };

        LegacyImportResult result = importer.check(new LegacyImportRequest("huge.txt", 50L * 1024 * 1024, unread, "migration", "iom"));

        assertThat(messages(result)).containsExactly(
                "The file is 50 MB; the import takes files of up to 10 MB. Save the page again or split it.");
    }

    @Test
    void aFailureWhileWritingLeavesNothingBehind() {
        String page = "Date: 1/5/2016\nA short report.\nParagraphs: -\n\nDate: 1/6/2016\n" + "x".repeat(100_001) + "\nParagraphs: -\n";

        LegacyImportResult result = importer.run(LegacyFixtures.request("long.txt", page.getBytes(StandardCharsets.UTF_8), "migration", "iom"));

        assertThat(result.problems()).singleElement().extracting(LegacyProblem::key).isEqualTo("legacy.error.failed");
        assertThat(result.created()).isZero();
        assertThat(reportCount()).isZero();
    }

    private void assertRefused(String fixture, String theme, String institution, String expected) {
        int before = reportCount();

        LegacyImportResult dryRun = importer.check(LegacyFixtures.request(fixture, theme, institution));
        LegacyImportResult run = importer.run(LegacyFixtures.request(fixture, theme, institution));

        assertThat(messages(dryRun)).as(fixture).containsExactly(expected);
        assertThat(messages(run)).as(fixture).containsExactly(expected);
        assertThat(run.created()).isZero();
        assertThat(reportCount()).as(fixture).isEqualTo(before);
    }

    private static LegacyImportRequest page(String text, String theme, String institution) {
        return LegacyFixtures.request("page.txt", text.getBytes(StandardCharsets.UTF_8), theme, institution);
    }

    private List<String> citations(LocalDate date) {
        return jdbc.sql("""
                        select d.citation_label || ' ' || p.number from report_citation c
                        join report r on r.id = c.report_id join paragraph p on p.id = c.paragraph_id
                        join document d on d.id = p.document_id
                        where r.report_date = :date order by d.citation_label, p.number""")
                .param("date", date).query(String.class).list();
    }

    private List<String> themes(LocalDate date) {
        return jdbc.sql("""
                        select t.slug from report_theme rt join report r on r.id = rt.report_id join theme t on t.id = rt.theme_id
                        where r.report_date = :date order by t.slug""")
                .param("date", date).query(String.class).list();
    }

    private String body(LocalDate date) {
        return jdbc.sql("select t.body from report_text t join report r on r.id = t.report_id where r.report_date = :date")
                .param("date", date).query(String.class).single();
    }
}
