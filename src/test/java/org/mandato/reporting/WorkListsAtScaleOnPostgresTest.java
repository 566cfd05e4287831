package org.mandato.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.mandato.PostgresServer;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Secretariat's pages at 70,000 published reports on PostgreSQL, which allows at most 65,535
 * parameters in a statement: "My work" once asked for every published report by id in one IN list
 * and failed. The reports are written straight in SQL (the workflow would take minutes).
 */
@MandatoTest
class WorkListsAtScaleOnPostgresTest {

    static final int PUBLISHED = 70_001;
    static final int SUBMITTED = 250;

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresServer.useOwnDatabase(registry, "work_lists_at_scale");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Catalog catalog;

    ReportRequests requests;
    final SignedInUser secretariat = TestUsers.secretariat();

    @BeforeEach
    void seventyThousandPublishedReports() {
        requests = new ReportRequests(mvc, catalog);
        if (jdbc.sql("select count(*) from report where external_key like 'bulk-%'").query(Integer.class).single() > 0) {
            return;
        }
        jdbc.sql("""
                insert into report (external_key, author_id, report_date, original_lang, status, created_at, updated_at, published_at, version)
                select 'bulk-' || g, (select id from actor where code = case when g % 3 = 0 then 'oas' else 'iom' end),
                       date '2020-01-01' + (g % 1500), 'en', case when g <= :published then 'published' else 'submitted' end,
                       timestamp '2025-01-01' + g * interval '1 second', timestamp '2025-01-01' + g * interval '1 second',
                       case when g <= :published then timestamp '2025-01-01' + g * interval '1 second' end, 1
                from generate_series(1, :all) g
                """).param("published", PUBLISHED).param("all", PUBLISHED + SUBMITTED).update();
        jdbc.sql("""
                insert into report_text (report_id, lang, title, body)
                select id, 'en', 'Bulk ' || external_key, 'A report written in bulk for the test.' from report where external_key like 'bulk-%'
                """).update();
        jdbc.sql("analyze report").update();
    }

    @Test
    void runsOnPostgres() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("select count(*) from report where status = 'published'").query(Integer.class).single())
                .isGreaterThan(70_000);
    }

    @Test
    void theSecretariatsWorkLoadsAndCountsEveryPublishedReport() {
        long published = jdbc.sql("select count(*) from report where status = 'published'").query(Long.class).single();

        Document work = requests.page(secretariat, "/my/work");

        assertThat(work.select("#published-heading").text()).isEqualTo("Published (" + String.format("%,d", published) + ")");
        assertThat(work.select("#published-heading ~ ul a")).hasSize(WorkLists.PREVIEW);
        assertThat(work.select("#published-heading ~ ul a").eachText()).as("the most recently changed bulk report among the first")
                .anyMatch(text -> text.endsWith("Bulk bulk-" + PUBLISHED));
    }

    @Test
    void theDeskLoadsWithItsCounts() {
        Document desk = requests.page(secretariat, "/secretariat");

        long national = jdbc.sql("select count(*) from national_report where status = 'submitted'").query(Long.class).single();
        assertThat(desk.select("#review-heading").text()).isEqualTo((SUBMITTED + national) + " reports await review");
        assertThat(desk.select("ul.review-inbox li")).hasSize(ReviewInbox.SHOWN);
        assertThat(desk.select("#review-heading ~ p.more a").attr("href")).isEqualTo("/my/work/submitted");
        assertThat(desk.select("#tools-heading ~ ul a[href=/my/work]").text()).contains("published)");
    }

    @Test
    void theLastPageOfThePublishedListLoads() {
        long published = jdbc.sql("select count(*) from report where status = 'published'").query(Long.class).single();
        long pages = (published + WorkLists.PAGE - 1) / WorkLists.PAGE;

        Document last = requests.page(secretariat, "/my/work/published?page=" + pages);

        assertThat(last.select("ul.work-list a")).hasSize((int) (published - (pages - 1) * WorkLists.PAGE));
        assertThat(last.select("nav.pager a[rel=next]")).isEmpty();
    }
}
