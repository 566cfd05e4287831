package org.mandato.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mandato.MandatoWriteTest;
import org.mandato.accounts.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The audit page's number in the address is bounded: any page number shows a real page, a date out of the calendar is named. */
@MandatoWriteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPagingTest {

    static final String KIND = "paging-probe";

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditRepository repository;

    @BeforeAll
    void recordOneHundredAndTwentyEvents() {
        OffsetDateTime start = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 0; i < 120; i++) {
            repository.insert(start.plusMinutes(i), KIND, "probe", "event " + i, null, null);
        }
    }

    @Test
    void aPageFarBeyondTheLastShowsTheLastPage() throws Exception {
        Document page = page("2147483647");

        assertThat(page.select("tbody tr")).as("120 events: the last page holds 20").hasSize(20);
        assertThat(page.select("a[rel=next]")).isEmpty();
        assertThat(page.selectFirst("a[rel=prev]").attr("href")).endsWith("page=1");
    }

    @Test
    void aNegativePageShowsTheFirstPage() throws Exception {
        Document page = page("-2147483648");

        assertThat(page.select("tbody tr")).hasSize(AuditLog.PAGE_SIZE);
        assertThat(page.select("tbody tr td").eachText()).contains("event 119");
        assertThat(page.select("a[rel=prev]")).isEmpty();
        assertThat(page.selectFirst("a[rel=next]").attr("href")).endsWith("page=1");
    }

    @Test
    void aPageThatIsNotANumberIsABadRequest() throws Exception {
        assertThat(response("page", "99999999999").getStatus()).isEqualTo(400);
        assertThat(response("page", "last").getStatus()).isEqualTo(400);
    }

    @Test
    void aDateOutsideTheCalendarIsNamedNotAServerError() throws Exception {
        for (String date : new String[] {"+99999-01-01", "-5000-01-01"}) {
            MockHttpServletResponse response = response("from", date);
            assertThat(response.getStatus()).as(date).isEqualTo(200);
            assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("#error-summary").text())
                    .as(date).contains("was not a date");
        }
    }

    private Document page(String number) throws Exception {
        MockHttpServletResponse response = response("page", number);
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse response(String parameter, String value) throws Exception {
        return mvc.perform(get("/secretariat/audit").with(user(TestUsers.secretariat())).header("Accept-Language", "en")
                .param("kind", KIND).param(parameter, value)).andReturn().getResponse();
    }
}
