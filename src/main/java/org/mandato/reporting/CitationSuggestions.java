package org.mandato.reporting;

import java.util.List;
import java.util.Set;

import org.mandato.catalog.Paragraph;

/**
 * Ranks the paragraphs a report's text most likely serves. Reporting owns the need; the search
 * module provides the ranking, so reporting never depends on the index.
 */
public interface CitationSuggestions {

    /** One suggested paragraph with the words of the report that it matched. */
    record Suggestion(Paragraph paragraph, List<String> matchedWords) {}

    List<Suggestion> suggest(String text, String language, Set<Long> themeIds, int limit);
}
