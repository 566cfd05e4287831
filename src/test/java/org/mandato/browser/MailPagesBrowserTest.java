package org.mandato.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.mandato.accounts.Role;
import org.mandato.accounts.TestUsers;
import org.mandato.mail.MailServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With mail on, the pages that send mail meet WCAG 2.1 AA too, and following a theme by mail works
 * with the keyboard and without script: the form on the theme page, its refusal, its answer.
 */
class MailPagesBrowserTest extends BrowserTest {

    @DynamicPropertySource
    static void mailOn(DynamicPropertyRegistry registry) {
        MailServer.use(registry);
        registry.add("mandato.mail.sender-thread", () -> "false");
    }

    @Test
    void thePagesThatSendMailMeetWcag21AA() {
        List<String> violations = new ArrayList<>();
        for (String path : List.of("/themes/migration", "/countries/cl", "/institutions/iom", "/summits/v/port-of-spain-declaration/17",
                "/password/forgot", "/password/choose?token=unknown", "/subscriptions/erase", "/subscriptions/confirm?token=unknown",
                "/themes/migration?lang=fr")) {
            page.navigate(url(path));
            violations.addAll(accessibilityViolations(page));
        }

        page.navigate(url("/themes/migration?lang=en")); // the French page above set the language cookie
        page.getByLabel("Your mail address").fill("not an address");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Follow").setExact(true)).click();
        step("refused");
        violations.addAll(accessibilityViolations(page));
        assertThat(page.locator("#follow-email-error").textContent()).contains("Type one mail address");
        page.getByLabel("Your mail address").fill("axe-reader@example.org");
        page.getByLabel("daily").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Follow").setExact(true)).click();
        step("asked");
        violations.addAll(accessibilityViolations(page));
        assertThat(page.locator("main").textContent()).contains("axe-reader@example.org");

        String coordinator = users.account("axe-mail-" + System.nanoTime(), Role.NATIONAL_COORDINATOR, "cl");
        signIn(page, coordinator, TestUsers.PASSWORD);
        for (String path : List.of("/account", "/account?saved")) {
            page.navigate(url(path));
            violations.addAll(accessibilityViolations(page));
        }
        step("account");

        assertThat(violations).isEmpty();
    }
}
