package org.mandato.catalog;

import org.mandato.web.LocalizedText;

/**
 * A numbered paragraph of a document: a mandate. Its number is text ("17", "Education 2", "4.b"),
 * unique within the document; {@code slug} is that number made fit for a URL.
 */
public record Paragraph(long id, long documentId, String documentPath, String citationLabel,
                        String number, String slug, Long sectionId, Long parentId,
                        LocalizedText title, LocalizedText text) {

    public String path() {
        return documentPath + "/" + slug;
    }

    /** "Port of Spain 2009 ¶17", the way citations are written in lists and exports. */
    public String citation() {
        return ParagraphNumbers.citation(citationLabel, number);
    }
}
