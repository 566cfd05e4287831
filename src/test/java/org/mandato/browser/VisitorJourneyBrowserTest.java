package org.mandato.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** What a visitor does: follows links from the home page down to one mandate, and switches language. */
class VisitorJourneyBrowserTest extends BrowserTest {

    @Test
    void visitorGoesFromHomeThroughThemeInstitutionAndReportToTheCitedParagraphAndBack() {
        page.navigate(url("/"));
        step("home");

        page.locator(".theme-grid").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Migration")).click();
        assertThat(page).hasURL(url("/themes/migration"));
        step("theme");

        page.locator(".institution-selector").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^IOM \\(\\d+\\)$"))).click();
        assertThat(page).hasURL(url("/themes/migration?institution=iom"));
        assertThat(page.locator(".institution-selector a[aria-current=page]")).hasText(java.util.regex.Pattern.compile("^IOM \\(\\d+\\)$"));
        step("institution");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("June 21, 2011").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Report of IOM, June 21, 2011");
        String reportUrl = page.url();
        step("report");

        page.locator(".report__citations").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("¶17")).click();
        assertThat(page).hasURL(url("/summits/v/port-of-spain-declaration/17"));
        assertThat(page.locator("h1")).hasText("Port of Spain 2009 ¶17");
        assertThat(page.locator("article.report time[datetime='2011-06-21']")).hasCount(1);
        step("paragraph");

        page.goBack();
        assertThat(page).hasURL(reportUrl);
        step("back");
    }

    @Test
    void visitorSwitchesLanguageAndStaysOnTheSamePage() {
        page.navigate(url("/themes/migration?institution=iom"));
        step("english");

        page.locator(".language-switch").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Español")).click();
        assertThat(page).hasURL(url("/themes/migration?institution=iom&lang=es"));
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("h1")).hasText("Migración");
        assertThat(page.locator("article.report time[datetime='2018-03-16']")).hasText("16 de marzo de 2018");
        step("spanish");

        page.locator(".site-nav").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Temas")).click();
        assertThat(page).hasURL(url("/themes"));
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        step("remembered");
        assertThat(page.locator("link[rel=alternate][hreflang]").count()).isGreaterThanOrEqualTo(2);
    }
}
