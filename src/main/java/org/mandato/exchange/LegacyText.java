package org.mandato.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a legacy report made into our plain-text body: paragraphs separated by a blank line,
 * the form's sections ("Initiative:", "Brief description of initiative:", "Activities:") as a
 * heading line followed by their text, bullets pasted from a word processor as "- " list items,
 * and the form's own prompts left in by reporters taken out.
 */
final class LegacyText {

    /** A form heading at the start of a line, with whatever follows it on that line. */
    private static final Pattern FORM_HEADING = Pattern.compile(
            "(?i)^(initiative|brief description of (?:the )?initiative|activities)\\s*:\\s*(.*)$");

    /** Word processors' bullets arrive as a stray "•" or "¥" (a Mac Roman bullet read as Windows-1252; not before a digit, where it is yen). */
    private static final Pattern BULLET = Pattern.compile("^(?:•|¥(?!\\d))\\s*(.*)$");

    /** The legacy form's prompts, e.g. "(List the different activities for implementation of this Initiative)". */
    private static final Pattern PROMPT = Pattern.compile(
            "(?i)^\\((?:please\\s+)?(?:list|describe|indicate|include|provide|specify|mention|enter|explain|summari[sz]e|briefly)\\b[^)]*\\)\\s*");

    private LegacyText() {
    }

    /** The body for the given lines of a report, as the page shows them. */
    static String body(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean afterHeading = false;
        for (String raw : lines) {
            String line = clean(raw);
            Matcher heading = FORM_HEADING.matcher(line);
            if (heading.matches()) {
                blankLine(out);
                out.add(capitalized(heading.group(1)));
                afterHeading = true;
                line = heading.group(2);
            }
            if (line.isEmpty()) {
                if (!afterHeading) {
                    blankLine(out);
                }
                continue;
            }
            line = withoutPrompt(line);
            if (line.isEmpty()) {
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                if (bullet.group(1).isEmpty()) {
                    continue;
                }
                line = "- " + bullet.group(1);
            }
            out.add(line);
            afterHeading = false;
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out);
    }

    /** The body of {@code text} (one already stored, or just read), as it is compared to tell duplicates. */
    static String comparable(String text) {
        String body = body(text == null ? List.of() : List.of(text.split("\r\n|\r|\n", -1)));
        return body.replaceAll("\\s+", " ").strip();
    }

    /** A short, stable fingerprint of the comparable text, for the external key of an imported report. */
    static String fingerprint(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(comparable(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The line without no-break spaces and surrounding white space. */
    static String clean(String line) {
        return line.replace('\u00a0', ' ').replace('\t', ' ').strip();
    }

    private static String withoutPrompt(String text) {
        return PROMPT.matcher(text.strip()).replaceFirst("").strip();
    }

    private static void blankLine(List<String> out) {
        if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
            out.add("");
        }
    }

    private static String capitalized(String heading) {
        String lower = heading.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
