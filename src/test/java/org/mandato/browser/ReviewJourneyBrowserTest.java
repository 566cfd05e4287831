package org.mandato.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mandato.accounts.Role;
import org.mandato.accounts.TestUsers;

/**
 * A report's way from a reporter's keyboard to the public pages: written with typed and picked
 * citations, submitted, returned with a comment (shown above the editor), fixed, resubmitted with
 * a success message each time, the changes since the return offered to the reviewer, and published;
 * on a desktop (1366 px) and a phone (390 px).
 */
class ReviewJourneyBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1366, 390})
    void reporterWritesSecretariatReturnsReporterFixesSecretariatPublishesVisitorFindsIt(int width) {
        String reporter = users.account("browser-reporter-" + width + "@ilo.example", Role.INSTITUTION_REPORTER, "ilo");
        String reviewer = users.account("browser-secretariat-" + width + "@oas.example", Role.SECRETARIAT, null);
        Page page = newPerson(width);

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
        step(page, width + "-written");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
        assertThat(page.locator(".status")).hasText("Draft");
        String reportPath = page.url().replace(url(""), "").replaceAll("\\?.*$", "");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit to the Secretariat")).click();
        assertThat(page.locator(".status")).hasText("Submitted");
        assertThat(page.locator(".notice[role=status]")).isVisible();
        step(page, width + "-submitted");

        Page secretariat = newPerson(width);
        signIn(secretariat, reviewer, TestUsers.PASSWORD);
        secretariat.navigate(url("/secretariat"));
        secretariat.locator("a[href='" + reportPath + "']").click();
        secretariat.getByLabel("Comment for the writers (why the report is returned)").fill("Please add the number of people served.");
        secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Return to the writers")).click();
        assertThat(secretariat.locator(".status")).hasText("Draft");
        step(secretariat, width + "-returned");

        page.navigate(url("/my/work"));
        assertThat(page.locator(".return-comment")).containsText("Please add the number of people served.");
        page.locator(".return-comment").locator("xpath=..").getByRole(AriaRole.LINK).click();
        assertThat(page.locator(".notice--returned .return-comment")).hasText("Please add the number of people served.");
        assertThat(page.locator(".notice--returned")).isInViewport();
        step(page, width + "-editor-with-comment");
        page.getByLabel("Text in English").fill(
                "ILO trained labour inspectors on the rights of migrant farm workers; 1,240 inspectors took part.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
        assertThat(page.locator(".notice[role=status]")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit to the Secretariat")).click();
        assertThat(page.locator(".status")).hasText("Submitted");
        assertThat(page.locator(".notice[role=status]")).isVisible();
        step(page, width + "-resubmitted");

        secretariat.navigate(url(reportPath));
        assertThat(secretariat.locator(".since-returned a")).hasText("Changes since it was returned");
        secretariat.locator(".since-returned a").click();
        assertThat(secretariat.locator("main")).containsText("1,240 inspectors took part");
        step(secretariat, width + "-changes-since-returned");
        secretariat.navigate(url(reportPath));
        secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        assertThat(secretariat.locator(".status")).hasText("Published");
        step(secretariat, width + "-published");

        Page visitor = newPerson(width);
        visitor.navigate(url("/themes/labor?institution=ilo"));
        assertThat(visitor.locator("article.report").first()).containsText("1,240 inspectors took part");
        assertThat(visitor.locator("article.report").first().locator(".report__citations"))
                .hasText("Paragraphs cited: Port of Spain 2009: ¶17 VII Summit: Education ¶2");
        step(visitor, width + "-theme-page");
        visitor.navigate(url("/summits/vii/mandates-for-action/education-2"));
        assertThat(visitor.locator("article.report").first()).containsText("1,240 inspectors took part");
        step(visitor, width + "-paragraph-page");
        page.context().close();
        secretariat.context().close();
        visitor.context().close();
    }

}
