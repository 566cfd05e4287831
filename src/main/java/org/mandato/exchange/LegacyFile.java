package org.mandato.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamSource;

/**
 * The bytes of a saved legacy page made text: refused when too large (before a byte is read), empty,
 * or not text. Pages were saved as UTF-8 or, by older browsers, as Windows-1252.
 */
final class LegacyFile {

    /** The largest page taken; the biggest legacy page (an institution with every theme) is far below it. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text of the file, or the one problem that keeps it from being read. */
    record Read(String text, LegacyProblem problem) {}

    private LegacyFile() {
    }

    static Read read(String name, long size, InputStreamSource source) {
        if (source == null || (size == 0 && (name == null || name.isBlank()))) {
            return failed("legacy.error.noFile");
        }
        if (size > MAX_BYTES) {
            return tooLarge(size);
        }
        byte[] bytes;
        try (InputStream in = source.getInputStream()) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            return failed("legacy.error.unreadable", name == null ? "" : name);
        }
        if (bytes.length > MAX_BYTES) {
            return tooLarge(bytes.length);
        }
        for (byte b : bytes) {
            if (b == 0) {
                return failed("legacy.error.binary");
            }
        }
        String text = decode(bytes);
        if (text == null || hasControlCharacters(text)) {
            return failed("legacy.error.binary");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return failed("legacy.error.empty");
        }
        return new Read(text, null);
    }

    private static String decode(byte[] bytes) {
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, WINDOWS_1252}) {
            try {
                return charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                // not this encoding; try the next one
            }
        }
        return null;
    }

    /** Text has line breaks and tabs; other control characters mean the bytes were not text. */
    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                || (c >= 0x7f && c <= 0x9f));
    }

    private static Read tooLarge(long size) {
        double megabytes = Math.round(size * 10.0 / (1024 * 1024)) / 10.0;
        return failed("legacy.error.tooLarge", megabytes, MAX_BYTES / (1024 * 1024));
    }

    private static Read failed(String key, Object... args) {
        return new Read(null, LegacyProblem.of(LegacyProblem.FILE, key, args));
    }
}
