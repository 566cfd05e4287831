package org.mandato.reporting;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a report says, as stored and as compared between versions: its date, its original
 * language, its title and text per language, its themes and the paragraphs it cites.
 */
public record ReportContent(LocalDate date, String originalLanguage, Map<String, String> titles,
                            Map<String, String> bodies, Set<Long> themeIds, Set<Long> paragraphIds) {

    public ReportContent {
        titles = nonBlank(titles);
        bodies = nonBlank(bodies);
        themeIds = Set.copyOf(new TreeSet<>(themeIds));
        paragraphIds = Set.copyOf(new TreeSet<>(paragraphIds));
    }

    private static Map<String, String> nonBlank(Map<String, String> texts) {
        Map<String, String> kept = new TreeMap<>();
        texts.forEach((lang, text) -> {
            if (text != null && !text.isBlank()) {
                kept.put(lang, text.strip());
            }
        });
        return Map.copyOf(kept);
    }

    /** Texts in the shape {@link org.mandato.web.TextTables} writes: field → language → text. */
    Map<String, Map<String, String>> textTable() {
        return Map.of("title", titles, "body", bodies);
    }
}
