package org.mandato.extraction;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Documents written by the tests themselves: DOCX with Apache POI (typed numbers or Word's own
 * numbering), PDF with PDFBox (a text layer, wrapped lines, or only an image, as a scan), so that
 * no test depends on a file it did not make.
 */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** A DOCX with one paragraph per line given; a line starting with "#" is a heading (style Heading1). */
    public static byte[] docx(List<String> paragraphs) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                XWPFParagraph paragraph = document.createParagraph();
                if (text.startsWith("#")) {
                    paragraph.setStyle("Heading1");
                    text = text.substring(1).strip();
                }
                paragraph.createRun().setText(text);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A DOCX whose items are numbered by Word ("1.", "2." at level 0, "a)", "b)" at level 1): each
     * entry is the level followed by the text, e.g. "0 We will…" or "1 strengthen…"; "-" starts a
     * paragraph without numbering.
     */
    public static byte[] docxWithWordNumbering(List<String> items) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ZERO);
            level(abstractNum, 0, STNumberFormat.DECIMAL, "%1.");
            level(abstractNum, 1, STNumberFormat.LOWER_LETTER, "%2)");
            XWPFNumbering numbering = document.createNumbering();
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
            BigInteger numId = numbering.addNum(abstractId);
            for (String item : items) {
                XWPFParagraph paragraph = document.createParagraph();
                if (!item.startsWith("-")) {
                    paragraph.setNumID(numId);
                    paragraph.setNumILvl(BigInteger.valueOf(Integer.parseInt(item.substring(0, 1))));
                }
                paragraph.createRun().setText(item.substring(2));
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void level(CTAbstractNum abstractNum, int level, STNumberFormat.Enum format, String text) {
        CTLvl lvl = abstractNum.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    /** A PDF with a text layer: each string a paragraph, wrapped at about 80 characters, paragraphs a line apart. */
    public static byte[] pdf(List<String> paragraphs) {
        return pdf(paragraphs, null);
    }

    /** The same, protected by a password that is needed to open it. */
    public static byte[] protectedPdf(List<String> paragraphs) {
        return pdf(paragraphs, "secret");
    }

    private static byte[] pdf(List<String> paragraphs, String password) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = null;
            PDPageContentStream content = null;
            float y = 0;
            for (String paragraph : paragraphs) {
                for (String line : wrapped(paragraph, 80)) {
                    if (page == null || y < 60) {
                        if (content != null) {
                            content.close();
                        }
                        page = new PDPage(PDRectangle.A4);
                        document.addPage(page);
                        content = new PDPageContentStream(document, page);
                        y = 780;
                    }
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(60, y);
                    content.showText(line);
                    content.endText();
                    y -= 14;
                }
                y -= 20;
            }
            if (content != null) {
                content.close();
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF like a scanned page: one image of printed lines, and no text layer at all. */
    public static byte[] scannedPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage scan = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = scan.createGraphics();
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, 600, 800);
            graphics.setColor(Color.DARK_GRAY);
            for (int line = 0; line < 30; line++) {
                graphics.fillRect(50, 60 + line * 22, 400 + (line * 37) % 100, 8);
            }
            graphics.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrapped(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
