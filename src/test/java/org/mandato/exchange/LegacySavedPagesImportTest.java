package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pages as browsers save them, imported: the HTML gives the same reports as the text, the page's
 * address names its theme and institution, and {@code import-legacy FOLDER} imports a folder page by
 * page, each all or nothing, with one summary table.
 */
class LegacySavedPagesImportTest extends LegacyImportDatabase {

    static final String THEME_PAGE = "saved/themesdetails2-theme15-jswg11";
    static final String INSTITUTION_PAGE = "saved/jswgdetails-jswg4";

    @Autowired
    LegacyImporter importer;
    @Autowired
    LegacyImportCommand command;

    @TempDir
    Path folder;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theHtmlAndTheTextOfAPageGiveTheSameReports() {
        for (String page : List.of(THEME_PAGE, INSTITUTION_PAGE)) {
            LegacyImportResult text = importer.check(LegacyFixtures.request(page + ".txt", "", ""));
            LegacyImportResult html = importer.check(LegacyFixtures.request(page + ".html", "", ""));

            assertThat(messages(text)).as(page).isEmpty();
            assertThat(messages(html)).as(page).isEmpty();
            assertThat(html.entries()).as(page).hasSizeGreaterThan(1);
            assertThat(html.entries()).as(page).extracting(e -> tuple(e.date(), slugs(e.themes()), citations(e.citations()), e.excerpt()))
                    .containsExactlyElementsOf(text.entries().stream()
                            .map(e -> tuple(e.date(), slugs(e.themes()), citations(e.citations()), e.excerpt())).toList());
            assertThat(html.institution()).as(page).isEqualTo(text.institution());
            assertThat(html.skipped()).as(page).isNotEmpty();
        }
    }

