package org.mandato.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoWriteTest;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.mandato.extraction.TestDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An institution's reporter uploads a report as DOCX or PDF on the new-report page: the editor comes
 * back filled in (text, and date when the file gives one), nothing saved; suggestions and citations
 * then work as for a typed report. Every file here is written by the test.
 */
@MandatoWriteTest
class ReportUploadTest {

    static final String NEW = "/my/reports/new";

    @Autowired
    MockMvc mvc;
    @Autowired
    Catalog catalog;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    ReportRequests requests;
    SignedInUser iom;

    @BeforeEach
    void setUp() {
        requests = new ReportRequests(mvc, catalog);
        iom = users.reporterFor("iom");
    }

    @Test
    void theNewReportPageOffersToFillTheFormFromAFile() {
        Document page = requests.page(iom, NEW);

        Element upload = page.selectFirst("form[action=/my/reports/new/upload]");
        assertThat(upload).isNotNull();
        assertThat(upload.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(upload.select("label[for=file]").text()).isEqualTo("Report (DOCX or PDF)");
        assertThat(upload.select("input[name=_csrf]")).hasSize(1);
        assertThat(page.select("form.report-editor")).hasSize(1);
    }

    @Test
    void aDocxFillsTheTextAndTheDateAndSuggestionsAndSavingWorkAsForATypedReport() throws Exception {
        byte[] docx = TestDocuments.docx(List.of("IOM report to the Summit Implementation Review Group", "Date: 12 March 2024",
                "IOM trained labour inspectors of Guatemala and Mexico to protect the rights of migrant workers, whatever their migratory status.",
                "The training reached 300 inspectors in border areas."));
        int before = reports();

        Document page = upload(iom, "report.docx", docx, "en", 200);

        assertThat(page.select("[role=status]").text()).contains("The form was filled in from the file, with the date found in it.");
        assertThat(page.selectFirst("#date").val()).isEqualTo("2024-03-12");
        assertThat(page.selectFirst("#originalLanguage option[selected]").val()).isEqualTo("en");
        assertThat(page.selectFirst("#body-en").text()).startsWith("IOM report to the Summit Implementation Review Group")
                .contains("whatever their migratory status.");
        assertThat(page.selectFirst("#body-en").wholeText()).contains("migratory status.\n\nThe training reached 300 inspectors");
        assertThat(reports()).as("filling the form saves nothing").isEqualTo(before);

        Map<String, String> form = editorForm(page);
        form.put("themes", String.valueOf(catalog.theme("migration").orElseThrow().id()));
        form.put("suggest", "1");
        Document suggested = ReportRequests.parse(requests.post(iom, NEW, form));
        assertThat(suggested.select(".suggestion-list li").first().text()).contains("Port of Spain 2009 ¶17");

        form.remove("suggest");
        form.put("citations", suggested.select(".suggestion-list button").first().val());
        MockHttpServletResponse saved = requests.post(iom, NEW, form);
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("""
                        select r.report_date || ' ' || r.original_lang || ' ' || d.citation_label || ' ' || p.number from report r
                        join report_citation c on c.report_id = r.id join paragraph p on p.id = c.paragraph_id
                        join document d on d.id = p.document_id where r.id = (select max(id) from report)""")
                .query(String.class).single()).isEqualTo("2024-03-12 en Port of Spain 2009 17");
    }

    @Test
    void aSpanishPdfFillsTheSpanishTextAndItsDateReadDayFirst() throws Exception {
        byte[] pdf = TestDocuments.pdf(List.of("Informe de la OIM", "Fecha: 4/2/2023",
                "La OIM capacitó a inspectores del trabajo en la protección de los derechos de los trabajadores migrantes."));

        Document page = upload(iom, "informe.pdf", pdf, "es", 200);

        assertThat(page.selectFirst("#date").val()).isEqualTo("2023-02-04");
        assertThat(page.selectFirst("#originalLanguage option[selected]").val()).isEqualTo("es");
        assertThat(page.selectFirst("#body-es").text()).contains("La OIM capacitó a inspectores del trabajo");
        assertThat(page.selectFirst("#body-en").text()).isEmpty();
    }

    @Test
    void aFileWithoutADateKeepsTodaysDateAndSaysSo() throws Exception {
        byte[] docx = TestDocuments.docx(List.of("L’OIM a formé des inspecteurs du travail au Guatemala."));

        Document page = upload(iom, "rapport.docx", docx, "fr", 200);

        assertThat(page.select("[role=status]").text()).isEqualTo(
                "The form was filled in from the file. Check the text and the date, choose themes, ask for suggested paragraphs or cite them, then save.");
        assertThat(page.selectFirst("#date").val()).isEqualTo(java.time.LocalDate.now().toString());
        assertThat(page.selectFirst("#body-fr").text()).isEqualTo("L’OIM a formé des inspecteurs du travail au Guatemala.");
    }

    @Test
    void aScannedPdfOrAnotherKindOfFileIsExplainedBesideTheFileField() throws Exception {
        Document scan = upload(iom, "scan.pdf", TestDocuments.scannedPdf(), "en", 422);
        Document image = upload(iom, "photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}, "en", 422);

        assertThat(scan.select("#error-summary a[href=#file]").text()).startsWith("This PDF has no text to read");
        assertThat(scan.select("#file-error").text()).startsWith("This PDF has no text to read");
        assertThat(scan.selectFirst("#file").attr("aria-invalid")).isEqualTo("true");
        assertThat(image.select("#file-error").text()).startsWith("Only DOCX, PDF and plain-text (UTF-8) files can be read");
        assertThat(scan.select("form.report-editor")).hasSize(1);
    }

    @Test
    void nobodySignedOutMayUpload() throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart(ReportUploadController.PATH)
                .file(new MockMultipartFile("file", "r.docx", null, TestDocuments.docx(List.of("Text.")))).with(csrf()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).contains("/login");
    }

    private Document upload(SignedInUser as, String name, byte[] bytes, String language, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart(ReportUploadController.PATH)
                        .file(new MockMultipartFile("file", name, null, bytes)).param("originalLanguage", language)
                        .header("Accept-Language", "en").with(user(as)).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(name).isEqualTo(status);
        return ReportRequests.parse(response);
    }

    /** The editor's fields as the page shows them, to post back. */
    private static Map<String, String> editorForm(Document page) {
        Map<String, String> form = new LinkedHashMap<>();
        for (Element control : page.select("form.report-editor input[name], form.report-editor textarea[name], form.report-editor select[name]")) {
            String name = control.attr("name");
            if (name.equals("_csrf") || control.is("[type=checkbox], [type=submit]") || control.is("button")) {
                continue;
            }
            String value = control.is("select") ? control.select("option[selected]").val()
                    : control.is("textarea") ? control.wholeText() : control.val();
            form.put(name, value);
        }
        return form;
    }

    private int reports() {
        return jdbc.sql("select count(*) from report").query(Integer.class).single();
    }
}
