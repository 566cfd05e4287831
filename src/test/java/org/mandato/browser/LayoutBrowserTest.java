package org.mandato.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.mandato.accounts.Role;
import org.mandato.accounts.TestUsers;

/** Pages reflow at 320 px and at 200% zoom without sideways scrolling, and print without the chrome. */
class LayoutBrowserTest extends BrowserTest {

    static final List<String> PAGES = List.of("/", "/themes/migration?institution=iom", "/summits/v/port-of-spain-declaration",
            "/summits/v/port-of-spain-declaration/17", "/reports/3", "/institutions/iom", "/countries", "/login",
            "/themes/migration?institution=iom&lang=fr");

    @Test
    void noPageScrollsSidewaysAt320PixelsWide() {
        assertThat(sidewaysScrolling(320, 640, 1)).isEmpty();
    }

    @Test
    void noPageScrollsSidewaysAt200PercentZoom() {
        // 200% zoom on a 1280-pixel screen lays the page out in 640 CSS pixels at twice the density.
        assertThat(sidewaysScrolling(640, 450, 2)).isEmpty();
    }

    @Test
    void signedInFormsReflowAt320Pixels() {
        String reporter = users.account("narrow@iom.example", Role.INSTITUTION_REPORTER, "iom");
        Page narrow = Chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(320, 640)).newPage();
        signIn(narrow, reporter, TestUsers.PASSWORD);
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/my/work", "/my/reports/new", "/account/password")) {
            narrow.navigate(url(path));
            if (scrollsSideways(narrow)) {
                problems.add(path);
            }
        }
        step(narrow, "editor-320");
        assertThat(problems).isEmpty();
    }

    @Test
    void reportAndParagraphPagesPrintWithoutNavigation() {
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        for (String path : List.of("/reports/3", "/summits/v/port-of-spain-declaration/17")) {
            page.navigate(url(path));
            assertThat(page.locator(".site-header").isVisible()).as(path + " header").isFalse();
            assertThat(page.locator(".breadcrumbs").isVisible()).as(path + " breadcrumbs").isFalse();
            assertThat(page.locator("main h1").isVisible()).as(path + " heading").isTrue();
            assertThat(page.locator(".report__body").first().isVisible()).as(path + " report text").isTrue();
        }
        step("print");
    }

    private List<String> sidewaysScrolling(int width, int height, double scale) {
        Page sized = Chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height).setDeviceScaleFactor(scale)).newPage();
        List<String> problems = new ArrayList<>();
        for (String path : PAGES) {
            sized.navigate(url(path));
            if (scrollsSideways(sized)) {
                problems.add(path + " is " + sized.evaluate("() => document.documentElement.scrollWidth") + " px wide");
            }
        }
        step(sized, "at-" + width);
        sized.context().close();
        return problems;
    }

    private static boolean scrollsSideways(Page on) {
        return (Boolean) on.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
    }
}
