package org.mandato.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.mandato.accounts.Role;
import org.mandato.accounts.TestUsers;

/**
 * A report's way from a reporter's keyboard to the public pages: written with typed and picked
 * citations, submitted, returned with a comment, fixed, resubmitted and published.
 */
class ReviewJourneyBrowserTest extends BrowserTest {

    @Test
    void reporterWritesSecretariatReturnsReporterFixesSecretariatPublishesVisitorFindsIt() {
        String reporter = users.account("browser-reporter@ilo.example", Role.INSTITUTION_REPORTER, "ilo");
        String reviewer = users.account("browser-secretariat@oas.example", Role.SECRETARIAT, null);

        signIn(page, reporter, TestUsers.PASSWORD);
        assertThat(page).hasURL(url("/my/work"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a new report")).first().click();
        page.getByLabel("Date of the report").fill("2026-03-10");
        page.getByLabel("Text in English").fill("ILO trained labour inspectors on the rights of migrant farm workers.");
        page.getByLabel("Labor", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Paragraphs cited").fill("Port of Spain 17");
        page.getByLabel("Document", new Page.GetByLabelOptions().setExact(true)).selectOption("VII Summit");
        page.getByLabel("Paragraph number").fill("Education 2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the citations")).click();
        assertThat(page.getByLabel("Paragraphs cited")).hasValue("Port of Spain 17; VII Summit Education ¶2");
        step("written");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
        assertThat(page.locator(".status")).hasText("Draft");
        String reportPath = page.url().replace(url(""), "").replaceAll("\\?.*$", "");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit to the Secretariat")).click();
        assertThat(page.locator(".status")).hasText("Submitted");
        step("submitted");

        Page secretariat = newPerson();
        signIn(secretariat, reviewer, TestUsers.PASSWORD);
        secretariat.navigate(url("/secretariat"));
        secretariat.locator("a[href='" + reportPath + "']").click();
        secretariat.getByLabel("Comment for the writers (why the report is returned)").fill("Please add the number of people served.");
        secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Return to the writers")).click();
        assertThat(secretariat.locator(".status")).hasText("Draft");
        step(secretariat, "returned");

        page.navigate(url("/my/work"));
        assertThat(page.locator(".return-comment")).containsText("Please add the number of people served.");
        page.locator(".return-comment").locator("xpath=..").getByRole(AriaRole.LINK).click();
        page.getByLabel("Text in English").fill(
                "ILO trained labour inspectors on the rights of migrant farm workers; 1,240 inspectors took part.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit to the Secretariat")).click();
        assertThat(page.locator(".status")).hasText("Submitted");
        step("resubmitted");

        secretariat.navigate(url(reportPath));
        secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        assertThat(secretariat.locator(".status")).hasText("Published");
        step(secretariat, "published");

        Page visitor = newPerson();
        visitor.navigate(url("/themes/labor?institution=ilo"));
        assertThat(visitor.locator("article.report").first()).containsText("1,240 inspectors took part");
        assertThat(visitor.locator("article.report").first().locator(".report__citations"))
                .hasText("Paragraphs cited: Port of Spain 2009: ¶17 VII Summit: Education ¶2");
        step(visitor, "theme-page");
        visitor.navigate(url("/summits/vii/mandates-for-action/education-2"));
        assertThat(visitor.locator("article.report")).containsText("1,240 inspectors took part");
        step(visitor, "paragraph-page");
    }
}
