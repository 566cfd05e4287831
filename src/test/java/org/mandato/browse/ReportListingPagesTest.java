package org.mandato.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandato.WebPages;
import org.mandato.reporting.ReportImport;
import org.mandato.reporting.ReportImport.ReportEntry;
import org.mandato.reporting.ReportStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Theme and paragraph pages list their reports fifty at a time, newest first, with links to the
 * newer and older ones: a theme with a hundred thousand reports stays a page, not a book.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:mandato-listing;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
})
@AutoConfigureMockMvc
class ReportListingPagesTest {

    static final int REPORTS = 120;

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportImport reports;
    @Autowired
    TransactionTemplate transactions;

    WebPages pages;

    @BeforeEach
    void setUp() {
        pages = new WebPages(mvc);
        List<ReportEntry> entries = IntStream.range(0, REPORTS).mapToObj(i -> new ReportEntry("listing-" + i, i % 2 == 0 ? "iom" : "oas",
                LocalDate.of(2000, 1, 1).plusDays(i), "en", ReportStatus.PUBLISHED, List.of("cultural-diversity"),
                "Port of Spain 2009 ¶40", Map.of(), Map.of("en", "Listing report " + i + "."))).toList();
        transactions.executeWithoutResult(status -> reports.reports(entries));
    }

    @Test
    void aThemeListsFiftyReportsAPageNewestFirstWithLinksToTheOthers() {
        Document first = pages.page("/themes/cultural-diversity");
        assertThat(first.select("article.report")).hasSize(50);
        assertThat(first.select("article.report").first().text()).contains("Listing report 119.");
        assertThat(first.select("#reports-heading ~ p:not(.feed-link)").first().text()).isEqualTo("120 published reports, newest first.");
        assertThat(first.select("nav.pager[aria-label='Pages of reports'] li").eachText())
                .containsExactly("Reports 1–50 of 120", "Older reports");
        assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo("/themes/cultural-diversity?page=2");

        Document last = pages.page("/themes/cultural-diversity?page=3");
        assertThat(last.select("article.report")).hasSize(20);
        assertThat(last.select("article.report").last().text()).contains("Listing report 0.");
        assertThat(last.select("nav.pager[aria-label='Pages of reports'] li").eachText())
                .containsExactly("Newer reports", "Reports 101–120 of 120");
        assertThat(last.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/themes/cultural-diversity?page=2");

        assertThat(pages.fetch("/themes/cultural-diversity?page=4", "en").getStatus()).isEqualTo(404);
    }

    @Test
    void theInstitutionChosenStaysChosenFromPageToPage() {
        Document first = pages.page("/themes/cultural-diversity?institution=iom");

        assertThat(first.select("article.report")).hasSize(50);
        assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo("/themes/cultural-diversity?institution=iom&page=2");
        Document second = pages.page("/themes/cultural-diversity?institution=iom&page=2");
        assertThat(second.select("article.report")).hasSize(10);
        assertThat(second.select("nav.pager[aria-label='Pages of reports'] li").eachText())
                .containsExactly("Newer reports", "Reports 51–60 of 60");
    }

    @Test
    void aParagraphListsTheReportsCitingItAPageAtATime() {
        Document first = pages.page("/summits/v/port-of-spain-declaration/40");
        assertThat(first.select("article.report")).hasSize(50);
        assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo("/summits/v/port-of-spain-declaration/40?page=2");

        Document third = pages.page("/summits/v/port-of-spain-declaration/40?page=3");
        assertThat(third.select("article.report")).hasSize(20);
        assertThat(pages.fetch("/summits/v/port-of-spain-declaration/40?page=0", "en").getStatus()).isEqualTo(404);
    }
}