    @Test
    void aThemePageNamesItsThemeAndInstitutionByItsAddressAndImportsOnce() {
        LegacyImportResult html = importer.run(LegacyFixtures.request(THEME_PAGE + ".html", "", ""));
        LegacyImportResult text = importer.run(LegacyFixtures.request(THEME_PAGE + ".txt", "", ""));

        assertThat(messages(html)).isEmpty();
        assertThat(html.created()).isEqualTo(2);
        assertThat(html.institution().code()).isEqualTo("ilo");
        assertThat(slugs(html.themes())).containsExactly("migration");
        assertThat(text.created()).isZero();
        assertThat(text.duplicates()).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select a.code || ' ' || r.report_date || ' ' || t.slug from report r join actor a on a.id = r.author_id
                        join report_theme rt on rt.report_id = r.id join theme t on t.id = rt.theme_id order by r.report_date""")
                .query(String.class).list())
                .containsExactly("ilo 2010-11-03 migration", "ilo 2013-05-14 migration");
        assertThat(jdbc.sql("select body from report_text where lang = 'en' order by report_id").query(String.class).list())
                .first().asString().endsWith("- Paso Canoas\n- Peñas Blancas\n- Sixaola");
    }

    @Test
    void aPageWhoseAddressNamesAnotherInstitutionThanItsTextIsRefused() {
        byte[] page = LegacyFixtures.text(THEME_PAGE + ".txt").getBytes(StandardCharsets.UTF_8);

        LegacyImportResult result = importer.check(LegacyFixtures.request("themesdetails2-theme15-jswg10.txt", page, "", ""));

        assertThat(messages(result)).containsExactly("Line 34: the page is by ILO, but its address names IOM.");
    }

    @Test
    void aFolderImportsPageByPageWithOneSummaryTableAndAPageFailingHalfwayWritesNothing() throws IOException {
        for (String page : List.of(THEME_PAGE + ".txt", THEME_PAGE + ".html", INSTITUTION_PAGE + ".txt", INSTITUTION_PAGE + ".html")) {
            Files.write(folder.resolve(page.substring("saved/".length())), LegacyFixtures.bytes(page));
        }
        Files.writeString(folder.resolve("failing-theme15-jswg10.txt"), """
                Date:  1/5/2016
                IOM trained consular staff of Mexico in the protection of unaccompanied children.
                Paragraphs: 17 Paragraphs VII Summit: -

                Date:  1/6/2016
                """ + "x".repeat(100_001) + "\nParagraphs: - Paragraphs VII Summit: -\n");
        Files.writeString(folder.resolve("notes.md"), "Not a saved page.");
        Files.createDirectory(folder.resolve("jswgdetails_files"));

        int code = command.execute(new String[] {"import-legacy", folder.toString()}, print(out), print(err));

        assertThat(code).isEqualTo(1);
        assertThat(out()).contains("Page 1 of 5: failing-theme15-jswg10.txt", "Page 5 of 5: themesdetails2-theme15-jswg11.txt");
        assertThat(tableRows()).containsExactly(
                List.of("Page", "Theme", "Institution", "Created", "Already", "here", "Problems"),
                List.of("failing-theme15-jswg10.txt", "Migration", "IOM", "0", "0", "1"),
                List.of("jswgdetails-jswg4.html", "Gender", "issues,", "Health,", "Youth", "and", "childhood", "PAHO", "4", "0", "0"),
                List.of("jswgdetails-jswg4.txt", "Gender", "issues,", "Health,", "Youth", "and", "childhood", "PAHO", "0", "4", "0"),
                List.of("themesdetails2-theme15-jswg11.html", "Migration", "ILO", "2", "0", "0"),
                List.of("themesdetails2-theme15-jswg11.txt", "Migration", "ILO", "0", "2", "0"));
        assertThat(err()).contains("failing-theme15-jswg10.txt: The import failed and nothing was written:");
        assertThat(out()).contains("Pages: 5; imported: 4; refused, nothing of them written: 1; reports created: 6; already here: 6.");
        assertThat(jdbc.sql("select a.code, count(*) from report r join actor a on a.id = r.author_id group by a.code order by a.code")
                .query((rs, n) -> tuple(rs.getString(1), rs.getInt(2))).list())
                .containsExactly(tuple("ilo", 2), tuple("paho", 4));
    }

    @Test
    void aDryRunOfAFolderWritesNothingAndAFolderWithoutPagesIsExplained() throws IOException {
        Files.write(folder.resolve("jswgdetails-jswg4.html"), LegacyFixtures.bytes(INSTITUTION_PAGE + ".html"));
        Path empty = Files.createDirectory(folder.resolve("empty"));

        int code = command.execute(new String[] {"import-legacy", folder.toString(), "--dry-run"}, print(out), print(err));
        int none = command.execute(new String[] {"import-legacy", empty.toString()}, print(out), print(err));

        assertThat(code).isZero();
        assertThat(tableRows().get(0)).containsExactly("Page", "Theme", "Institution", "New", "Already", "here", "Problems");
        assertThat(out()).contains("Dry run of 1 pages: would import: 1; would refuse: 0; new reports: 4; already here: 0. Nothing was written.");
        assertThat(none).isEqualTo(1);
        assertThat(err()).contains("holds no saved page (files ending in htm, html, text, txt).");
        assertThat(reportCount()).isZero();
    }

    @Test
    void aDryRunOfOnePageListsTheLinesItSkippedAsChrome() throws IOException {
        Path page = Files.write(folder.resolve("page.txt"), LegacyFixtures.bytes(THEME_PAGE + ".txt"));

        command.execute(new String[] {"import-legacy", page.toString(), "--dry-run", "--theme", "migration"}, print(out), print(err));

        assertThat(out()).contains("Line 1 skipped as page chrome: Skip Navigation Links",
                "Line 10 skipped as page chrome: Sustainable",
                "Line 12 skipped as page chrome: Select a theme Agriculture Democracy",
                "Line 33 skipped as page chrome: Related Resources");
    }

    /** The lines of the summary table, each cut into words: from the header to the line before the totals. */
    private List<List<String>> tableRows() {
        List<String> lines = out().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.matches("Page\\s+Theme.*")).findFirst().orElseThrow());
        return lines.subList(header, lines.size()).stream().takeWhile(l -> !l.startsWith("Pages:") && !l.startsWith("Dry run"))
                .map(l -> List.of(l.strip().split("\\s+"))).toList();
    }

    private static List<String> slugs(List<Theme> themes) {
        return themes.stream().map(Theme::slug).toList();
    }

    private static List<String> citations(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::citation).toList();
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
