package org.mandato.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.mandato.accounts.Role;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Summit;
import org.mandato.catalog.Theme;
import org.mandato.followup.Assessments;
import org.mandato.followup.ComplianceFixtures;
import org.mandato.national.ReportingCycles;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core's WCAG 2.1 A and AA rules on every public page and every signed-in page: no violation,
 * no rule switched off. Paragraph pages share one template and one model, so a sample of them
 * (plain, sectioned, cited, uncited, titled, untitled) stands for all of them; every other page is
 * checked one by one.
 */
class AccessibilityBrowserTest extends BrowserTest {

    @Autowired
    Catalog catalog;
    @Autowired
    org.mandato.national.NationalReports nationalReports;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    Assessments assessments;
    @Autowired
    ReportingCycles cycles;

    @Test
    void everyPublicPageMeetsWcag21AA() {
        complianceFixture();
        List<String> paths = new ArrayList<>(List.of("/", "/summits", "/themes", "/institutions", "/countries",
                "/themes/migration?institution=iom", "/login", "/no-such-page", "/?lang=es", "/themes/migration?lang=es",
                "/summits/v/port-of-spain-declaration/17", "/summits/v/port-of-spain-declaration/18",
                "/summits/v/port-of-spain-declaration/50", "/summits/vii/mandates-for-action/education-2",
                "/summits/viii/lima-commitment/7", "/summits/viii/lima-commitment/30", "/reports/1", "/reports/3",
                "/coverage", "/coverage?summit=v&theme=migration", "/freshness", "/api", "/search?q=migraci%C3%B3n&lang=es",
                "/national-reports", "/national-reports?lang=fr",
                "/compilation", "/compilation?from=2009-01-01&to=2018-12-31", "/compilation?from=2009-01-01&to=2018-12-31&language=es",
                "/compilation?from=2018-12-31&to=2018-01-01&theme=nothing", "/compliance?cycle=axe-empty",
                "/search?q=migration" + "&year=2010".repeat(org.mandato.search.SearchRequest.MOST_VALUES + 1)));
        paths.addAll(List.of("/compliance", "/compliance?cycle=axe-2025&stage=interim", "/compliance/countries/pe",
                "/compliance/institutions/iom", "/compliance/summits/v/port-of-spain-declaration/17", "/compliance?lang=fr"));
        nationalReports.published().forEach(r -> paths.add(r.path()));
        catalog.summits().stream().map(Summit::path).forEach(paths::add);
        catalog.documents().stream().map(Document::path).forEach(paths::add);
        catalog.themes().stream().map(Theme::path).forEach(paths::add);
        catalog.institutions().stream().map(Actor::path).forEach(paths::add);
        catalog.countries().stream().map(Actor::path).forEach(paths::add);

        assertThat(violationsOn(page, paths)).isEmpty();
    }

