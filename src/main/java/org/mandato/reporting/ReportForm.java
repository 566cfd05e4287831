package org.mandato.reporting;

import java.util.List;
import java.util.Map;

/**
 * A report editor's form as typed: nothing here is trusted. {@code author} is only read from the
 * Secretariat; {@code version} is the version the writer started from.
 */
public record ReportForm(String date, String originalLanguage, Map<String, String> titles, Map<String, String> bodies,
                         List<String> themeIds, String citations, String author, Integer version) {

    /** The languages a report may be written or translated in. */
    public static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr");

    public static final int MAX_BODY_LENGTH = 50_000;
    public static final int MAX_TITLE_LENGTH = 300;

    /** The title in {@code lang}; empty when there is none (a program may send a language with null). */
    public String title(String lang) {
        String title = titles.get(lang);
        return title == null ? "" : title;
    }

    public String body(String lang) {
        String body = bodies.get(lang);
        return body == null ? "" : body;
    }

    public boolean hasTheme(long id) {
        return themeIds.contains(String.valueOf(id));
    }
}
