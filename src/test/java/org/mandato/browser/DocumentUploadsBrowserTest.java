package org.mandato.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.mandato.accounts.Role;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.extraction.TestDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * Files uploaded in a real browser: a legacy page saved as HTML checked in a dry run, a summit
 * declaration proposed beside its source and saved, a report filling in the editor; every page
 * on the way meets WCAG 2.1 AA.
 */
class DocumentUploadsBrowserTest extends BrowserTest {

    @Autowired
    Catalog catalog;

    @Test
    void theSecretariatChecksASavedLegacyPageAndLoadsADeclarationFromADocx() throws Exception {
        signIn(page, users.account("uploads-secretariat@oas.example", Role.SECRETARIAT, null), TestUsers.PASSWORD);
        List<String> violations = new ArrayList<>();

        page.navigate(url("/secretariat/import/legacy"));
        page.getByLabel("Legacy page (text or HTML file)").setInputFiles(new FilePayload("jswgdetails-jswg4.html", "text/html",
                new ClassPathResource("legacy/saved/jswgdetails-jswg4.html").getContentAsByteArray()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check (dry run)")).click();
        assertThat(page.locator("#legacy-report tbody tr")).hasCount(4);
        assertThat(page.locator("#legacy-skipped")).containsText("Skip Navigation Links");
        violations.addAll(accessibilityViolations(page));
        step("legacy-html-dry-run");

        Document digital = catalog.document("ix", "digital-transformation").orElseThrow();
        page.navigate(url("/secretariat/catalog/documents/" + digital.id() + "/paragraphs"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Load paragraphs from a document")).click();
        violations.addAll(accessibilityViolations(page));
        page.getByLabel("Document (DOCX, PDF or text)").setInputFiles(new FilePayload("agenda.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", TestDocuments.docx(List.of(
                        "Regional Agenda for Digital Transformation", "A. Connectivity",
                        "1. We will extend broadband to rural schools and health centres.",
                        "2. We will share spectrum policies:", "a) among regulators;", "b) with the private sector.",
                        "B. Digital government", "3. We will publish government data in open formats."))));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the document")).click();
        assertThat(page.locator(".load-source li")).hasCount(8);
        assertThat(page.locator("#number-2")).hasValue("2.a");
        violations.addAll(accessibilityViolations(page));
        step("declaration-proposal");

        page.getByLabel("Number").nth(4).fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save to the catalogue (English)")).click();
        assertThat(page.locator("[role=status]")).hasText("The changes have been saved.");
        assertThat(page.locator("tbody th[scope=row]")).hasText(new String[] {"1", "2", "2.a", "2.b", "3"});
        step("declaration-saved");

        assertThat(violations).isEmpty();
    }

    @Test
    void aReporterFillsInANewReportFromADocx() {
        signIn(page, users.account("uploads-reporter@iom.example", Role.INSTITUTION_REPORTER, "iom"), TestUsers.PASSWORD);

        page.navigate(url("/my/reports/new"));
        page.getByLabel("Report (DOCX or PDF)").setInputFiles(new FilePayload("report.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", TestDocuments.docx(List.of(
                        "Date: 3 February 2025", "IOM trained consular staff in the protection of unaccompanied migrant children."))));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fill in the form")).click();

        assertThat(page.getByLabel("Date of the report")).hasValue("2025-02-03");
        assertThat(page.getByLabel("Text in English")).hasValue(
                "Date: 3 February 2025\n\nIOM trained consular staff in the protection of unaccompanied migrant children.");
        step("report-filled-in");
        assertThat(accessibilityViolations(page)).isEmpty();
    }
}
