package org.mandato.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Secretariat reviews a national report on the page the public will see, with each cited paragraph's
 * text beside its entry; publishing asks first and then says it is done; a report returned and sent again
 * shows what changed since it was returned.
 */
@MandatoTest
// A database of its own: the reports it moves between statuses would change what other classes count.
@org.springframework.test.context.TestPropertySource(properties =
        "spring.datasource.url=jdbc:h2:mem:national-review;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class NationalReviewTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Catalog catalog;
    @Autowired
    TestUsers users;

    NationalRequests requests;
    SignedInUser secretariat = TestUsers.secretariat();
    long colombia;

    @BeforeEach
    void setUp() {
        requests = new NationalRequests(mvc);
        colombia = jdbc.sql("select r.id from national_report r join actor a on a.id = r.country_id where upper(a.code) = 'CO'")
                .query(Long.class).single();
        // Each test starts from the demonstration's state: Colombia's report submitted, never returned.
        jdbc.sql("update national_report set status = 'submitted', published_at = null, return_comment = null, returned_content = null,"
                + " version = version + 1 where id = :id").param("id", colombia).update();
    }

    @Test
    void theReviewPageShowsTheReportAsThePublicWillSeeItWithTheCitedParagraphsText() {
        Document review = requests.page(secretariat, "/my/national/" + colombia + "/review");
        assertThat(review.selectFirst("h1").text()).startsWith("National report of Colombia");
        assertThat(review.select(".review-panel h2").text()).isEqualTo("Review before publishing");
        assertThat(review.select(".review-panel .status").text()).isEqualTo("Submitted");
        int entries = jdbc.sql("select count(*) from national_entry where national_report_id = :id").param("id", colombia)
                .query(Integer.class).single();
        assertThat(review.select("section.entry")).hasSize(entries);
        java.util.List<Long> cited = jdbc.sql("select paragraph_id from national_entry where national_report_id = :id").param("id", colombia)
                .query(Long.class).list();
        assertThat(cited).isNotEmpty();
        assertThat(review.select("section.entry aside.cited-paragraph blockquote").eachText()).as("each entry's paragraph, beside it")
                .containsExactlyInAnyOrderElementsOf(catalog.paragraphs(cited).stream()
                        .map(paragraph -> (paragraph.text().isEmpty() ? paragraph.title() : paragraph.text()).text("en").strip().replaceAll("\\s+", " ")).toList())
                .allMatch(text -> !text.isBlank());
        assertThat(review.select("section.entry h3")).as("goals, policies and indicators as on the public page").isNotEmpty();
        assertThat(review.select(".review-panel form[action$=/publish] button").text()).isEqualTo("Publish…");
        assertThat(review.select(".review-panel textarea#comment")).hasSize(1);

        assertThat(requests.get(users.reporterFor("co"), "/my/national/" + colombia + "/review").getStatus())
                .as("only the Secretariat reviews").isEqualTo(403);
    }

    @Test
    void publishingAsksFirstAndThenSaysItIsDone() {
        int version = requests.version(secretariat, colombia);
        MockHttpServletResponse asked = requests.post(secretariat, "/my/national/" + colombia + "/publish", Map.of("version", String.valueOf(version)));
        assertThat(asked.getStatus()).isEqualTo(200);
        Document confirm = NationalRequests.parse(asked);
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("Publish this national report?");
        assertThat(confirm.select("form input[name=confirmed]").val()).isEqualTo("yes");
        assertThat(status()).as("nothing published before the answer").isEqualTo("submitted");

        assertThat(requests.post(secretariat, "/my/national/" + colombia + "/publish", Map.of("version", String.valueOf(version - 1)))
                .getStatus()).as("a stale form").isEqualTo(409);
        assertThat(requests.post(users.reporterFor("co"), "/my/national/" + colombia + "/publish", Map.of("version", String.valueOf(version)))
                .getStatus()).isEqualTo(403);

        MockHttpServletResponse published = requests.post(secretariat, "/my/national/" + colombia + "/publish",
                Map.of("version", String.valueOf(version), "confirmed", "yes"));
        assertThat(published.getRedirectedUrl()).isEqualTo("/my/national/" + colombia + "?done=published");
        assertThat(status()).isEqualTo("published");
        Document workspace = requests.page(secretariat, published.getRedirectedUrl());
        assertThat(workspace.selectFirst("h1 + *").is(".notice[role=status]")).as("the success message comes first").isTrue();
        assertThat(workspace.selectFirst("h1 + .notice").text()).isEqualTo("The report is published.");
        assertThat(workspace.select("details.withdraw form[action$=/withdraw]")).as("the withdrawal waits behind its summary").hasSize(1);
        assertThat(workspace.select("details.withdraw").attr("open")).isEmpty();
    }

    @Test
    void aReturnedReportSentAgainShowsWhatChangedSinceItWasReturned() {
        SignedInUser coordinator = users.reporterFor("co");
        assertThat(requests.act(secretariat, colombia, "return", "comment", "Please state the 2025 goal.").getStatus()).isEqualTo(302);
        Document review = requests.page(secretariat, "/my/national/" + colombia + "/review");
        assertThat(review.select(".changes-since-return")).as("a draft is not awaiting review").isEmpty();

        long entryId = jdbc.sql("select id from national_entry where national_report_id = :id order by id limit 1").param("id", colombia)
                .query(Long.class).single();
        Document form = requests.page(coordinator, "/my/national/" + colombia + "/entries/" + entryId);
        assertThat(form.select("h1 ~ .notice--returned .return-comment").text()).as("the comment at the top of the form")
                .isEqualTo("Please state the 2025 goal.");
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("form.entry-form input[name], form.entry-form textarea[name], form.entry-form select[name]").forEach(field -> {
            if (field.is("select")) {
                Element chosen = field.selectFirst("option[selected]");
                fields.put(field.attr("name"), chosen == null ? "" : chosen.val());
            } else if (field.is("textarea")) {
                fields.put(field.attr("name"), field.text());
            } else if (!field.attr("type").equals("submit") && !field.attr("type").equals("checkbox")) {
                fields.put(field.attr("name"), field.val());
            }
        });
        fields.remove("_csrf");
        fields.put("goals", "Halve informal work by 2025.");
        MockHttpServletResponse saved = requests.post(coordinator, "/my/national/" + colombia + "/entries/" + entryId, fields);
        assertThat(saved.getStatus()).as(NationalRequests.body(saved)).isEqualTo(302);
        assertThat(requests.page(coordinator, saved.getRedirectedUrl()).select(".notice[role=status]").text()).isEqualTo("The entry is saved.");
        MockHttpServletResponse submitted = requests.act(coordinator, colombia, "submit");
        assertThat(requests.page(coordinator, submitted.getRedirectedUrl()).select(".notice[role=status]").text())
                .isEqualTo("The report is submitted to the Secretariat.");

        Document again = requests.page(secretariat, "/my/national/" + colombia + "/review");
        assertThat(again.select(".changes-since-return summary").text()).isEqualTo("Changes since it was returned");
        assertThat(again.select(".changes-since-return .diff__line--new").text()).contains("goals: Halve informal work by 2025.");
        assertThat(again.select(".changes-since-return .diff__line--new ins").text()).isNotBlank();
        assertThat(again.select(".changes-since-return .diff__line").size()).as("only what changed is listed")
                .isLessThan(again.select("section.entry").size() * 6);
    }

    private String status() {
        return jdbc.sql("select status from national_report where id = :id").param("id", colombia).query(String.class).single();
    }
}
