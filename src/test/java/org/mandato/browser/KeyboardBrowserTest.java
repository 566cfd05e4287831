package org.mandato.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandato.accounts.Role;
import org.mandato.accounts.TestUsers;

/** Everything works with Tab, Shift-Tab, Enter and Space alone, with focus always visible. */
class KeyboardBrowserTest extends BrowserTest {

    @Test
    void skipLinkComesFirstAndMovesFocusToTheMainContent() {
        page.navigate(url("/themes/migration"));

        page.keyboard().press("Tab");
        assertThat(focused("className")).isEqualTo("skip-link");
        assertThat(page.locator(".skip-link")).isInViewport();
        step("skip-link-focused");
        page.keyboard().press("Enter");
        assertThat(focused("id")).isEqualTo("main");

        page.keyboard().press("Tab");
        assertThat(focused("tagName")).isEqualTo("A");
        assertThat((Boolean) page.evaluate("() => document.getElementById('main').contains(document.activeElement)")).isTrue();
    }

    @Test
    void everyLinkOfThePageIsReachedWithoutATrapAndShowsItsFocus() {
        page.navigate(url("/"));
        int focusable = ((Number) page.evaluate("() => document.querySelectorAll('a[href], button, input, select, textarea').length"))
                .intValue();
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < focusable + 5; i++) {
            page.keyboard().press("Tab");
            String outline = (String) page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle");
            String tag = focused("tagName");
            if (!tag.equals("BODY")) {
                assertThat(outline).as("visible focus on element " + i + " (" + tag + ")").isNotEqualTo("none");
                visited.add(focused("outerHTML"));
            }
        }
        assertThat(visited).as("every focusable element was reached").hasSizeGreaterThanOrEqualTo(focusable);
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Shift+Tab");
        assertThat(focused("tagName")).isNotEqualTo("BODY");
    }

    @Test
    void navigationAndFormsWorkFromTheKeyboardAndErrorsTakeTheFocus() {
        String reporter = users.account("keyboard@iom.example", Role.INSTITUTION_REPORTER, "iom");
        page.navigate(url("/login"));
        page.locator("#username").focus();
        page.keyboard().type(reporter);
        page.keyboard().press("Tab");
        page.keyboard().type(TestUsers.PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(url("/my/work"));

        page.navigate(url("/my/reports/new"));
        page.locator("#date").focus();
        page.keyboard().press("Control+a");
        page.keyboard().press("Delete");
        var migration = page.getByLabel("Migration", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true));
        migration.focus();
        page.keyboard().press("Space");
        assertThat(migration).isChecked();
        page.getByText("Save draft").focus();
        page.keyboard().press("Enter");

        assertThat(page.locator("#error-summary")).isVisible();
        // The focus moves when the page's script runs, which may come just after the summary is shown.
        assertThat(page.locator("#error-summary")).isFocused();
        assertThat(page.locator("#body-en")).hasAttribute("aria-describedby", java.util.regex.Pattern.compile(".*body-en-error.*"));
        assertThat(page.locator("#body-en")).hasAttribute("aria-invalid", "true");
        step("error-summary-focused");
        page.keyboard().press("Tab");
        assertThat(focused("tagName")).isEqualTo("A");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#.+$"));
    }

    private String focused(String property) {
        return String.valueOf(page.evaluate("p => document.activeElement[p]", property));
    }
}
