package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mandato.MandatoWriteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo pack arrives on the first start only; a restart keeps the Secretariat's edits. */
@MandatoWriteTest
class PackLoaderTest {

    @Autowired
    PackLoader loader;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRestartDoesNotUndoEditsOrCollideWithRenames() {
        assertThat(jdbc.sql("select row_count from pack_load where name = 'summits-of-the-americas'")
                .query(Integer.class).single()).as("the catalogue's 332 rows and the glossary's 733 concepts").isEqualTo(1065);
        jdbc.sql("update summit set slug = 'miami-1994' where slug = 'i'").update();
        jdbc.sql("""
                update summit_text set name = 'Miami Summit'
                where lang = 'en' and summit_id = (select id from summit where slug = 'miami-1994')""").update();

        loader.run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("select count(*) from summit where slug = 'i'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                select name from summit_text where lang = 'en'
                and summit_id = (select id from summit where slug = 'miami-1994')""").query(String.class).single())
                .isEqualTo("Miami Summit");
        jdbc.sql("update summit set slug = 'i' where slug = 'miami-1994'").update();
        jdbc.sql("""
                update summit_text set name = 'First Summit of the Americas'
                where lang = 'en' and summit_id = (select id from summit where slug = 'i')""").update();
    }
}
