package org.mandato.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Paragraph numbers are text with a natural order: "2" &lt; "10" &lt; "10.a" &lt; "Education 2".
 * This class owns that order, the URL slug of a number, and the citation form "Label ¶number".
 */
public final class ParagraphNumbers {

    public static final String PILCROW = "¶";

    /** Digits compare as numbers, other runs of text case-insensitively; a prefix sorts first. */
    public static final Comparator<String> NATURAL_ORDER = ParagraphNumbers::compareNaturally;

    private ParagraphNumbers() {
    }

    public static String slug(String number) {
        String folded = Normalizer.normalize(number, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("paragraph number '" + number + "' has no letter or digit");
        }
        return slug;
    }

    /** "Port of Spain 2009 ¶17"; a sectioned number "Migration 2" reads "VII Summit Migration ¶2". */
    public static String citation(String documentLabel, String number) {
        int lastSpace = number.lastIndexOf(' ');
        if (lastSpace > 0) {
            return documentLabel + " " + number.substring(0, lastSpace) + " " + PILCROW + number.substring(lastSpace + 1);
        }
        return documentLabel + " " + PILCROW + number;
    }

    /** "¶17", or "Migration ¶2" for a sectioned number: how a number reads under its document. */
    public static String shortCitation(String number) {
        int lastSpace = number.lastIndexOf(' ');
        return lastSpace > 0
                ? number.substring(0, lastSpace) + " " + PILCROW + number.substring(lastSpace + 1)
                : PILCROW + number;
    }

    static int compareNaturally(String left, String right) {
        List<String> a = chunks(left);
        List<String> b = chunks(right);
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = compareChunks(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        int bySize = Integer.compare(a.size(), b.size());
        return bySize != 0 ? bySize : left.compareTo(right);
    }

    private static int compareChunks(String x, String y) {
        boolean xDigits = Character.isDigit(x.charAt(0));
        boolean yDigits = Character.isDigit(y.charAt(0));
        if (xDigits && yDigits) {
            String xTrimmed = x.replaceFirst("^0+(?=.)", "");
            String yTrimmed = y.replaceFirst("^0+(?=.)", "");
            int byLength = Integer.compare(xTrimmed.length(), yTrimmed.length());
            return byLength != 0 ? byLength : xTrimmed.compareTo(yTrimmed);
        }
        if (xDigits != yDigits) {
            return xDigits ? -1 : 1;
        }
        return x.compareToIgnoreCase(y);
    }

    /** Runs of digits and runs of letters; separators (space, dot, dash) only split. */
    private static List<String> chunks(String number) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Boolean inDigits = null;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(chunks, current);
                inDigits = null;
                continue;
            }
            boolean digit = Character.isDigit(c);
            if (inDigits != null && inDigits != digit) {
                flush(chunks, current);
            }
            current.append(c);
            inDigits = digit;
        }
        flush(chunks, current);
        return chunks;
    }

    private static void flush(List<String> chunks, StringBuilder current) {
        if (!current.isEmpty()) {
            chunks.add(current.toString());
            current.setLength(0);
        }
    }
}
