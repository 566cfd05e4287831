package org.mandato.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.mandato.accounts.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a random port with a fresh data directory (an H2 file database in a new
 * temporary folder), and a real browser. Every step a test names is saved as a screenshot under
 * {@code target/browser-screenshots/}, to see where a failure happened.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
abstract class BrowserTest {

    /** The WCAG 2.1 A and AA rules of axe-core. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * A new folder for each application started: the browser test classes with the same settings
     * share one application (Spring's context cache calls this once for it), and a class with
     * settings of its own starts another beside it, which cannot open the same index or database.
     */
    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) {
        Path folder = temporaryDataDir();
        registry.add("mandato.data-dir", folder::toString);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("mandato")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    TestUsers users;

    BrowserContext context;
    Page page;
    private Path screenshots;
    private int step;

    @BeforeEach
    void openBrowser(TestInfo test) {
        Browser browser = Chromium.browser();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 900));
        page = context.newPage();
        screenshots = Path.of("target", "browser-screenshots", getClass().getSimpleName(),
                test.getTestMethod().orElseThrow().getName());
        step = 0;
    }

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Saves a screenshot of {@code on} named after the step. */
    void step(Page on, String name) {
        try {
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        on.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(screenshots.resolve(String.format("%02d-%s.png", ++step, name))));
    }

    void step(String name) {
        step(page, name);
    }

    /** A new browser session, for a second person in the same test. */
    Page newPerson() {
        return newPerson(1280);
    }

    /** A new browser session on a screen {@code width} pixels wide, as tall as a phone's below 600. */
    static Page newPerson(int width) {
        return Chromium.browser().newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(width, width < 600 ? 844 : 900)).newPage();
    }

    void signIn(Page on, String username, String password) {
        on.navigate(url("/login"));
        on.getByLabel("User name").fill(username);
        on.getByLabel("Password").fill(password);
        on.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
    }

    /** The WCAG 2.1 A/AA violations axe-core finds on the page, as readable lines. */
    static List<String> accessibilityViolations(Page on) {
        List<Rule> violations = new AxeBuilder(on).withTags(WCAG_21_AA).analyze().getViolations();
        return violations.stream()
                .map(v -> on.url() + ": " + v.getId() + " (" + v.getHelp() + ") at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
    }

    private static Path temporaryDataDir() {
        try {
            return Files.createTempDirectory("mandato-browser-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
