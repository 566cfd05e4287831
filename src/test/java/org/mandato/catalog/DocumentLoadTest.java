package org.mandato.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoWriteTest;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.CatalogImport.DocumentEntry;
import org.mandato.catalog.CatalogImport.SummitEntry;
import org.mandato.extraction.TestDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Secretariat loads a new summit's declaration from a file: Mandato proposes its numbered
 * paragraphs beside the source, the corrected proposal is saved in one step, and the same document
 * in another language fills that language's text by number, or saves nothing when numbers differ.
 * Every document here is made by the test (DOCX with POI, PDF with PDFBox).
 */
@MandatoWriteTest
@TestPropertySource(properties =
        "spring.datasource.url=jdbc:h2:mem:document-load;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class DocumentLoadTest {

    static final AtomicInteger DOCUMENTS = new AtomicInteger();

    static final List<String> ENGLISH = List.of(
            "Declaration of Punta Cana",
            "We, the Heads of State and Government of the Americas, meeting in Punta Cana,",
            "A. Resilient health systems",
            "1. We will strengthen primary health care in every country of the region.",
            "2. We will train and retain health workers, in particular in rural areas:",
            "a) with scholarships for nurses;",
            "b) with incentives to serve in remote communities.",
            "B. Migration",
            "3. We will protect the human rights of all migrants, whatever their status.");

    static final List<String> SPANISH = List.of(
            "Declaración de Punta Cana",
            "Nosotros, los Jefes de Estado y de Gobierno de las Américas, reunidos en Punta Cana,",
            "A. Sistemas de salud resilientes",
            "1. Fortaleceremos la atención primaria de salud en todos los países de la región.",
            "2. Formaremos y retendremos trabajadores de salud, en particular en zonas rurales:",
            "a) con becas para enfermeras;",
            "b) con incentivos para servir en comunidades remotas.",
            "B. Migración",
            "3. Protegeremos los derechos humanos de todos los migrantes, cualquiera que sea su condición.");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CatalogImport catalogImport;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestUsers users;

    long document;
    String load;

    @BeforeEach
    void aNewSummitWithAnEmptyDeclaration() {
        int n = DOCUMENTS.incrementAndGet();
        transactions.executeWithoutResult(status -> {
            catalogImport.summit(new SummitEntry("x", 10, "Punta Cana", "DO", null, null, null,
                    Map.of("en", "Tenth Summit of the Americas"), Map.of()), 20);
            catalogImport.document(new DocumentEntry("x", "declaration-" + n, "declaration", LocalDate.of(2025, 12, 5), null,
                    "Punta Cana " + n, Map.of("en", "Declaration of Punta Cana " + n)), n);
        });
        document = jdbc.sql("select id from document where slug = :slug").param("slug", "declaration-" + n).query(Long.class).single();
        load = "/secretariat/catalog/documents/" + document + "/load";
    }

    @Test
    void aDocxIsProposedBesideItsSourceAndSavedWithItsSectionsAndSubItems() throws Exception {
        Document proposal = upload("declaration.docx", TestDocuments.docx(ENGLISH), "en", 200);

        assertThat(proposal.select("h1").text()).isEqualTo("Load the text of Declaration of Punta Cana " + DOCUMENTS.get());
        assertThat(proposal.select(".load-source li")).hasSize(9);
        assertThat(proposal.select("#source-1").text()).contains("We, the Heads of State", "(not proposed: it has no number)");
        assertThat(proposal.select("#source-2").text()).isEqualTo("A. Resilient health systems (a section heading)");
        assertThat(proposal.select("input[name^=number-]").eachAttr("value")).containsExactly("1", "2", "2.a", "2.b", "3");
        assertThat(proposal.select("input[name^=sectionName-]").eachAttr("value")).containsExactly("Resilient health systems", "Migration");
        assertThat(proposal.select("#section-4 option[selected]").val()).isEqualTo("b");
        assertThat(proposal.select("#text-1").text()).isEqualTo("We will train and retain health workers, in particular in rural areas:");
        assertThat(proposal.select(".load-row a[href=#source-4]")).hasSize(1);

        MockHttpServletResponse saved = save(formOf(proposal).with("number-4", "3").with("text-4",
                "We will protect the human rights of all migrants, whatever their migratory status."));

        assertThat(saved.getRedirectedUrl()).isEqualTo("/secretariat/catalog/documents/" + document + "/paragraphs?saved=true");
        assertThat(paragraphs("en")).containsExactly(
                tuple("1", "a", null, "We will strengthen primary health care in every country of the region."),
                tuple("2", "a", null, "We will train and retain health workers, in particular in rural areas:"),
                tuple("2.a", "a", "2", "with scholarships for nurses;"),
                tuple("2.b", "a", "2", "with incentives to serve in remote communities."),
                tuple("3", "b", null, "We will protect the human rights of all migrants, whatever their migratory status."));
        Document published = Jsoup.parse(mvc.perform(get("/summits/x/declaration-" + DOCUMENTS.get() + "/2-a"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(published.select("h1").text()).isEqualTo("Punta Cana " + DOCUMENTS.get() + " ¶2.a");
    }

    @Test
    void theSameDocumentInSpanishAsPdfFillsTheSpanishTextByNumberAndPortugueseAndFrenchFollow() throws Exception {
        save(formOf(upload("declaration.docx", TestDocuments.docx(ENGLISH), "en", 200)));

        Document spanish = upload("declaracion.pdf", TestDocuments.pdf(SPANISH), "es", 200);
        assertThat(spanish.select(".notice").text()).contains("already has 5 paragraphs");
        assertThat(spanish.select("#mismatch")).isEmpty();
        assertThat(spanish.select("input[name^=number-]").eachAttr("value")).containsExactly("1", "2", "2.a", "2.b", "3");
        assertThat(spanish.select("input[name^=sectionCode-]").eachAttr("value")).containsExactly("a", "b");
        save(formOf(spanish));
        save(formOf(upload("declaracao.txt", String.join("\n\n", List.of("A. Sistemas de saúde resilientes",
                "1. Fortaleceremos a atenção primária à saúde.", "2. Formaremos trabalhadores de saúde:", "a) com bolsas para enfermeiros;",
                "b) com incentivos para servir em comunidades remotas.", "B. Migração",
                "3. Protegeremos os direitos humanos de todos os migrantes.")).getBytes(StandardCharsets.UTF_8), "pt", 200)));
        save(formOf(upload("declaration-fr.docx", TestDocuments.docxWithWordNumbering(List.of("- Déclaration de Punta Cana",
                "0 Nous renforcerons les soins de santé primaires.", "0 Nous formerons des agents de santé :",
                "1 par des bourses pour les infirmières ;", "1 par des incitations à servir dans les communautés éloignées.",
                "0 Nous protégerons les droits humains de tous les migrants.")), "fr", 200)));

        assertThat(paragraphs("es")).extracting(t -> t.toList().get(3)).containsExactly(
                "Fortaleceremos la atención primaria de salud en todos los países de la región.",
                "Formaremos y retendremos trabajadores de salud, en particular en zonas rurales:",
                "con becas para enfermeras;", "con incentivos para servir en comunidades remotas.",
                "Protegeremos los derechos humanos de todos los migrantes, cualquiera que sea su condición.");
        assertThat(paragraphs("en")).extracting(t -> t.toList().get(0)).containsExactly("1", "2", "2.a", "2.b", "3");
        assertThat(paragraphs("en").get(0).toList().get(3)).isEqualTo("We will strengthen primary health care in every country of the region.");
        assertThat(paragraphs("pt").get(4).toList().get(3)).isEqualTo("Protegeremos os direitos humanos de todos os migrantes.");
        assertThat(paragraphs("fr").get(2).toList().get(3)).isEqualTo("par des bourses pour les infirmières ;");
        assertThat(jdbc.sql("select lang || ' ' || name from document_section_text t join document_section s on s.id = t.section_id "
                        + "where s.document_id = :d and s.code = 'b' order by lang").param("d", document).query(String.class).list())
                .containsExactly("en Migration", "es Migración", "pt Migração");
    }

    @Test
    void anUploadWhoseNumbersDifferIsReportedAndSavesNothing() throws Exception {
        save(formOf(upload("declaration.docx", TestDocuments.docx(ENGLISH), "en", 200)));
        List<String> shortened = SPANISH.stream().filter(line -> !line.startsWith("b)"))
                .map(line -> line.startsWith("3.") ? line.replace("3.", "4.") : line).toList();
        List<Map<String, Object>> before = texts();

        Document spanish = upload("declaracion.pdf", TestDocuments.pdf(shortened), "es", 200);
        assertThat(spanish.select("#mismatch").text()).contains("The document has these numbers and the upload does not: 2.b, 3",
                "The upload has these numbers and the document does not: 4");
        MockHttpServletResponse refused = send(formOf(spanish));
        Document page = Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(page.select("#error-summary a").eachText()).containsExactly(
                "The document’s paragraphs 2.b, 3 are not in this upload, so nothing was saved. Give those numbers to the right paragraphs, or upload the whole document.",
                "The document has no paragraph 4: correct the number or leave this paragraph out.");
        assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#rows", "#number-3");
        assertThat(page.select(".load-source li")).hasSize(8);
        assertThat(texts()).isEqualTo(before);
    }

    @Test
    void aScannedPdfAnOldWordFileAndAFileWithoutNumbersAreExplained() throws Exception {
        assertThat(upload("scan.pdf", TestDocuments.scannedPdf(), "en", 422).select("#file-error").text())
                .isEqualTo("This PDF has no text to read: it looks like a scanned image. Upload the DOCX, or a PDF with text (run the scan through text recognition first).");
        assertThat(upload("old.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, "en", 422).select("#file-error").text())
                .startsWith("This is a Word 97–2003 file (.doc)");
        assertThat(upload("notes.txt", "Just a few words.".getBytes(StandardCharsets.UTF_8), "en", 422).select("#file-error").text())
                .startsWith("No numbered paragraph was found in this file");
        assertThat(paragraphs("en")).isEmpty();
    }

    @Test
    void aCorrectionWithControlCharactersOrARepeatedNumberSavesNothing() throws Exception {
        Form form = formOf(upload("declaration.docx", TestDocuments.docx(ENGLISH), "en", 200));

        Document controls = Jsoup.parse(send(form.with("text-0", "Primary care\u0007 for all.")).getContentAsString(StandardCharsets.UTF_8));
        Document repeated = Jsoup.parse(send(form.with("number-1", "1.")).getContentAsString(StandardCharsets.UTF_8));
        Document forged = Jsoup.parse(send(form.with("rows", "999999999")).getContentAsString(StandardCharsets.UTF_8));

        assertThat(controls.select("#text-0-error").text()).contains("control characters");
        assertThat(controls.select("#text-0").text()).isEqualTo("Primary care\u0007 for all.");
        assertThat(repeated.select("#number-1-error").text()).contains("The number 1. makes the same web address as 1 above");
        assertThat(forged.select("#rows-error").text()).contains("at most 3,000 paragraphs");
        assertThat(paragraphs("en")).isEmpty();
    }

    @Test
    void onlyTheSecretariatLoadsDocuments() throws Exception {
        var reporter = user(users.reporterFor("iom"));

        assertThat(mvc.perform(get(load).with(reporter)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(multipart(load).file(new MockMultipartFile("file", "d.docx", null, TestDocuments.docx(ENGLISH)))
                .param("language", "en").with(reporter).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(load).with(user(TestUsers.secretariat()))).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private Document upload(String name, byte[] bytes, String language, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart(load).file(new MockMultipartFile("file", name, null, bytes))
                        .param("language", language).header("Accept-Language", "en")
                        .with(user(TestUsers.secretariat())).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(name).isEqualTo(status);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse save(Form form) throws Exception {
        MockHttpServletResponse response = send(form);
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);
        return response;
    }

    private MockHttpServletResponse send(Form form) throws Exception {
        MockHttpServletRequestBuilder request = post(load + "/save").header("Accept-Language", "en")
                .with(user(TestUsers.secretariat())).with(csrf());
        form.values().forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The proposal form as the page shows it, as a browser would send it. */
    private static Form formOf(Document page) {
        Element form = page.selectFirst("form[action$=/load/save]");
        assertThat(form).as("the proposal form").isNotNull();
        Form values = Form.of();
        for (Element control : form.select("input[name], textarea[name], select[name]")) {
            String name = control.attr("name");
            if (name.equals("_csrf") || (control.is("[type=checkbox]") && !control.hasAttr("checked"))) {
                continue;
            }
            String value = control.is("select") ? control.select("option[selected]").val()
                    : control.is("textarea") ? control.wholeText() : control.val();
            values = values.plus(name, value);
        }
        return values;
    }

    /** Number, section code, parent number and text in {@code lang} of every paragraph of the document, in order. */
    private List<org.assertj.core.groups.Tuple> paragraphs(String lang) {
        return jdbc.sql("""
                        select p.number, s.code, parent.number as parent, t.body from paragraph p
                        left join document_section s on s.id = p.section_id
                        left join paragraph parent on parent.id = p.parent_id
                        left join paragraph_text t on t.paragraph_id = p.id and t.lang = :lang
                        where p.document_id = :d order by p.sort_order""")
                .param("d", document).param("lang", lang)
                .query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    private List<Map<String, Object>> texts() {
        return jdbc.sql("select t.* from paragraph_text t join paragraph p on p.id = t.paragraph_id where p.document_id = :d "
                + "order by t.paragraph_id, t.lang").param("d", document).query().listOfRows();
    }

    /** Form fields to post, in order; {@link #with} answers a copy with one field replaced. */
    record Form(List<Map.Entry<String, String>> entries) {

        static Form of() {
            return new Form(List.of());
        }

        Form plus(String name, String value) {
            var copy = new java.util.ArrayList<>(entries);
            copy.add(Map.entry(name, value));
            return new Form(copy);
        }

        Form with(String name, String value) {
            var copy = new java.util.ArrayList<>(entries.stream().filter(e -> !e.getKey().equals(name)).toList());
            copy.add(Map.entry(name, value));
            return new Form(copy);
        }

        Map<String, List<String>> values() {
            Map<String, List<String>> values = new java.util.LinkedHashMap<>();
            entries.forEach(e -> values.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
            return values;
        }
    }
}
