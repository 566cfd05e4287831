package org.mandato.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;

/**
 * Reads the text of an uploaded DOCX, PDF or plain-text (UTF-8) file. The kind is told by the
 * file's first bytes, not its name. A file over {@link #MAX_BYTES} is refused before it is read;
 * an empty file, another kind of file, a damaged or password-protected one, or a PDF without a text
 * layer (a scan) throws {@link UnreadableDocument} with a message saying so.
 */
@Service
public class DocumentTexts {

    /** The largest file taken: a summit's plan of action as PDF is a few megabytes. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** Word 97–2003 (.doc) and other OLE2 files. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    public static long maxMegabytes() {
        return MAX_BYTES / (1024 * 1024);
    }

    public ExtractedText read(String fileName, long size, InputStreamSource content) {
        String name = fileName == null ? "" : fileName.strip();
        if (content == null || (size == 0 && name.isEmpty())) {
            throw new UnreadableDocument("upload.error.noFile");
        }
        if (size > MAX_BYTES) {
            throw tooLarge(size);
        }
        byte[] bytes;
        try (InputStream in = content.getInputStream()) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UnreadableDocument("upload.error.unreadable", e, name);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(bytes.length);
        }
        if (bytes.length == 0) {
            throw new UnreadableDocument("upload.error.empty");
        }
        ExtractedText text;
        if (startsWith(bytes, PDF)) {
            text = new ExtractedText(name, DocumentFormat.PDF, PdfText.read(bytes));
            if (text.paragraphs().isEmpty()) {
                throw new UnreadableDocument("upload.error.noTextLayer");
            }
            return text;
        }
        if (startsWith(bytes, ZIP)) {
            text = new ExtractedText(name, DocumentFormat.DOCX, DocxText.read(bytes));
        } else if (startsWith(bytes, OLE2)) {
            throw new UnreadableDocument("upload.error.oldWord");
        } else {
            text = new ExtractedText(name, DocumentFormat.TEXT, plainText(bytes));
        }
        if (text.paragraphs().isEmpty()) {
            throw new UnreadableDocument("upload.error.empty");
        }
        return text;
    }

    /** UTF-8 text, paragraphs separated by blank lines; anything else with control characters is not text. */
    private static List<List<String>> plainText(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocument("upload.error.format");
        }
        if (text.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || (c >= 0x7f && c <= 0x9f))) {
            throw new UnreadableDocument("upload.error.format");
        }
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.replace("\uFEFF", "").split("\r\n|\r|\n|\f", -1)) {
            String cleaned = line.replace('\u00a0', ' ').replace('\t', ' ').strip();
            if (cleaned.isEmpty()) {
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

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static UnreadableDocument tooLarge(long size) {
        double megabytes = Math.round(size * 10.0 / (1024 * 1024)) / 10.0;
        return new UnreadableDocument("upload.error.tooLarge", megabytes, maxMegabytes());
    }

    /** The extensions the upload fields suggest, for their {@code accept} attribute. */
    public static String accepted() {
        return ".docx,.pdf,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
                .toLowerCase(Locale.ROOT);
    }
}