    @Test
    void everySignedInPageMeetsWcag21AA() {
        String reviewer = users.account("axe-secretariat@oas.example", Role.SECRETARIAT, null);
        signIn(page, reviewer, TestUsers.PASSWORD);
        page.navigate(url("/my/reports/new"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
        List<String> violations = new ArrayList<>(accessibilityViolations(page));
        step("editor-with-errors");

        page.getByLabel("Filed by").selectOption("iom");
        page.getByLabel("Text in English").fill("A report for the accessibility check.");
        page.getByLabel("Migration", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
        String report = page.url().replace(url(""), "").replaceAll("\\?.*$", "");
        Page otherTab = context.newPage();
        otherTab.navigate(url(report + "/edit"));
        page.navigate(url(report + "/edit"));
        page.getByLabel("Text in English").fill("First save.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
        otherTab.getByLabel("Text in English").fill("Second save, which conflicts.");
        otherTab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
        violations.addAll(accessibilityViolations(otherTab));
        step(otherTab, "conflict");

        long someUser = users.userId(reviewer);
        List<String> paths = new ArrayList<>(List.of("/my/work", "/my/reports/new", report, report + "/edit", report + "/history",
                "/secretariat", "/secretariat/users", "/secretariat/users/new", "/secretariat/users/" + someUser,
                "/secretariat/audit", "/account/password", "/account/tokens", "/secretariat/import/legacy", "/api", "/search?q=migration", "/secretariat/catalog", "/secretariat/catalog/summits",
                "/secretariat/catalog/summits/new", "/secretariat/catalog/themes", "/secretariat/catalog/themes/new",
                "/secretariat/catalog/institutions", "/secretariat/catalog/institutions/new"));
        Summit fifth = catalog.summit("v").orElseThrow();
        Document portOfSpain = catalog.document("v", "port-of-spain-declaration").orElseThrow();
        paths.add("/secretariat/catalog/summits/" + fifth.id());
        paths.add("/secretariat/catalog/summits/" + fifth.id() + "/documents");
        paths.add("/secretariat/catalog/documents/" + portOfSpain.id());
        paths.add("/secretariat/catalog/documents/" + portOfSpain.id() + "/paragraphs");
        paths.add("/secretariat/catalog/documents/" + portOfSpain.id() + "/paragraphs/new");
        paths.add("/secretariat/catalog/paragraphs/" + catalog.paragraph(portOfSpain, "17").orElseThrow().id());
        paths.add("/secretariat/catalog/themes/" + catalog.theme("migration").orElseThrow().id());
        paths.add("/secretariat/catalog/institutions/" + catalog.institution("iom").orElseThrow().id());
        long draft = complianceFixture();
        paths.addAll(List.of("/secretariat/assessments", "/secretariat/assessments/new", "/secretariat/assessments/new?cycle=axe-2025",
                "/secretariat/assessments/" + draft, "/secretariat/assessments/" + (draft - 1)));
        violations.addAll(violationsOn(page, paths));
        page.navigate(url("/secretariat/assessments/new?cycle=axe-2025"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as draft")).click();
        violations.addAll(accessibilityViolations(page));
        step("assessment-with-errors");
        violations.addAll(nationalReportingViolations());

        Page reporter = newPerson();
        signIn(reporter, users.account("axe-reporter@iom.example", Role.INSTITUTION_REPORTER, "iom"), TestUsers.PASSWORD);
        violations.addAll(violationsOn(reporter, List.of("/my/work", "/my/reports/new")));

        assertThat(violations).isEmpty();
    }

    /** The Secretariat's national reporting screens, an entry form with errors, and a coordinator's own view. */
    private List<String> nationalReportingViolations() {
        long cycle = jdbc.sql("select id from reporting_cycle where slug = 'demo-2025'").query(Long.class).single();
        long group = jdbc.sql("select min(id) from population_group").query(Long.class).single();
        long published = nationalReports.published().get(0).id();
        long submitted = jdbc.sql("select id from national_report where status = 'submitted'").query(Long.class).list().get(0);
        List<String> violations = new ArrayList<>(violationsOn(page, List.of("/secretariat/national", "/secretariat/national?show=overdue",
                "/secretariat/cycles", "/secretariat/cycles/new", "/secretariat/cycles/" + cycle, "/secretariat/groups",
                "/secretariat/groups/new", "/secretariat/groups/" + group, "/my/national/" + published, "/my/national/" + submitted)));
        page.navigate(url("/my/national/" + submitted + "/entries/new"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the entry")).click();
        violations.addAll(accessibilityViolations(page));
        step("national-entry-with-errors");
        page.navigate(url("/my/national/" + submitted + "/entries/" + jdbc.sql("select min(id) from national_entry where national_report_id = :id")
                .param("id", submitted).query(Long.class).single()));
        violations.addAll(accessibilityViolations(page));

        Page coordinator = newPerson();
        signIn(coordinator, users.account("axe-coordinator@cl.example", Role.NATIONAL_COORDINATOR, "cl"), TestUsers.PASSWORD);
        violations.addAll(violationsOn(coordinator, List.of("/my/work", "/my/national", "/my/national/" + published)));
        return violations;
    }

    /**
     * A cycle with published final and interim assessments, a published national report and a draft
     * (made once for both tests); returns the draft's id, the published final one's is one less.
     */
    private synchronized long complianceFixture() {
        ComplianceFixtures fixtures = new ComplianceFixtures(jdbc, assessments);
        if (cycles.cycle("axe-2025").isEmpty()) {
            fixtures.cycle("axe-empty", "Cycle without assessments", 2026, "v");
            long cycle = fixtures.cycle("axe-2025", "Accessibility cycle", 2025, "v");
            long pos17 = fixtures.paragraph("v/port-of-spain-declaration", "17");
            long pos18 = fixtures.paragraph("v/port-of-spain-declaration", "18");
            fixtures.publishedNationalReport(cycle, "pe", java.util.Map.of(pos17, "completed", pos18, "not_started"));
            fixtures.assess("axe-2025", "pe", pos18, "final", 1, "Done in full.", true);
            fixtures.assess("axe-2025", "iom", pos17, "interim", 0, "Under way.", true);
            fixtures.assess("axe-2025", "pe", pos17, "final", -1, "Nothing found.", true);
            fixtures.assess("axe-2025", "pe", pos17, "interim", 0, "A draft.", false);
        }
        return jdbc.sql("select max(id) from assessment").query(Long.class).single();
    }

    private List<String> violationsOn(Page on, List<String> paths) {
        List<String> violations = new ArrayList<>();
        for (String path : paths) {
            on.navigate(url(path));
            violations.addAll(accessibilityViolations(on));
        }
        return violations;
    }
}
