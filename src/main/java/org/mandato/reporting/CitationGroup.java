package org.mandato.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mandato.catalog.Paragraph;
import org.mandato.catalog.ParagraphNumbers;

/** The paragraphs a report cites in one document: "Port of Spain 2009: ¶17, ¶23". */
public record CitationGroup(String documentLabel, String documentPath, List<Paragraph> paragraphs) {

    static List<CitationGroup> of(List<Paragraph> citations) {
        Map<String, List<Paragraph>> byDocument = new LinkedHashMap<>();
        for (Paragraph paragraph : citations) {
            byDocument.computeIfAbsent(paragraph.citationLabel(), k -> new ArrayList<>()).add(paragraph);
        }
        return byDocument.values().stream()
                .map(paragraphs -> {
                    List<Paragraph> ordered = new ArrayList<>(paragraphs);
                    ordered.sort((a, b) -> ParagraphNumbers.NATURAL_ORDER.compare(a.number(), b.number()));
                    Paragraph first = ordered.get(0);
                    return new CitationGroup(first.citationLabel(), first.documentPath(), List.copyOf(ordered));
                })
                .toList();
    }
}
