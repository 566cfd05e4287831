package org.mandato.catalog;

import java.util.List;

/**
 * What Mandato proposes from an uploaded document: its sections, its numbered paragraphs (each with
 * the index of the source paragraph it starts in), the source's paragraphs as text (shown beside the
 * proposal for correction), and the indexes of the source paragraphs no number took (title, preamble).
 */
public record DocumentProposal(List<ProposedSection> sections, List<ProposedParagraph> paragraphs, List<String> source,
                               List<Integer> unnumbered) {

    /** A heading of the document: {@code code} is how the catalogue keys it ("a", "education"). */
    public record ProposedSection(String code, String name) {}

    /** {@code sectionCode} and {@code parentNumber} may be null. */
    public record ProposedParagraph(String number, String sectionCode, String parentNumber, String text, int sourceParagraph) {}

    public DocumentProposal {
        sections = List.copyOf(sections);
        paragraphs = List.copyOf(paragraphs);
        source = List.copyOf(source);
        unnumbered = List.copyOf(unnumbered);
    }

    public boolean isUnnumbered(int sourceParagraph) {
        return unnumbered.contains(sourceParagraph);
    }
}
