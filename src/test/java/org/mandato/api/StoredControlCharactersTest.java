package org.mandato.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mandato.MandatoWriteTest;
import org.mandato.national.NationalImport;
import org.mandato.reporting.ReportImport;
import org.mandato.reporting.ReportStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.mandato.accounts.TestUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;

/**
 * Text stored before input refused control characters, or written straight into the database,
 * still leaves every feed a document an XML parser reads and the compilation a PDF: the
 * characters are left out of the output, and a pack exported from it loads back.
 */
@MandatoWriteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredControlCharactersTest {

    static final String BODY = "The bank lent to 12\u0007 ports\u0008 and\u001B 3 airports\u0085.";
    static final String BODY_AS_SHOWN = "The bank lent to 12 ports and 3 airports.";
    static final String GOALS = "Open\u000B every\u0002 border post by 2027.";

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportImport reports;
    @Autowired
    NationalImport national;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @BeforeAll
    void storeTextsWithControlCharacters() {
        transactions.executeWithoutResult(status -> {
            long id = reports.report(new ReportImport.ReportEntry("stored-control-characters", "cdb", LocalDate.of(2021, 9, 9), "en",
                    ReportStatus.PUBLISHED, List.of("health"), "", Map.of("en", "Ports"), Map.of("en", "Written cleanly at first.")));
            jdbc.sql("update report_text set body = :body, title = :title where report_id = :id and lang = 'en'")
                    .param("body", BODY).param("title", "Ports\u0001").param("id", id).update();
            national.entry(new NationalImport.EntryRow("demo-2026", "ht", ReportStatus.PUBLISHED, LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 3, 2), "viii/lima-commitment", "7", "in_progress", "Written cleanly at first.", null, null, null));
            jdbc.sql("""
                            update national_entry set goals = :goals where national_report_id =
                              (select r.id from national_report r join actor a on a.id = r.country_id
                               join reporting_cycle c on c.id = r.cycle_id where a.code = 'ht' and c.slug = 'demo-2026')""")
                    .param("goals", GOALS).update();
        });
    }

    @Test
    void theReportFeedsStayWellFormedXml() throws Exception {
        Document xml = parse("/feeds/institutions/cdb.atom");
        assertThat(xml.getElementsByTagName("content").item(0).getTextContent()).isEqualTo(BODY_AS_SHOWN);
    }

    @Test
    void theNationalReportFeedsStayWellFormedXml() throws Exception {
        for (String feed : List.of("/feeds/countries/ht/national-reports.atom", "/feeds/national-reports.atom")) {
            assertThat(parse(feed).getDocumentElement().getTextContent()).as(feed).contains("Open every border post by 2027.");
        }
    }

    @Test
    void theCompilationPdfIsMadeWithoutTheCharacters() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/compilation.pdf?from=2021-09-01&to=2021-09-30&language=en"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(BODY_AS_SHOWN);
        }
    }

    @Test
    void theFullPackLeavesThemOutAndLoadsBack() throws Exception {
        byte[] pack = mvc.perform(get("/secretariat/export/pack.zip").with(user(TestUsers.secretariat())))
                .andReturn().getResponse().getContentAsByteArray();

        MockHttpServletResponse loaded = mvc.perform(multipart("/secretariat/import/pack")
                        .file(new MockMultipartFile("file", "pack.zip", "application/zip", pack))
                        .with(user(TestUsers.secretariat())).with(csrf()))
                .andReturn().getResponse();

        assertThat(loaded.getStatus()).as(loaded.getContentAsString()).isEqualTo(200);
        assertThat(jdbc.sql("""
                        select t.body from report_text t join report r on r.id = t.report_id
                        where r.external_key = 'stored-control-characters' and t.lang = 'en'""")
                .query(String.class).single()).isEqualTo(BODY_AS_SHOWN);
    }

    private Document parse(String feed) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(feed)).andReturn().getResponse();
        assertThat(response.getStatus()).as(feed).isEqualTo(200);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
    }
}
