package org.mandato.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mandato.WebPages;
import org.mandato.reporting.ReportImport;
import org.mandato.reporting.ReportImport.ReportEntry;
import org.mandato.reporting.ReportStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An actor with many reports: its page shows the newest three of each theme, how many there are,
 * and a link to all of them (the theme page for an institution, search for a country). A database
 * of its own: the reports it adds would change the counts other writing tests expect.
 */
@SpringBootTest(properties =
        "spring.datasource.url=jdbc:h2:mem:mandato-actor-pages;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AutoConfigureMockMvc
class ActorPageManyReportsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportImport reportImport;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anInstitutionPageShowsTheNewestThreeOfEachThemeAndLinksToTheRest() {
        load("iica", "health", 7);
        Document page = new WebPages(mvc).page("/institutions/iica");

        Element health = section(page, "Health");
        int count = published("iica", "health");
        assertThat(count).isGreaterThanOrEqualTo(7);
        assertThat(health.select("article.report time")).extracting(e -> e.attr("datetime"))
                .as("the newest three, newest first").containsExactlyElementsOf(newestDates("iica", "health"));
        assertThat(health.select(".theme-reports__count").text()).isEqualTo(count + " reports");
        assertThat(health.select("a:contains(All " + count + " reports on Health)").attr("href"))
                .isEqualTo("/themes/health?institution=iica");
        assertThat(page.select("dl.facts dd").eachText()).as("every published report counted")
                .contains(String.valueOf(jdbc.sql("select count(*) from report r join actor a on a.id = r.author_id "
                        + "where a.code = 'iica' and r.status = 'published'").query(Integer.class).single()));
    }

    @Test
    void aCountryPageLinksToSearchForTheRest() {
        load("pe", "health", 5);
        Document page = new WebPages(mvc).page("/countries/pe");

        Element health = section(page, "Health");
        assertThat(health.select("article.report")).hasSize(3);
        assertThat(health.select("a:contains(All " + published("pe", "health") + " reports on Health)").attr("href"))
                .isEqualTo("/search?country=pe&theme=health&sort=date");
    }

    private void load(String author, String theme, int howMany) {
        List<ReportEntry> entries = IntStream.range(0, howMany).mapToObj(i -> new ReportEntry(
                "many-" + author + "-" + i, author, LocalDate.of(2020, 1, 1).plusDays(i * 17L), "en", ReportStatus.PUBLISHED,
                List.of(theme), "", Map.of(), Map.of("en", "One of many reports of " + author + "."))).toList();
        transactions.executeWithoutResult(status -> reportImport.reports(entries));
    }

    private int published(String author, String theme) {
        return jdbc.sql("""
                select count(*) from report r join actor a on a.id = r.author_id join report_theme rt on rt.report_id = r.id
                join theme t on t.id = rt.theme_id where a.code = :author and t.slug = :theme and r.status = 'published'
                """).param("author", author).param("theme", theme).query(Integer.class).single();
    }

    private List<String> newestDates(String author, String theme) {
        return jdbc.sql("""
                select r.report_date from report r join actor a on a.id = r.author_id join report_theme rt on rt.report_id = r.id
                join theme t on t.id = rt.theme_id where a.code = :author and t.slug = :theme and r.status = 'published'
                order by r.report_date desc, r.id desc limit 3
                """).param("author", author).param("theme", theme).query(LocalDate.class).list()
                .stream().map(LocalDate::toString).toList();
    }

    private static Element section(Document page, String theme) {
        return page.select(".theme-reports").stream().filter(s -> s.selectFirst("h3").text().equals(theme)).findFirst().orElseThrow();
    }
}
