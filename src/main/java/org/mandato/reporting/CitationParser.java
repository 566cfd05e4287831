package org.mandato.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.ParagraphNumbers;
import org.springframework.stereotype.Component;

/**
 * Reads citations written as {@code Port of Spain 2009 ¶17; VII Summit Migration ¶2}: each
 * citation is a document's citation label, an optional section word, the pilcrow and a number.
 * An empty text means "cites nothing".
 */
@Component
public class CitationParser {

    private final Catalog catalog;

    CitationParser(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The cited paragraphs in the order written; an unknown one throws an exception naming it. */
    public List<Paragraph> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Document> documents = new ArrayList<>(catalog.documents());
        // The longest label first, so that "Lima 2018 Plan" is not read as "Lima 2018" + section "Plan".
        documents.sort(Comparator.comparingInt((Document d) -> d.citationLabel().length()).reversed());
        LinkedHashSet<Paragraph> cited = new LinkedHashSet<>();
        for (String raw : text.split(";")) {
            String citation = raw.strip();
            if (!citation.isEmpty()) {
                cited.add(resolve(citation, documents));
            }
        }
        return List.copyOf(cited);
    }

    private Paragraph resolve(String citation, List<Document> documents) {
        int pilcrow = citation.lastIndexOf(ParagraphNumbers.PILCROW);
        if (pilcrow < 0) {
            throw new IllegalArgumentException("citation '" + citation + "' has no ¶ before its paragraph number");
        }
        String before = citation.substring(0, pilcrow).strip();
        String number = citation.substring(pilcrow + 1).strip();
        for (Document document : documents) {
            String label = document.citationLabel();
            if (before.equals(label) || before.startsWith(label + " ")) {
                String section = before.substring(label.length()).strip();
                String fullNumber = section.isEmpty() ? number : section + " " + number;
                Optional<Paragraph> paragraph = catalog.paragraphByCitation(label, fullNumber);
                return paragraph.orElseThrow(() -> new IllegalArgumentException(
                        "unknown paragraph '" + citation + "': " + label + " has no paragraph " + fullNumber));
            }
        }
        throw new IllegalArgumentException("unknown document in citation '" + citation + "'");
    }
}
