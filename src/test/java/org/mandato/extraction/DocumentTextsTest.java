package org.mandato.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;

/** Uploaded DOCX, PDF and text files read into paragraphs, and every file that cannot be read named. */
class DocumentTextsTest {

    final DocumentTexts texts = new DocumentTexts();

    @Test
    void aDocxGivesOneLinePerParagraphInOrder() {
        byte[] docx = TestDocuments.docx(List.of("#Declaration of Punta Cana", "1. We, the Heads of State, reaffirm our commitment.",
                "17. We will protect the human rights of migrants, whatever their status."));

        ExtractedText text = read("declaration.docx", docx);

        assertThat(text.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(text.paragraphs()).containsExactly(List.of("Declaration of Punta Cana"),
                List.of("1. We, the Heads of State, reaffirm our commitment."),
                List.of("17. We will protect the human rights of migrants, whatever their status."));
    }

    @Test
    void wordsOwnNumberingIsCountedAndShownBeforeTheText() {
        byte[] docx = TestDocuments.docxWithWordNumbering(List.of("- Preamble without a number.", "0 First mandate.",
                "1 first sub-item;", "1 second sub-item.", "0 Second mandate.", "1 its own first sub-item."));

        assertThat(read("numbered.docx", docx).paragraphs()).extracting(p -> p.get(0)).containsExactly(
                "Preamble without a number.", "1. First mandate.", "a) first sub-item;", "b) second sub-item.",
                "2. Second mandate.", "a) its own first sub-item.");
    }

    @Test
    void aPdfGivesItsParagraphsWithTheirWrappedLinesAndItsAccents() {
        String long17 = "17. Protegeremos los derechos humanos de todos los migrantes, incluidos los trabajadores migrantes y sus familias, "
                + "cualquiera que sea su condición migratoria.";
        byte[] pdf = TestDocuments.pdf(List.of("Declaración de Punta Cana", long17, "18. Fortaleceremos la cooperación en salud."));

        ExtractedText text = read("declaracion.pdf", pdf);

        assertThat(text.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(text.paragraphs()).hasSize(3);
        assertThat(text.paragraphs().get(1)).hasSizeGreaterThan(1);
        assertThat(ExtractedText.joined(text.paragraphs().get(1))).isEqualTo(long17);
        assertThat(text.text()).startsWith("Declaración de Punta Cana\n\n17. Protegeremos").endsWith("18. Fortaleceremos la cooperación en salud.");
    }

    @Test
    void plainTextIsReadAsUtf8WithBlankLinesBetweenParagraphs() {
        byte[] text = "Déclaration\r\n\r\n1. Nous protégerons\r\nles migrants.\r\n\r\n2. Nous agirons.\r\n".getBytes(StandardCharsets.UTF_8);

        assertThat(read("declaration.txt", text).paragraphs())
                .containsExactly(List.of("Déclaration"), List.of("1. Nous protégerons", "les migrants."), List.of("2. Nous agirons."));
    }

    @Test
    void aScannedPdfWithoutATextLayerIsExplainedWithoutACrash() {
        assertThat(problem("scan.pdf", TestDocuments.scannedPdf())).isEqualTo("upload.error.noTextLayer");
    }

    @Test
    void aPasswordProtectedDamagedOrForeignFileIsNamed() {
        byte[] pdf = TestDocuments.pdf(List.of("1. Text."));
        byte[] damaged = java.util.Arrays.copyOf(pdf, 40);
        byte[] oldWord = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        byte[] notDocx = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};

        assertThat(problem("protected.pdf", TestDocuments.protectedPdf(List.of("1. Secret.")))).isEqualTo("upload.error.encrypted");
        assertThat(problem("damaged.pdf", damaged)).isEqualTo("upload.error.pdf");
        assertThat(problem("old.doc", oldWord)).isEqualTo("upload.error.oldWord");
        assertThat(problem("image.png", image)).isEqualTo("upload.error.format");
        assertThat(problem("archive.docx", notDocx)).isEqualTo("upload.error.docx");
        assertThat(problem("latin1.txt", "D\u00e9claration".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("upload.error.format");
    }

    @Test
    void anEmptyOrMissingFileIsNamed() {
        assertThat(problem("empty.docx", new byte[0])).isEqualTo("upload.error.empty");
        assertThat(problem("blank.txt", " \n\n ".getBytes(StandardCharsets.UTF_8))).isEqualTo("upload.error.empty");
        assertThat(catchThrowableOfType(UnreadableDocument.class, () -> texts.read("", 0, null)).key()).isEqualTo("upload.error.noFile");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() {
        InputStreamSource unread = () -> {
            throw new IOException("a file over the limit must not be read");
        };

        UnreadableDocument refused = catchThrowableOfType(UnreadableDocument.class,
                () -> texts.read("huge.pdf", 50L * 1024 * 1024, unread));

        assertThat(refused.key()).isEqualTo("upload.error.tooLarge");
        assertThat(refused.args()).containsExactly(50.0, 20L);
    }

    private ExtractedText read(String name, byte[] bytes) {
        return texts.read(name, bytes.length, new ByteArrayResource(bytes));
    }

    private String problem(String name, byte[] bytes) {
        return catchThrowableOfType(UnreadableDocument.class, () -> read(name, bytes)).key();
    }
}
