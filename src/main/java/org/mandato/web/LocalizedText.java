package org.mandato.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One text in several languages. {@link #in(String)} picks the reader's language, else the
 * original language, else English, else any; the result says which language it is in so that a
 * page can mark text shown untranslated.
 */
public final class LocalizedText {

    private static final LocalizedText EMPTY = new LocalizedText(Map.of(), null);

    private final Map<String, String> byLanguage;
    private final String original;

    private LocalizedText(Map<String, String> byLanguage, String original) {
        this.byLanguage = byLanguage;
        this.original = original;
    }

    public static LocalizedText empty() {
        return EMPTY;
    }

    public static LocalizedText of(Map<String, String> byLanguage, String originalLanguage) {
        Map<String, String> present = new LinkedHashMap<>();
        byLanguage.forEach((lang, text) -> {
            if (text != null && !text.isBlank()) {
                present.put(lang, text);
            }
        });
        return new LocalizedText(Collections.unmodifiableMap(present), originalLanguage);
    }

    public static LocalizedText of(Map<String, String> byLanguage) {
        return of(byLanguage, null);
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    public Map<String, String> byLanguage() {
        return byLanguage;
    }

    public String originalLanguage() {
        return original;
    }

    /** The text for a reader of {@code lang}; empty text when there is none in any language. */
    public Shown in(String lang) {
        if (byLanguage.containsKey(lang)) {
            return new Shown(byLanguage.get(lang), lang, false);
        }
        for (String fallback : new String[] {original, "en"}) {
            if (fallback != null && byLanguage.containsKey(fallback)) {
                return new Shown(byLanguage.get(fallback), fallback, true);
            }
        }
        return byLanguage.entrySet().stream()
                .findFirst()
                .map(e -> new Shown(e.getValue(), e.getKey(), true))
                .orElse(new Shown("", lang, false));
    }

    /** Shorthand for the text alone, for names where the language note would be noise. */
    public String text(String lang) {
        return in(lang).text();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that
                && byLanguage.equals(that.byLanguage)
                && java.util.Objects.equals(original, that.original);
    }

    @Override
    public int hashCode() {
        return byLanguage.hashCode();
    }

    @Override
    public String toString() {
        return byLanguage.toString();
    }

    /** A text as shown: its words, their language, and whether it is not the reader's language. */
    public record Shown(String text, String lang, boolean untranslated) {
        public boolean isBlank() {
            return text.isBlank();
        }
    }
}
