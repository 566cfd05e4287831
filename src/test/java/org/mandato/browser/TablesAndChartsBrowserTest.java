package org.mandato.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mandato.accounts.Role;
import org.mandato.accounts.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tables and charts as a reader sees them on a desktop screen (1366 px) and on a phone (390 px):
 * no word split over lines, wide tables scrolling in their own region, the heat map readable with
 * its institutions in view, charts with gridlines, ticks, labelled values, every part of the
 * population, no label over another, text of 12 px at least, and numbers written the reader's way.
 */
class TablesAndChartsBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;


    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1366, 390})
    void tablesKeepTheirWordsWholeAndScrollInTheirOwnRegion(int width) {
        Page reader = newPerson(width);
        List<String> problems = new ArrayList<>(tableProblems(reader, List.of("/coverage", "/api", chilesNationalReport(),
                "/freshness", "/coverage?lang=fr")));

        Page secretariat = newPerson(width);
        signIn(secretariat, users.account("tables-" + width + "@oas.example", Role.SECRETARIAT, null), TestUsers.PASSWORD);
        problems.addAll(tableProblems(secretariat, List.of("/my/reports/3/history", "/secretariat/national")));

        Page coordinator = newPerson(width);
        signIn(coordinator, users.account("tables-" + width + "@cl.example", Role.NATIONAL_COORDINATOR, "cl"), TestUsers.PASSWORD);
        problems.addAll(tableProblems(coordinator, List.of("/my/national", "/my/national/" + chilesNationalReportId())));

        assertThat(problems).isEmpty();
        reader.context().close();
        secretariat.context().close();
        coordinator.context().close();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1366, 390})
    void theHeatMapNamesInstitutionsInFullAndKeepsThemInViewWhileScrolling(int width) {
        Page reader = newPerson(width);
        reader.navigate(url("/coverage"));
        var abbreviations = reader.locator(".heat-map tbody th abbr");
        assertThat(abbreviations.count()).as("every institution abbreviated").isEqualTo(reader.locator(".heat-map tbody tr").count()).isGreaterThan(10);
        assertThat(abbreviations.first().textContent()).isEqualTo("OAS");
        assertThat(abbreviations.first().getAttribute("title")).isEqualTo("Organization of American States");
        assertThat(PageGeometry.textsSmallerThanOrOutside(reader, ".heat-map td, .heat-map th a, .heat-map__theme span", 12,
                ".heat-map")).as("every count and name at 12 px or more, inside the table").isEmpty();
        assertThat(PageGeometry.brokenWords(reader, ".heat-map")).isEmpty();

        reader.locator(".heat-map").evaluate("table => table.closest('.table-scroll').scrollLeft = 10000");
        double regionLeft = ((Number) reader.locator(".heat-map").evaluate(
                "table => table.closest('.table-scroll').getBoundingClientRect().left")).doubleValue();
        double institutionLeft = ((Number) reader.locator(".heat-map tbody th").first().evaluate(
                "th => th.getBoundingClientRect().left")).doubleValue();
        assertThat(institutionLeft).as("the institutions stay at the region's left edge").isCloseTo(regionLeft, org.assertj.core.data.Offset.offset(1.0));
        reader.locator(".heat-map").scrollIntoViewIfNeeded();
        step(reader, "heat-map-scrolled-" + width);
        assertThat(PageGeometry.scrollsSideways(reader)).isFalse();
        reader.context().close();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1366, 390})
    void chartsDrawGridlinesTicksLabelledValuesAndEveryPartOfThePopulation(int width) {
        Page reader = newPerson(width);
        reader.navigate(url(chilesNationalReport()));
        @SuppressWarnings("unchecked")
        List<String> charts = (List<String>) reader.evaluate(
                "() => [...document.querySelectorAll('figure.indicator-figure')].filter(f => f.querySelector('svg.line-chart'))"
                        + ".map(f => 'figure[aria-labelledby=\"' + f.getAttribute('aria-labelledby') + '\"] svg.line-chart')");
        assertThat(charts).hasSize(3);
        List<String> problems = new ArrayList<>();
        for (String chart : charts) {
            var svg = reader.locator(chart);
            assertThat(svg.locator("line.chart__grid").evaluateAll("lines => lines.filter(l => l.getAttribute('y1') === l.getAttribute('y2')).length"))
                    .as(chart + " horizontal gridlines").asString().isNotIn("0", "1");
            assertThat(svg.locator("line.chart__grid").evaluateAll("lines => lines.filter(l => l.getAttribute('x1') === l.getAttribute('x2')).length"))
                    .as(chart + " vertical gridlines").asString().isNotIn("0", "1");
            assertThat(svg.locator("text.chart__tick[text-anchor=end]").allTextContents()).as(chart + " value ticks").hasSizeGreaterThan(1)
                    .allMatch(t -> !t.isBlank());
            assertThat(svg.locator("text.chart__tick[text-anchor=middle]").allTextContents()).as(chart + " year ticks").hasSizeGreaterThan(1)
                    .allMatch(t -> t.matches("\\d{4}"));
            assertThat(svg.locator("text.chart__value").count()).as(chart + " labelled values").isGreaterThan(1);
            problems.addAll(PageGeometry.overlappingLabels(reader, chart));
            problems.addAll(PageGeometry.textsSmallerThanOrOutside(reader, chart + " text", 12, ".chart-frame"));
        }
        assertThat(problems).isEmpty();

        var young = reader.locator("figure.indicator-figure", new Page.LocatorOptions().setHasText("neither in education nor in employment"));
        for (String kind : List.of("total", "women", "men", "group")) {
            assertThat(young.locator("svg.line-chart g.chart__series--" + kind + " use").count()).as(kind + " drawn").isPositive();
        }
        assertThat(young.locator(".chart-legend li").allInnerTexts()).contains("Whole population", "Women", "Men", "Indigenous peoples")
                .anyMatch(t -> t.startsWith("Baseline")).anyMatch(t -> t.startsWith("Target"));
        young.scrollIntoViewIfNeeded();
        step(reader, "charts-" + width);
        assertThat(PageGeometry.scrollsSideways(reader)).isFalse();
        assertThat(accessibilityViolations(reader)).isEmpty();
        reader.context().close();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1366, 390})
    void chartsAndTablesWriteNumbersTheReadersWay(int width) {
        Page reader = newPerson(width);
        reader.navigate(url(chilesNationalReport() + "?lang=es"));
        var women = reader.locator("figure.indicator-figure", new Page.LocatorOptions().setHasText("Women on the boards"));
        assertThat(women.locator("td.number").allTextContents()).containsExactly("29", "33", "36,5");
        assertThat(women.locator("svg text.chart__value").allTextContents()).contains("36,5", "24", "40");
        var young = reader.locator("figure.indicator-figure", new Page.LocatorOptions().setHasText("neither in education nor in employment"));
        assertThat(young.locator("p").first().textContent()).contains("21,4").contains("10,7");
        assertThat(young.locator("svg text").allTextContents()).noneMatch(t -> t.matches(".*\\d\\.\\d.*"));
        step(reader, "numbers-es-" + width);

        reader.navigate(url(chilesNationalReport() + "?lang=en"));
        women = reader.locator("figure.indicator-figure", new Page.LocatorOptions().setHasText("Women on the boards"));
        assertThat(women.locator("td.number").allTextContents()).containsExactly("29", "33", "36.5");
        assertThat(women.locator("svg text.chart__value").allTextContents()).contains("36.5");

        var csv = reader.request().get(url(chilesNationalReport() + ".csv?lang=es"));
        assertThat(csv.ok()).isTrue();
        assertThat(csv.text()).as("downloads keep plain numbers").contains("36.5").doesNotContain("36,5");
        reader.context().close();
    }

    private List<String> tableProblems(Page on, List<String> paths) {
        List<String> problems = new ArrayList<>();
        for (String path : paths) {
            on.navigate(url(path));
            assertThat(on.locator("table").count()).as(path + " has a table").isPositive();
            PageGeometry.brokenWords(on, "table").forEach(word -> problems.add(path + ": broken word " + word));
            PageGeometry.tablesWithoutOwnScrolling(on).forEach(table -> problems.add(path + ": no scrolling region for " + table));
            if (PageGeometry.scrollsSideways(on)) {
                problems.add(path + ": the page scrolls sideways");
            }
            problems.addAll(accessibilityViolations(on));
            step(on, path.replaceAll("[^a-z0-9]+", "-") + "-" + on.viewportSize().width);
        }
        return problems;
    }

    private long chilesNationalReportId() {
        return jdbc.sql("""
                select r.id from national_report r join actor a on a.id = r.country_id
                where a.code = 'cl' and r.status = 'published'""").query(Long.class).single();
    }

    private String chilesNationalReport() {
        return "/national-reports/" + chilesNationalReportId();
    }
}
