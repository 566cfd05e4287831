package org.mandato.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF, in reading order, as paragraphs of lines: PDFBox marks where it sees a
 * paragraph end (a larger gap, an indent), and each becomes a blank line between paragraphs. A PDF
 * without a text layer (a scan) gives no text, which the caller reports.
 */
final class PdfText {

    /** A line that separates paragraphs; no text holds it. */
    private static final String PARAGRAPH_END = "\u2029";

    private PdfText() {
    }

    static List<List<String>> read(byte[] bytes) {
        String text;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n" + PARAGRAPH_END + "\n");
            stripper.setPageEnd("\n" + PARAGRAPH_END + "\n");
            text = stripper.getText(document);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocument("upload.error.encrypted", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocument("upload.error.pdf", e);
        }
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String cleaned = line.replace('\u00a0', ' ').strip();
            if (cleaned.equals(PARAGRAPH_END) || cleaned.isEmpty()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(cleaned);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }
}
