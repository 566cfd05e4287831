package org.mandato.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * One headless Debian Chromium for the whole test run, driven by Playwright (which must not
 * download a browser of its own: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1, set by the Surefire config).
 * Without /usr/bin/chromium the browser tests are skipped on a developer's machine and fail in CI,
 * where {@code .ci/run} installs it.
 */
final class Chromium {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");

    private static Browser browser;

    private Chromium() {
    }

    static synchronized Browser browser() {
        if (!Files.isExecutable(EXECUTABLE)) {
            String message = "browser tests need Debian's chromium at " + EXECUTABLE + " (apt-get install -y chromium)";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        if (browser == null) {
            Playwright playwright = Playwright.create();
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(FLAGS));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }
}
