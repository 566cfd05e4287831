package org.mandato.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

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
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Secretariat's one review inbox on the demo data: institutional and national reports waiting for
 * review together, the longest waiting first with the age of each, filters by kind, actor and age, and
 * per country and institution what waits and what is overdue.
 */
@MandatoTest
// A database of its own: the reports it moves between statuses would change what other classes count.
@org.springframework.test.context.TestPropertySource(properties =
        "spring.datasource.url=jdbc:h2:mem:review-inbox;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class ReviewInboxTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Catalog catalog;

    ReportRequests requests;
    final SignedInUser secretariat = TestUsers.secretariat();
    long colombia;
    long iomSubmitted;

    @BeforeEach
    void setUp() {
        requests = new ReportRequests(mvc, catalog);
        colombia = jdbc.sql("select r.id from national_report r join actor a on a.id = r.country_id where upper(a.code) = 'CO'")
                .query(Long.class).single();
        iomSubmitted = jdbc.sql("select r.id from report r join actor a on a.id = r.author_id where lower(a.code) = 'iom' and r.status in ('published', 'submitted')"
                + " order by r.id limit 1").query(Long.class).single();
        // One institutional report waits too, submitted three days ago; Colombia's national report has waited twenty.
        jdbc.sql("update report set status = 'submitted', updated_at = :at where id = :id")
                .param("at", OffsetDateTime.now().minusDays(3)).param("id", iomSubmitted).update();
        jdbc.sql("update national_report set submitted_at = :at where id = :id")
                .param("at", OffsetDateTime.now().minusDays(20)).param("id", colombia).update();
    }

    @Test
    void institutionalAndNationalReportsWaitInOneInboxTheLongestWaitingFirstWithTheirAge() {
        long waiting = jdbc.sql("select (select count(*) from report where status = 'submitted')"
                + " + (select count(*) from national_report where status = 'submitted')").query(Long.class).single();
        assertThat(waiting).isGreaterThanOrEqualTo(2);

        Document desk = requests.page(secretariat, "/secretariat");
        assertThat(desk.select("#review-heading").text()).isEqualTo(waiting + " reports await review");
        Element first = desk.selectFirst("ul.review-inbox li");
        assertThat(first.selectFirst("a").attr("href")).isEqualTo("/my/national/" + colombia + "/review");
        assertThat(first.selectFirst("a").text()).startsWith("National report: Colombia — Demonstration cycle 2025");
        assertThat(first.select(".age").text()).isEqualTo("submitted 20 days ago");
        assertThat(first.select(".age--long")).as("past the fortnight a review should take").hasSize(1);
        Element iom = desk.selectFirst("ul.review-inbox li:has(a[href=/my/reports/" + iomSubmitted + "])");
        assertThat(iom.selectFirst("a").text()).startsWith("Institutional report: IOM");
        assertThat(iom.select(".age").text()).isEqualTo("submitted 3 days ago");
        assertThat(desk.text()).doesNotContain("No report awaits review");
    }

    @Test
    void overdueAndWaitingReportsAreCountedByCountryAndInstitution() {
        Document desk = requests.page(secretariat, "/secretariat");
        long countries = catalog.countries().size();
        // Demonstration cycle 2025 was due on 2026-04-30: every country that has handed in nothing for it is late.
        long handedIn = jdbc.sql("select count(*) from national_report r join reporting_cycle c on c.id = r.cycle_id"
                + " where c.slug = 'demo-2025' and r.status <> 'draft'").query(Long.class).single();
        assertThat(desk.select("#overdue-summary").text())
                .isEqualTo((countries - handedIn) + " national reports are overdue.");
        assertThat(cells(desk, "co")).containsExactly("Colombia", "1", "1", "0");
        assertThat(cells(desk, "mx")).as("a draft past its due date").containsExactly("Mexico", "0", "0", "1");
        assertThat(cells(desk, "iom")).containsExactly("IOM", "1", "0", "0");
    }

    @Test
    void filtersNarrowTheInboxByKindActorAndAge() {
        Document national = requests.page(secretariat, "/secretariat?kind=national");
        assertThat(national.select("ul.review-inbox a").eachAttr("href")).allMatch(href -> href.startsWith("/my/national/"))
                .contains("/my/national/" + colombia + "/review");
        assertThat(national.select("#kind option[selected]").val()).isEqualTo("national");

        Document iom = requests.page(secretariat, "/secretariat?actor=" + catalog.actor("iom").orElseThrow().code());
        assertThat(iom.select("ul.review-inbox a").eachAttr("href")).containsExactly("/my/reports/" + iomSubmitted);

        Document late = requests.page(secretariat, "/secretariat?waiting=long");
        assertThat(late.select("ul.review-inbox a").eachAttr("href")).contains("/my/national/" + colombia + "/review")
                .doesNotContain("/my/reports/" + iomSubmitted);

        Document none = requests.page(secretariat, "/secretariat?kind=national&actor=" + catalog.actor("iom").orElseThrow().code());
        assertThat(none.select("ul.review-inbox")).isEmpty();
        assertThat(none.select("#review-heading ~ p.muted").text()).isEqualTo("No report awaiting review matches these filters.");

        Document unknown = requests.page(secretariat, "/secretariat?kind=poems&actor=nowhere&waiting=forever");
        assertThat(unknown.select("ul.review-inbox li")).as("filters not offered are read as any")
                .hasSize(requests.page(secretariat, "/secretariat").select("ul.review-inbox li").size());
    }

    private java.util.List<String> cells(Document desk, String actor) {
        String code = catalog.actor(actor).orElseThrow().code();
        return desk.select("table.review-counts tr:has(a[href=/secretariat?actor=" + code + "]) > *").eachText();
    }
}
