package org.mandato.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "My work" and the Secretariat's desk count each list in SQL and show its first reports; each list
 * is read whole a page at a time through its own address, whose paging links lead through every
 * report once, and whose pages outside the list are not found.
 */
@MandatoTest
@TestPropertySource(properties = // a property of the test, so that a PostgreSQL twin's dynamic one wins over it
        "spring.datasource.url=jdbc:h2:mem:work-lists;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class WorkListsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Catalog catalog;
    @Autowired
    TestUsers users;
    @Autowired
    ReportImport imports;
    @Autowired
    TransactionTemplate transactions;

    ReportRequests requests;
    final SignedInUser secretariat = TestUsers.secretariat();

    @BeforeEach
    void reportsInEveryStatus() {
        requests = new ReportRequests(mvc, catalog);
        if (jdbc.sql("select count(*) from report where external_key like 'work-%'").query(Integer.class).single() > 0) {
            return;
        }
        List<ReportImport.ReportEntry> entries = new ArrayList<>();
        add(entries, "iom", ReportStatus.PUBLISHED, 123);
        add(entries, "iom", ReportStatus.DRAFT, 14);
        add(entries, "iom", ReportStatus.SUBMITTED, 3);
        add(entries, "oas", ReportStatus.PUBLISHED, 5);
        add(entries, "oas", ReportStatus.WITHDRAWN, 2);
        add(entries, "oas", ReportStatus.SUBMITTED, 12);
        transactions.executeWithoutResult(status -> imports.reports(entries));
        jdbc.sql("update report set return_comment = 'Please name the countries.' where external_key in ('work-iom-draft-0', 'work-iom-draft-1')")
                .update();
        // Each report changed at its own moment, the newest last: the lists show the most recently changed first.
        jdbc.sql("update report set updated_at = timestamp '2026-01-01 00:00:00' + (interval '1' minute) * id").update();
    }

    private static void add(List<ReportImport.ReportEntry> entries, String author, ReportStatus status, int count) {
        for (int i = 0; i < count; i++) {
            entries.add(new ReportImport.ReportEntry("work-" + author + "-" + status.code() + "-" + i, author, LocalDate.of(2024, 5, 1 + i % 28),
                    "en", status, List.of("migration"), "", Map.of("en", "Work " + status.code() + " " + i),
                    Map.of("en", author + " " + status.code() + " report " + i)));
        }
    }

    @Test
    void theSecretariatsWorkCountsEveryListAndShowsItsNewestChanges() {
        Document page = requests.page(secretariat, "/my/work");

        assertThat(page.select("#published-heading").text()).isEqualTo("Published (" + count("published", null) + ")");
        assertThat(page.select("#drafts-heading").text()).isEqualTo("Drafts (" + (count("draft", null) - 2) + ")");
        assertThat(page.select("#returned-heading").text()).isEqualTo("Returned to you with a comment (2)");
        assertThat(page.select("#returned-heading ~ ul .return-comment").eachText()).containsOnly("Comment: Please name the countries.");
        assertThat(page.select("#submitted-heading").text()).isEqualTo("Submitted, awaiting review (15)");
        assertThat(page.select("#published-heading ~ ul a").eachAttr("href"))
                .containsExactlyElementsOf(ids("published", null, WorkLists.PREVIEW).stream().map(id -> "/my/reports/" + id).toList());
        assertThat(page.select("#published-heading ~ p.more a").attr("href")).isEqualTo("/my/work/published");
        assertThat(page.select("#published-heading ~ p.more a").text()).isEqualTo("All " + count("published", null) + " reports of this list");
        assertThat(page.select("#withdrawn-heading ~ ul a")).hasSize(2);
        assertThat(page.select("#withdrawn-heading ~ p.more")).as("every withdrawn report is shown").isEmpty();
    }

    @Test
    void aListsPagingLinksLeadThroughEveryReportOnce() {
        List<String> seen = new ArrayList<>();
        String next = "/my/work/published";
        List<String> ranges = new ArrayList<>();
        while (next != null) {
            Document page = requests.page(secretariat, next);
            seen.addAll(page.select("ul.work-list a").eachAttr("href"));
            ranges.add(page.select("nav.pager li:not(:has(a))").text());
            Element older = page.selectFirst("nav.pager a[rel=next]");
            next = older == null ? null : older.attr("href");
        }

        long total = count("published", null);
        assertThat(seen).containsExactlyElementsOf(ids("published", null, Integer.MAX_VALUE).stream().map(id -> "/my/reports/" + id).toList());
        assertThat(ranges).hasSize((int) ((total + WorkLists.PAGE - 1) / WorkLists.PAGE))
                .first().isEqualTo("Reports 1–50 of " + total);
        Document last = requests.page(secretariat, "/my/work/published?page=" + ranges.size());
        assertThat(last.selectFirst("nav.pager a[rel=prev]").attr("href")).isEqualTo("/my/work/published?page=" + (ranges.size() - 1));
    }

    @Test
    void aReporterSeesTheListsOfTheirOwnInstitutionOnly() {
        SignedInUser oas = users.reporterFor("oas");

        Document page = requests.page(oas, "/my/work");
        Document submitted = requests.page(oas, "/my/work/submitted");

        assertThat(page.select("#published-heading").text()).isEqualTo("Published (" + count("published", "oas") + ")");
        assertThat(page.select("#submitted-heading").text()).isEqualTo("Submitted, awaiting the Secretariat (12)");
        assertThat(page.select("#submitted-heading ~ p.more a").text()).isEqualTo("All 12 reports of this list");
        assertThat(submitted.select("ul.work-list a").eachAttr("href"))
                .containsExactlyElementsOf(ids("submitted", "oas", 50).stream().map(id -> "/my/reports/" + id).toList());
        assertThat(submitted.select("nav.pager")).as("one page").isEmpty();
    }

    @Test
    void theDeskCountsWithSqlAndLinksToTheWholeList() {
        Document desk = requests.page(secretariat, "/secretariat");

        long national = jdbc.sql("select count(*) from national_report where status = 'submitted'").query(Long.class).single();
        assertThat(desk.select("#review-heading").text()).as("institutional and national reports in one inbox")
                .isEqualTo((15 + national) + " reports await review");
        assertThat(desk.select("ul.review-inbox a[href^=/my/reports/]")).hasSize(15);
        assertThat(desk.select("ul.review-inbox a[href^=/my/national/]")).hasSize((int) national);
        assertThat(desk.select("#tools-heading ~ ul a[href=/my/work]").text())
                .isEqualTo("All reports (" + count("draft", null) + " drafts, " + count("published", null) + " published)");
    }

    @Test
    void pagesOutsideAListAreNotFoundAndAPageMustBeANumber() {
        int pages = (int) ((count("published", null) + WorkLists.PAGE - 1) / WorkLists.PAGE);

        assertThat(requests.get(secretariat, "/my/work/published?page=" + (pages + 1)).getStatus()).isEqualTo(404);
        assertThat(requests.get(secretariat, "/my/work/published?page=2147483647").getStatus()).isEqualTo(404);
        assertThat(requests.get(secretariat, "/my/work/published?page=0").getStatus()).isEqualTo(404);
        assertThat(requests.get(secretariat, "/my/work/published?page=-2147483648").getStatus()).isEqualTo(404);
        assertThat(requests.get(secretariat, "/my/work/published?page=many").getStatus()).isEqualTo(400);
        assertThat(requests.get(secretariat, "/my/work/everything").getStatus()).isEqualTo(404);
        assertThat(requests.get(secretariat, "/my/work/withdrawn?page=1").getStatus()).isEqualTo(200);
        assertThat(requests.get(users.reporterFor("pe"), "/my/work/drafts").getStatus()).as("an empty list has its first page").isEqualTo(200);
    }

    private long count(String status, String author) {
        return jdbc.sql("select count(*) from report r join actor a on a.id = r.author_id where r.status = :status"
                        + " and (:author = '' or a.code = :author)")
                .param("status", status).param("author", author == null ? "" : author).query(Long.class).single();
    }

    private List<Long> ids(String status, String author, int limit) {
        return jdbc.sql("select r.id from report r join actor a on a.id = r.author_id where r.status = :status"
                        + " and (:author = '' or a.code = :author) order by r.updated_at desc, r.id desc limit :limit")
                .param("status", status).param("author", author == null ? "" : author).param("limit", limit).query(Long.class).list();
    }
}
