package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.mandato.MandatoWriteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The legacy import's tests share a database of their own, which starts every test without any
 * report: the demo pack already holds the three IOM migration reports of the legacy fixture.
 * A test that needs the pack's reports loads the pack again ({@link #withTheDemoPacksReports}). The
 * database is set as a test property (it wins over {@code @MandatoWriteTest}'s), so that a subclass's
 * {@code @DynamicPropertySource} can move the same tests to PostgreSQL.
 */
@MandatoWriteTest
@TestPropertySource(properties =
        "spring.datasource.url=jdbc:h2:mem:legacy-import;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
abstract class LegacyImportDatabase {

    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    PackImporter packs;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MessageSource messages;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void withoutReports() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).as("never empty the database other tests share")
                    .containsAnyOf("legacy-import", "legacy_import");
        }
        for (String table : List.of("report_citation", "report_theme", "report_text", "report_revision_text",
                "report_revision", "report")) {
            jdbc.sql("delete from " + table).update();
        }
    }

    void withTheDemoPacksReports() {
        transactions.executeWithoutResult(status -> packs.load("classpath:packs/summits-of-the-americas/"));
    }

    int reportCount() {
        return jdbc.sql("select count(*) from report").query(Integer.class).single();
    }

    /** The problem as the operator reads it, in English. */
    String message(LegacyProblem problem) {
        return messages.getMessage(problem.key(), problem.arguments(), Locale.ENGLISH);
    }

    List<String> messages(LegacyImportResult result) {
        return result.problems().stream().map(this::message).toList();
    }
}
