package org.mandato.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;

/**
 * The one rule for text that people type or that files bring in: it may not hold invisible control
 * characters. They cannot be seen or typed on purpose, a copy from another program brings them in,
 * and XML (the Atom feeds) and the compilation PDF cannot carry them. Refused:
 * <ul>
 * <li>C0 controls U+0000–U+001F, except tab, line feed and carriage return, which plain text uses;</li>
 * <li>DEL U+007F and the C1 controls U+0080–U+009F: invisible, and in practice the trace of text
 * decoded in the wrong character set (Windows-1252 read as Latin-1);</li>
 * <li>a surrogate without its pair (a broken character, which UTF-8 cannot write);</li>
 * <li>the non-characters U+FFFE and U+FFFF, which XML does not allow either.</li>
 * </ul>
 * Every form, the write API and every import check their text here; output that must stay valid
 * (XML, PDF) removes the same characters from what was stored before the rule existed.
 */
public final class ControlCharacters {

    /** The message of a refused text: its arguments are the field's label, the character (U+0007) and its position. */
    public static final String MESSAGE_KEY = "form.error.controlCharacter";

    private ControlCharacters() {
    }

    /** A refused character: its code (U+0007) and its position in the text, counted from 1. */
    public record Found(String code, int position) {
        /** "holds an invisible control character (U+0007) at character 12", for imports and API answers in English. */
        public String describe() {
            return "holds an invisible control character (" + code + ") at character " + position + "; remove it";
        }
    }

    public static boolean refused(int codePoint) {
        return (codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r')
                || (codePoint >= 0x7F && codePoint <= 0x9F)
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)
                || codePoint == 0xFFFE || codePoint == 0xFFFF;
    }

    /** The first refused character of {@code text}, if any; null holds none. */
    public static Optional<Found> firstIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            position++;
            if (refused(codePoint)) {
                return Optional.of(new Found(String.format(Locale.ROOT, "U+%04X", codePoint), position));
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    /**
     * Notes a problem on {@code field} when {@code text} holds a refused character; {@code label} is the
     * field's label as the form shows it, so the message names the field in the reader's language.
     * Answers whether the text was accepted.
     */
    public static boolean check(FormErrors errors, String field, MessageSourceResolvable label, String text) {
        Optional<Found> found = firstIn(text);
        found.ifPresent(f -> errors.add(field, MESSAGE_KEY, label, f.code(), f.position()));
        return found.isEmpty();
    }

    /** For imports: an {@link IllegalArgumentException} naming {@code where} (a column, a field) when the text holds a refused character. */
    public static void refuse(String where, String text) {
        firstIn(text).ifPresent(found -> {
            throw new IllegalArgumentException(where + ": " + found.describe());
        });
    }

    /** {@code text} without the refused characters: for writing text stored earlier into XML or a PDF. */
    public static String removedFrom(String text) {
        if (text == null || firstIn(text).isEmpty()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !refused(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
