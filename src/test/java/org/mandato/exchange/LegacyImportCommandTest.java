package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** {@code import-legacy FILE --theme … --institution … [--dry-run]}: what it prints and its exit code. */
class LegacyImportCommandTest extends LegacyImportDatabase {

    @Autowired
    LegacyImportCommand command;

    @TempDir
    Path folder;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aDryRunPrintsWhatWouldBeCreatedWritesNothingAndExitsWithZero() throws IOException {
        Path page = copy(LegacyFixtures.THEME_PAGE);

        int code = execute("import-legacy", page.toString(), "--theme", "migration", "--institution", "iom", "--dry-run");

        assertThat(code).isZero();
        assertThat(out()).contains("Line 6  2018-03-16  New report", "Line 23  2011-06-21  New report",
                "Dry run of themesdetails2-theme15-jswg10.txt: new reports: 3; already here: 0; problems: 0. Nothing was written.");
        assertThat(reportCount()).isZero();
    }

    @Test
    void anImportWritesTheReportsAndExitsWithZero() throws IOException {
        Path page = copy(LegacyFixtures.THEME_PAGE);

        int code = execute("import-legacy", page.toString(), "--theme=migration", "--institution=iom");
        int again = execute("import-legacy", page.toString(), "--theme", "migration", "--institution", "iom");

        assertThat(code).isZero();
        assertThat(again).isZero();
        assertThat(out()).contains("Imported themesdetails2-theme15-jswg10.txt: reports created: 3; already here and left alone: 0.",
                "Imported themesdetails2-theme15-jswg10.txt: reports created: 0; already here and left alone: 3.",
                "Line 23  2011-06-21  Already here (report ");
        assertThat(reportCount()).isEqualTo(3);
    }

    @Test
    void aLargeBatchReportsItsProgressEveryHundredReports() throws IOException {
        StringBuilder page = new StringBuilder("Skip Navigation Links\n\n");
        LocalDate day = LocalDate.of(2012, 1, 1);
        for (int i = 0; i < 250; i++) {
            LocalDate date = day.plusDays(i);
            page.append("Date:  ").append(date.getMonthValue()).append('/').append(date.getDayOfMonth()).append('/')
                    .append(date.getYear()).append("\nIOM report number ").append(i).append(".\nParagraphs: - Paragraphs VII Summit: -\n\n");
        }
        Path file = Files.writeString(folder.resolve("many.txt"), page);

        int code = execute("import-legacy", file.toString(), "--theme", "migration", "--institution", "iom");

        assertThat(code).isZero();
        assertThat(out()).contains("Imported 100 of 250 reports", "Imported 200 of 250 reports")
                .doesNotContain("Imported 3 of");
        assertThat(reportCount()).isEqualTo(250);
    }

    @Test
    void problemsArePrintedWithTheirLinesAndExitWithOne() throws IOException {
        Path page = copy("unknown-paragraph.txt");

        int code = execute("import-legacy", page.toString(), "--theme", "migration", "--institution", "iom");

        assertThat(code).isEqualTo(1);
        assertThat(err()).contains("Line 5: Port of Spain 2009 has no paragraph 98.");
        assertThat(out()).contains("Nothing was imported from unknown-paragraph.txt: problems: 1.");
        assertThat(reportCount()).isZero();
    }

    @Test
    void aFileOfFiftyMegabytesIsRefused() throws IOException {
        Path huge = folder.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }

        int code = execute("import-legacy", huge.toString(), "--theme", "migration", "--institution", "iom", "--dry-run");

        assertThat(code).isEqualTo(1);
        assertThat(err()).contains("The file is 50 MB; the import takes files of up to 10 MB.");
    }

    @Test
    void aMissingFileOrArgumentIsExplained() {
        assertThat(execute("import-legacy", folder.resolve("nowhere.txt").toString(), "--theme", "migration")).isEqualTo(1);
        assertThat(err()).contains("nowhere.txt cannot be read");
        assertThat(execute("import-legacy", "--theme", "migration")).isEqualTo(1);
        assertThat(err()).contains("the file or folder to import is missing", LegacyImportCommand.USAGE);
        assertThat(execute("import-legacy", "page.txt", "--theme")).isEqualTo(1);
        assertThat(err()).contains("--theme needs a value");
    }

    @Test
    void settingsOfTheApplicationOnTheSameCommandLineAreLeftToIt() {
        var options = LegacyImportCommand.Options.parse(new String[] {"--server.port=0", "import-legacy", "page.txt",
                "--spring.datasource.url=jdbc:h2:mem:x", "--institution", "iom", "--dry-run"});

        assertThat(options).isEqualTo(new LegacyImportCommand.Options("page.txt", "", "iom", true, null));
    }

    @Test
    void withoutTheCommandTheApplicationStartsAsUsual() {
        command.run(new DefaultApplicationArguments("--server.port=0"));

        assertThat(reportCount()).isZero();
    }

    private int execute(String... args) {
        return command.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path copy(String fixture) throws IOException {
        return Files.write(folder.resolve(fixture), LegacyFixtures.bytes(fixture));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
