package org.mandato.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mandato.accounts.Role;
import org.mandato.accounts.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Secretariat's desk and a national coordinator's work on a desktop (1366 px) and a phone (390 px):
 * one review inbox, the review of a national report as the public will see it, publishing after a
 * confirmation, a reporting cycle refused for a past due date, the audit log in words, the
 * coordinator's home led by their national report, and a number typed in the entry form read in the
 * page's language. axe finds nothing on any of these pages.
 */
class DeskBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.mandato.catalog.Catalog catalog;

    private final List<String> violations = new ArrayList<>();


    /**
     * Colombia's report goes back to awaiting review after each test, as the demonstration has it: the
     * other browser test classes share this database and look for a submitted national report.
     */
    @org.junit.jupiter.api.AfterEach
    void putColombiasReportBackForReview() {
        jdbc.sql("update national_report set status = 'submitted', published_at = null, version = version + 1 "
                + "where country_id = (select id from actor where upper(code) = 'CO')").update();
    }

    private void check(Page on, String name) {
        violations.addAll(accessibilityViolations(on));
        step(on, name);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1366, 390})
    void theSecretariatReviewsAndPublishesANationalReportFromTheInbox(int width) {
        long colombia = jdbc.sql("select r.id from national_report r join actor a on a.id = r.country_id where upper(a.code) = 'CO'")
                .query(Long.class).single();
        // Each width starts from the demonstration's state: Colombia's report awaiting review.
        jdbc.sql("update national_report set status = 'submitted', published_at = null, version = version + 1 where id = :id")
                .param("id", colombia).update();
        String reviewer = users.account("desk-" + width + "@oas.example", Role.SECRETARIAT, null);
        Page secretariat = newPerson(width);
        signIn(secretariat, reviewer, TestUsers.PASSWORD);

        secretariat.navigate(url("/secretariat"));
        assertThat(secretariat.locator("#review-heading")).containsText("review");
        assertThat(secretariat.locator("ul.review-inbox a[href='/my/national/" + colombia + "/review']"))
                .containsText("National report: Colombia");
        assertThat(secretariat.locator("table.review-counts")).containsText("Colombia");
        check(secretariat, width + "-inbox");

        secretariat.navigate(url("/secretariat?kind=national"));
        assertThat(secretariat.locator("ul.review-inbox a").first()).containsText("National report");
        check(secretariat, width + "-inbox-national");

        secretariat.locator("ul.review-inbox a[href='/my/national/" + colombia + "/review']").click();
        assertThat(secretariat.locator(".review-panel h2")).hasText("Review before publishing");
        assertThat(secretariat.locator("section.entry aside.cited-paragraph").first()).isVisible();
        check(secretariat, width + "-review");

        secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish…")).click();
        assertThat(secretariat.locator("h1")).hasText("Publish this national report?");
        check(secretariat, width + "-confirm-publish");
        secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, publish it")).click();
        assertThat(secretariat.locator("h1 + .notice")).hasText("The report is published.");
        assertThat(secretariat.locator("details.withdraw form")).not().isVisible();
        check(secretariat, width + "-published");

        secretariat.navigate(url("/secretariat/cycles/new"));
        secretariat.locator("#slug").fill("desk-past-" + width);
        secretariat.locator("#name-en").fill("Past cycle");
        secretariat.locator("#periodStart").fill("2019-01-01");
        secretariat.locator("#periodEnd").fill("2019-12-31");
        secretariat.locator("#dueDate").fill("2020-04-30");
        secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create")).click();
        assertThat(secretariat.locator(".error-summary")).containsText("This due date has passed");
        check(secretariat, width + "-cycle-refused");
        secretariat.locator("#dueDate").fill(java.time.LocalDate.now().plusYears(1).toString());
        secretariat.locator("#periodStart").fill(java.time.LocalDate.now().toString());
        secretariat.locator("#periodEnd").fill(java.time.LocalDate.now().plusMonths(6).toString());
        secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create")).click();
        secretariat.navigate(url("/secretariat/audit?kind=cycle-created"));
        assertThat(secretariat.locator("tbody tr").first()).containsText("Reporting cycle created");
        assertThat(secretariat.locator("tbody tr a[href^='/secretariat/cycles/']").first()).isVisible();
        check(secretariat, width + "-audit");

        assertThat(violations).isEmpty();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1366, 390})
    void aCoordinatorIsLedToTheirNationalReportAndTypesNumbersInTheirLanguage(int width) {
        String country = width == 1366 ? "pe" : "ar";
        String coordinator = users.account("desk-coordinator-" + width + "@" + country + ".example", Role.NATIONAL_COORDINATOR, country);
        Page page = newPerson(width);
        signIn(page, coordinator, TestUsers.PASSWORD);
        page.navigate(url("/my/work"));
        assertThat(page.locator("#duty-heading")).hasText("Your national report — Demonstration cycle 2026 (fictitious data)");
        assertThat(page.locator(".duty-missing")).containsText("have no entry yet");
        check(page, width + "-my-work");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the national report")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an entry")).first().click();
        page.getByLabel("Find a mandate").fill("Port of Spain 47");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
        assertThat(page.locator("#mandate-count")).containsText("1 of");
        long portOfSpain47 = catalog.paragraphByCitation("Port of Spain 2009", "47").orElseThrow().id();
        page.locator("label[for='paragraph-" + portOfSpain47 + "']").click();
        page.getByLabel("In progress", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#indicator-0-name").fill("Migrant workers registered");
        page.locator("#indicator-0-unit").fill("people");
        page.locator("#indicator-0-value-0-date").fill("2024-12-31");
        page.locator("#indicator-0-value-0-amount").fill("1,200");
        check(page, width + "-entry-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the entry")).click();
        assertThat(page.locator(".notice[role=status]")).hasText("The entry is saved.");
        check(page, width + "-entry-saved");
        assertThat(jdbc.sql("""
                select v.amount from indicator_value v join indicator i on i.id = v.indicator_id join national_entry e on e.id = i.entry_id
                join national_report r on r.id = e.national_report_id join actor a on a.id = r.country_id where lower(a.code) = :country""")
                .param("country", country).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("1200");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Remove").setExact(true)).first().click();
        assertThat(page.locator("h1")).containsText("Remove the entry for");
        check(page, width + "-remove-asks");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Keep it and go back to the report")).click();
        assertThat(page.locator("#entries")).containsText("1");

        assertThat(violations).isEmpty();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1366, 390})
    void signingInKeepsTheNameTheFirstPasswordChangeLeadsHomeAndTheUserFormAsksOnlyWhatTheRoleNeeds(int width) {
        String name = users.account("slips-" + width + "@iom.example", Role.INSTITUTION_REPORTER, "iom");
        jdbc.sql("update app_user set must_change_password = true where username = :name").param("name", name).update();
        Page page = newPerson(width);
        signIn(page, name, "not the password at all");
        assertThat(page.locator(".error-summary")).isVisible();
        assertThat(page.getByLabel("User name")).hasValue(name);
        check(page, width + "-sign-in-refused");

        page.getByLabel("Password").fill(TestUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        assertThat(page).hasURL(url("/account/password"));
        page.getByLabel("Current password").fill(TestUsers.PASSWORD);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("a lantern by the quiet canal " + width);
        page.getByLabel("New password again").fill("a lantern by the quiet canal " + width);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
        assertThat(page).hasURL(url("/my/work"));
        assertThat(page.locator("h1 + .notice")).hasText("Your password has been changed. Welcome to your work.");
        check(page, width + "-home-after-password");

        Page secretariat = newPerson(width);
        signIn(secretariat, users.account("slips-desk-" + width + "@oas.example", Role.SECRETARIAT, null), TestUsers.PASSWORD);
        secretariat.navigate(url("/secretariat/users/new"));
        secretariat.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("National coordinator")).check();
        assertThat(secretariat.locator("#country")).isVisible();
        assertThat(secretariat.locator("#institution")).not().isVisible();
        check(secretariat, width + "-user-form-coordinator");
        secretariat.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Institution reporter")).check();
        assertThat(secretariat.locator("#institution")).isVisible();
        assertThat(secretariat.locator("#country")).not().isVisible();
        check(secretariat, width + "-user-form-reporter");

        assertThat(violations).isEmpty();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1366, 390})
    void theReportEditorsHelpersKeepThePlaceAndTheChoiceAndAnEmptyCompilationSaysWhatItLacks(int width) {
        Page page = newPerson(width);
        signIn(page, users.account("editor-" + width + "@iom.example", Role.INSTITUTION_REPORTER, "iom"), TestUsers.PASSWORD);
        page.navigate(url("/my/reports/new"));
        assertThat(page.locator("li.theme-choice--sub").first()).isVisible();
        page.getByLabel("Text in English").fill("Border officials were trained on the rights of migrant workers and their families.");
        page.locator("#pickDocument").selectOption("Lima 2018");
        page.locator("#pickNumber").fill("999");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the citations")).click();
        assertThat(page.locator("#pickNumber-error")).containsText("999");
        assertThat(page.locator("#pickDocument")).hasValue("Lima 2018");
        assertThat(page.locator("#pickNumber")).hasValue("999");
        check(page, width + "-citation-refused");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suggest paragraphs")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#suggestions$"));
        assertThat(page.locator("#suggestions")).isInViewport();
        check(page, width + "-suggestions");

        page.navigate(url("/compilation?from=&to=&language=en&institution=&theme="));
        assertThat(page.locator(".error-summary a[href='#from']")).isVisible();
        assertThat(page.locator(".error-summary a[href='#to']")).isVisible();
        check(page, width + "-compilation-empty");

        assertThat(violations).isEmpty();
    }
}
