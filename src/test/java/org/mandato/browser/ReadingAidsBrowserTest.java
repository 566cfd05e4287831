package org.mandato.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mandato.accounts.Role;
import org.mandato.accounts.TestUsers;
import org.mandato.reporting.ReportImport;
import org.mandato.reporting.ReportImport.ReportEntry;
import org.mandato.reporting.ReportStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Report cards, the header, the search tips, the feed links and the form fields, on a desktop screen
 * (1366 px) and on a phone (390 px).
 */
class ReadingAidsBrowserTest extends BrowserTest {

    static final String TITLE = "Vaccination campaigns reach the last rural districts";
    static final Map<String, String> FRESHNESS = Map.of("en", "Reporting freshness", "es", "Actualidad de los informes",
            "pt", "Atualidade dos relatórios", "fr", "Actualité des rapports");

    @Autowired
    ReportImport reportImport;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;


    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1366, 390})
    void aReportCardLeadsWithItsTitleCutsItsTextAndNamesItsDateOnce(int width) {
        long id = titledHealthReport();
        Page reader = newPerson(width);
        reader.navigate(url("/themes/health"));
        Locator card = reader.locator("article.report", new Page.LocatorOptions().setHas(reader.locator("a[href='/reports/" + id + "']")));
        assertThat(card.locator("h3.report__heading").innerText()).isEqualTo(TITLE);
        assertThat(card.locator("h3.report__heading + p.report__meta").innerText())
                .startsWith("Pan American Health Organization · ").contains(card.locator("time").innerText());
        assertThat(card.locator("time").count()).isEqualTo(1);
        String date = card.locator("time").innerText();
        assertThat(card.innerText().split(java.util.regex.Pattern.quote(date), -1)).as("the date shown once").hasSize(2);

        Locator body = card.locator(".report__body");
        assertThat((Boolean) body.evaluate("b => b.scrollHeight > b.clientHeight + 1")).as("the text is cut").isTrue();
        Locator more = card.locator(".report__more a");
        assertThat(more.isVisible()).isTrue();
        assertThat(more.innerText()).startsWith("Read more");
        assertThat(more.getAttribute("href")).isEqualTo("/reports/" + id);
        card.scrollIntoViewIfNeeded();
        step(reader, "report-card-" + width);

        Locator untitled = reader.locator("article.report").filter(new Locator.FilterOptions().setHasNot(reader.locator("a[href='/reports/" + id + "']")));
        if (untitled.count() > 0) {
            String untitledDate = untitled.first().locator("time").innerText();
            assertThat(untitled.first().innerText().split(java.util.regex.Pattern.quote(untitledDate), -1)).hasSize(2);
        }
        reader.navigate(url("/institutions/paho"));
        Locator own = reader.locator("article.report", new Page.LocatorOptions().setHas(reader.locator("a[href='/reports/" + id + "']")));
        assertThat(own.locator(".report__heading").innerText()).isEqualTo(TITLE);
        assertThat(own.locator(".report__heading + p.report__meta").innerText()).as("on the institution's page, the date alone").isEqualTo(date);
        assertThat(own.innerText().split(java.util.regex.Pattern.quote(date), -1)).hasSize(2);
        more = own.locator(".report__more a");
        more.click();
        assertThat(reader.locator("h1").innerText()).contains(TITLE);
        assertThat(accessibilityViolations(reader)).isEmpty();
        reader.context().close();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1366, 390})
    void institutionsWithoutReportsWaitBehindShowAll(int width) {
        Page reader = newPerson(width);
        reader.navigate(url("/themes/migration"));
        Locator shown = reader.locator("nav ul.institution-selector:not(details *) a");
        assertThat(shown.allInnerTexts()).contains("All institutions").anyMatch(t -> t.startsWith("IOM"))
                .noneMatch(t -> t.contains("(0)"));
        Locator folded = reader.locator("details.institution-selector__more a");
        assertThat(folded.first().isVisible()).isFalse();
        step(reader, "institutions-folded-" + width);
        reader.locator("details.institution-selector__more summary").click();
        assertThat(folded.first().isVisible()).isTrue();
        assertThat(folded.allInnerTexts()).hasSize(12).allMatch(t -> t.endsWith("(0)"));
        step(reader, "institutions-shown-" + width);
        assertThat(PageGeometry.scrollsSideways(reader)).isFalse();
        assertThat(accessibilityViolations(reader)).isEmpty();
        reader.context().close();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1366, 390})
    void feedsCarryReportTitlesAndThemeInstitutionAndCountryPagesLinkThem(int width) {
        long id = titledHealthReport();
        Page reader = newPerson(width);
        Map<String, Integer> feedLinks = Map.of("/themes/health", 1, "/institutions/paho", 1, "/countries/cl", 2);
        for (var page : feedLinks.entrySet()) {
            reader.navigate(url(page.getKey()));
            Locator links = reader.locator("main a[type='application/atom+xml']");
            assertThat(links.count()).as(page.getKey()).isEqualTo(page.getValue());
            for (String href : links.evaluateAll("links => links.map(a => a.getAttribute('href'))").toString()
                    .replaceAll("[\\[\\] ]", "").split(",")) {
                var feed = reader.request().get(url(href));
                assertThat(feed.status()).as(href).isEqualTo(200);
                assertThat(feed.headers().get("content-type")).startsWith("application/atom+xml");
            }
            assertThat(links.first().isVisible()).isTrue();
            step(reader, "feed-link" + page.getKey().replace('/', '-') + "-" + width);
        }
        String feed = reader.request().get(url("/feeds/themes/health.atom")).text();
        assertThat(feed).contains("<title xml:lang=\"en\">" + TITLE + "</title>").contains("/reports/" + id);
        assertThat(reader.request().get(url("/feeds/institutions/iom.atom")).text())
                .as("a report without a title is named by its author and date").contains("<title>Report of IOM, ");
        reader.context().close();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1366, 390})
    void theHeaderFitsInEveryLanguage(int width) {
        Page reader = newPerson(width);
        boolean phone = width < 600;
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("en", "es", "pt", "fr")) {
            reader.navigate(url("/?lang=" + lang));
            if (PageGeometry.distinctTops(reader, ".language-switch li") != 1) {
                problems.add(lang + ": the languages take more than one line");
            }
            double languagesRight = ((Number) reader.evaluate("() => document.querySelector('.language-switch ul').getBoundingClientRect().right")).doubleValue();
            if (languagesRight > width) {
                problems.add(lang + ": the languages run past the screen");
            }
            if (phone && PageGeometry.height(reader, ".site-header") > 80) {
                problems.add(lang + ": the header is " + PageGeometry.height(reader, ".site-header") + " px high");
            }
            assertThat(reader.locator(".site-nav").isVisible()).as(lang + " menu shown").isEqualTo(!phone);
            assertThat(reader.locator(".site-menu__toggle").isVisible()).as(lang + " menu button").isEqualTo(phone);
            if (phone) {
                step(reader, "header-folded-" + lang + "-" + width);
                reader.locator(".site-menu__toggle").click();
            }
            Locator freshness = reader.locator(".site-nav a[href='/freshness']");
            assertThat(freshness.isVisible()).isTrue();
            assertThat(freshness.innerText()).as(lang).isEqualTo(FRESHNESS.get(lang));
            step(reader, "header-" + lang + "-" + width);
            problems.addAll(accessibilityViolations(reader));
        }
        Page secretariat = newPerson(width);
        signIn(secretariat, users.account("header-" + width + "@oas.example", Role.SECRETARIAT, null), TestUsers.PASSWORD);
        secretariat.navigate(url("/secretariat?lang=pt"));
        if (phone) {
            assertThat(PageGeometry.height(secretariat, ".site-header")).as("signed in, folded").isLessThanOrEqualTo(80);
            secretariat.locator(".site-menu__toggle").click();
        }
        assertThat(secretariat.locator(".account-nav").isVisible()).isTrue();
        step(secretariat, "header-signed-in-" + width);
        assertThat(problems).isEmpty();
        reader.context().close();
        secretariat.context().close();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1366, 390})
    void searchTipsShowTheOperatorsInThePagesLanguage(int width) {
        Page reader = newPerson(width);
        reader.navigate(url("/search?q=migraci%C3%B3n&lang=es"));
        Locator tips = reader.locator("details.search-tips");
        assertThat(tips.locator("summary").innerText()).isEqualTo("Consejos de búsqueda");
        assertThat(tips.locator("code").first().isVisible()).isFalse();
        tips.locator("summary").click();
        assertThat(tips.locator("code").allInnerTexts()).contains("\"derechos humanos\"", "migra*", "salud AND mujeres",
                "energía OR electricidad", "migración NOT trata");
        assertThat(tips.innerText()).contains("AND, OR y NOT se escriben en mayúsculas");
        step(reader, "search-tips-es-" + width);
        assertThat(PageGeometry.scrollsSideways(reader)).isFalse();
        assertThat(accessibilityViolations(reader)).isEmpty();

        reader.navigate(url("/search?q=migration&lang=en"));
        assertThat(reader.locator("details.search-tips summary").innerText()).isEqualTo("Search tips");
        reader.context().close();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1366, 390})
    void formFieldsAreSixteenPixelsSoPhonesDoNotZoom(int width) {
        Page person = newPerson(width);
        List<String> small = new ArrayList<>(smallFields(person, List.of("/search?q=migraci%C3%B3n&lang=fr", "/search?q=migration&lang=en", "/login", "/compilation")));
        signIn(person, users.account("fields-" + width + "@cl.example", Role.NATIONAL_COORDINATOR, "cl"), TestUsers.PASSWORD);
        long draft = jdbc.sql("select min(id) from national_report where status = 'submitted'").query(Long.class).single();
        small.addAll(smallFields(person, List.of("/account/password", "/my/national")));
        Page secretariat = newPerson(width);
        signIn(secretariat, users.account("fields-" + width + "@oas.example", Role.SECRETARIAT, null), TestUsers.PASSWORD);
        small.addAll(smallFields(secretariat, List.of("/my/reports/new", "/my/national/" + draft + "/entries/new", "/secretariat/users/new")));
        assertThat(small).isEmpty();
        person.context().close();
        secretariat.context().close();
    }

    private List<String> smallFields(Page on, List<String> paths) {
        List<String> small = new ArrayList<>();
        for (String path : paths) {
            on.navigate(url(path));
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) on.evaluate("""
                    () => [...document.querySelectorAll('input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea')]
                      .filter(f => parseFloat(getComputedStyle(f).fontSize) < 16)
                      .map(f => (f.id || f.name) + ' at ' + getComputedStyle(f).fontSize)""");
            found.forEach(field -> small.add(path + ": " + field));
            if (PageGeometry.scrollsSideways(on)) {
                small.add(path + ": the page scrolls sideways");
            }
            step(on, "fields" + path.replaceAll("[^a-z0-9]+", "-") + "-" + on.viewportSize().width);
        }
        return small;
    }

    /** A published report of PAHO on health with a title and a text long enough to be cut, written once. */
    private synchronized long titledHealthReport() {
        String body = ("Mobile teams vaccinated children and older people in every rural district of the region, "
                + "with cold chains carried by boat where no road reaches. ").repeat(6)
                + "\n\nThe campaign ends with a register shared by the health ministries.";
        transactions.executeWithoutResult(status -> reportImport.report(new ReportEntry("reading-aids-titled", "paho",
                LocalDate.of(2024, 5, 14), "en", ReportStatus.PUBLISHED, List.of("health"), "", Map.of("en", TITLE), Map.of("en", body))));
        return jdbc.sql("select id from report where external_key = 'reading-aids-titled'").query(Long.class).single();
    }
}
