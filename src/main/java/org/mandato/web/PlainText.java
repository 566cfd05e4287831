package org.mandato.web;

import java.util.Arrays;
import java.util.List;

/**
 * Plain text as typed: a blank line separates paragraphs, a single line break stays a line break.
 * Templates print the pieces escaped, so nothing a writer types is ever read as markup.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The paragraphs of {@code text}, each as its lines. */
    public static List<List<String>> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(p -> Arrays.stream(p.split("\n")).map(String::strip).toList())
                .toList();
    }

    /** The first {@code max} characters of {@code text}, cut at a word, with an ellipsis when cut. */
    public static String excerpt(String text, int max) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        return flat.substring(0, cut > max / 2 ? cut : max) + "…";
    }
}
