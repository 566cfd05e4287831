package org.mandato.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code generate --reports N --seed S} fills its own database through the import path, and refuses bad arguments. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:mandato-generator;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
})
class GenerateCommandTest {

    @Autowired
    GenerateCommand command;
    @Autowired
    JdbcClient jdbc;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void generatesTheCorpusOnceForASeedAndRefusesBadArguments() {
        int before = count("select count(*) from report");

        assertThat(run("generate", "--reports", "2500", "--seed", "7")).isZero();
        assertThat(run("generate", "--reports=2500", "--seed=7")).as("a second run finds every report already there").isZero();

        assertThat(count("select count(*) from report") - before).isEqualTo(2_500);
        assertThat(count("select count(*) from paragraph")).isBetween(2_000, 2_030);
        assertThat(count("select count(distinct original_lang) from report where external_key like 'synthetic-7-%'")).isEqualTo(4);
        assertThat(count("select count(*) from report_revision r join report p on p.id = r.report_id where p.external_key like 'synthetic-7-%'"))
                .as("one revision each, none added by the second run").isEqualTo(2_500);
        assertThat(count("""
                select max(n) from (select count(c.paragraph_id) n from report r left join report_citation c on c.report_id = r.id
                where r.external_key like 'synthetic-7-%' group by r.id) counts""")).isBetween(4, 5);
        assertThat(count("select count(*) from change_log where entity = 'all'")).as("the index is rebuilt on the next start").isPositive();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("GENERATE 2500 reports, seed 7:", "reports/s through the import path");

        assertThat(run("generate", "--reports", "ten", "--seed", "7")).isEqualTo(1);
        assertThat(run("generate", "--reports", "10")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("generate: --reports: 'ten' is not a whole number",
                "generate: --seed is missing", GenerateCommand.USAGE);
    }

    private int run(String... args) {
        return command.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
