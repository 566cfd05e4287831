package org.mandato.extraction;

import java.util.List;

/**
 * The text of an uploaded document in reading order: its paragraphs, each the lines it was
 * written on (a DOCX paragraph is one line; a PDF or a text file breaks paragraphs into lines).
 * A DOCX paragraph numbered by Word's automatic numbering starts with its number, as shown.
 */
public record ExtractedText(String fileName, DocumentFormat format, List<List<String>> paragraphs) {

    public ExtractedText {
        paragraphs = paragraphs.stream().map(List::copyOf).filter(p -> !p.isEmpty()).toList();
    }

    /** Each paragraph on one line (its lines joined by a space), paragraphs separated by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs.stream().map(ExtractedText::joined).toList());
    }

    /**
     * A paragraph's lines as one line of text. A line ending in a hyphen joins the next without a
     * space and keeps the hyphen: "anti-" and "corruption" are "anti-corruption", and a word a
     * typesetter split shows its hyphen rather than losing one that belonged there.
     */
    public static String joined(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            String part = line.strip();
            if (!text.isEmpty() && !part.isEmpty() && text.charAt(text.length() - 1) != '-') {
                text.append(' ');
            }
            text.append(part);
        }
        return text.toString();
    }
}
