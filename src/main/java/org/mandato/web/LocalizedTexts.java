package org.mandato.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups rows of a {@code *_text} table (owner id, language, one column per field) into one
 * {@link LocalizedText} per owner and field.
 */
public final class LocalizedTexts {

    private final Map<Long, Map<String, Map<String, String>>> byOwner = new HashMap<>();
    private final Map<Long, String> originals = new HashMap<>();

    private LocalizedTexts() {
    }

    /** {@code rows} carry the columns {@code ownerColumn}, {@code lang} and each of {@code fields}. */
    public static LocalizedTexts collect(List<Map<String, Object>> rows, String ownerColumn, String... fields) {
        LocalizedTexts texts = new LocalizedTexts();
        for (Map<String, Object> row : rows) {
            long owner = ((Number) row.get(ownerColumn)).longValue();
            String lang = (String) row.get("lang");
            Map<String, Map<String, String>> ownerFields = texts.byOwner.computeIfAbsent(owner, k -> new HashMap<>());
            for (String field : fields) {
                Object value = row.get(field);
                ownerFields.computeIfAbsent(field, k -> new HashMap<>()).put(lang, value == null ? null : value.toString());
            }
        }
        return texts;
    }

    /** Marks the original language of each owner's texts, for the "(original in …)" note. */
    public LocalizedTexts withOriginals(Map<Long, String> originalLanguageByOwner) {
        originals.putAll(originalLanguageByOwner);
        return this;
    }

    public LocalizedText get(long owner, String field) {
        Map<String, String> values = byOwner.getOrDefault(owner, Map.of()).get(field);
        return values == null ? LocalizedText.empty() : LocalizedText.of(values, originals.get(owner));
    }
}
