package org.mandato.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mandato.catalog.DocumentProposal.ProposedParagraph;
import org.mandato.catalog.DocumentProposal.ProposedSection;
import org.mandato.extraction.ExtractedText;

/**
 * Proposes the numbered paragraphs and the sections of a summit's document from its text, for the
 * Secretariat to correct: numbers as documents write them ("1.", "17.", "21.5", "A.3"), lettered
 * sub-items ("a)", "(b)") under the paragraph before them ("4.a"), headings ("A. Democratic
 * governance", "II. EDUCATION", a short line before a numbered one) as sections. When numbering
 * starts again in each section, numbers take the section's name ("Education 2"), as the VII Summit's
 * mandates are cited. Text before the first number (the title, a preamble) is kept apart, unproposed.
 */
final class ParagraphProposer {

    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3})[.)]\\s+(\\S.*)$");
    private static final Pattern DOTTED = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})+)\\.?\\s+(\\S.*)$");
    private static final Pattern SECTIONED = Pattern.compile("^([A-Z]\\.\\d{1,3})\\.?\\s+(\\S.*)$");
    private static final Pattern LETTERED = Pattern.compile("^\\(?([a-z])\\)\\s+(\\S.*)$");
    private static final Pattern LETTER_HEADING = Pattern.compile("^([A-Z]|[IVXL]{1,6})[.)]\\s+(\\S.{1,150})$");
    private static final int HEADING_WORDS = 12;

    private ParagraphProposer() {
    }

    /** {@code paragraphs}: the document's paragraphs, each its lines, as {@code ExtractedText} gives them. */
    static DocumentProposal propose(List<List<String>> paragraphs) {
        return new Run(paragraphs).propose();
    }

    private static final class Run {
        private final List<List<String>> source;
        private final Map<String, ProposedSection> sections = new LinkedHashMap<>();
        private final List<Item> items = new ArrayList<>();
        private final List<Integer> unnumbered = new ArrayList<>();
        private String section;
        private Item current;
        private Item lastTopLevel;

        Run(List<List<String>> source) {
            this.source = source;
        }

        DocumentProposal propose() {
            for (int p = 0; p < source.size(); p++) {
                List<String> lines = source.get(p);
                for (int l = 0; l < lines.size(); l++) {
                    read(lines.get(l).strip(), p, l == 0, lines.size() == 1);
                }
            }
            List<ProposedParagraph> proposed = numbered();
            List<String> texts = source.stream().map(ExtractedText::joined).toList();
            return new DocumentProposal(List.copyOf(sections.values()), proposed, texts, List.copyOf(unnumbered));
        }

        private void read(String line, int paragraph, boolean firstLine, boolean wholeParagraph) {
            if (line.isEmpty()) {
                return;
            }
            Matcher m;
            if ((m = SECTIONED.matcher(line)).matches() || (m = DOTTED.matcher(line)).matches()) {
                String number = m.group(1);
                String parent = number.contains(".") && !SECTIONED.matcher(line).matches()
                        ? number.substring(0, number.lastIndexOf('.')) : null;
                start(new Item(number, false, parent, paragraph, m.group(2)), parent == null);
            } else if ((m = NUMBER.matcher(line)).matches()) {
                start(new Item(m.group(1), true, null, paragraph, m.group(2)), true);
            } else if ((m = LETTERED.matcher(line)).matches() && lastTopLevel != null) {
                start(new Item(lastTopLevel.number + "." + m.group(1), false, lastTopLevel.number, paragraph, m.group(2)), false);
            } else if (firstLine && wholeParagraph && isHeading(line, paragraph)) {
                heading(line);
            } else if (current == null) {
                if (unnumbered.isEmpty() || unnumbered.get(unnumbered.size() - 1) != paragraph) {
                    unnumbered.add(paragraph);
                }
            } else {
                current.add(line, firstLine);
            }
        }

        private void start(Item item, boolean topLevel) {
            item.section = section;
            items.add(item);
            current = item;
            if (topLevel) {
                lastTopLevel = item;
            }
        }

        /** A lettered or roman heading, a line in capitals, or a short line without a full stop right before a number (the title aside). */
        private boolean isHeading(String line, int paragraph) {
            if (line.split("\\s+").length > HEADING_WORDS || line.endsWith(".") && !LETTER_HEADING.matcher(line).matches()
                    || line.endsWith(";") || line.endsWith(",") || line.endsWith(":")) {
                return false;
            }
            if (LETTER_HEADING.matcher(line).matches() || isCapitals(line)) {
                return true;
            }
            // The first paragraph is the document's title, even when a numbered paragraph follows it.
            return paragraph > 0 && Character.isUpperCase(line.codePointAt(0)) && nextStartsNumbered(paragraph);
        }

        private boolean nextStartsNumbered(int paragraph) {
            if (paragraph + 1 >= source.size()) {
                return false;
            }
            String next = source.get(paragraph + 1).get(0).strip();
            return NUMBER.matcher(next).matches() || DOTTED.matcher(next).matches() || SECTIONED.matcher(next).matches();
        }

        private void heading(String line) {
            Matcher lettered = LETTER_HEADING.matcher(line);
            String code;
            String name;
            if (lettered.matches()) {
                code = lettered.group(1).toLowerCase(Locale.ROOT);
                name = lettered.group(2).strip();
            } else {
                name = line;
                code = ParagraphNumbers.slug(line);
            }
            if (isCapitals(name)) {
                name = name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
            }
            code = code.length() > 40 ? code.substring(0, 40).replaceAll("-$", "") : code;
            String unique = code;
            for (int n = 2; sections.containsKey(unique) && !sections.get(unique).name().equals(name); n++) {
                unique = code + "-" + n;
            }
            sections.putIfAbsent(unique, new ProposedSection(unique, name));
            section = unique;
            current = null;
            lastTopLevel = null;
        }

        /** The items as proposed; plain numbers that start again in each section take the section's name. */
        private List<ProposedParagraph> numbered() {
            Map<String, String> firstSectionOfNumber = new HashMap<>();
            boolean restarts = false;
            for (Item item : items) {
                if (item.plain) {
                    String earlier = firstSectionOfNumber.putIfAbsent(item.number, String.valueOf(item.section));
                    restarts = restarts || (earlier != null && !earlier.equals(String.valueOf(item.section)));
                }
            }
            List<ProposedParagraph> proposed = new ArrayList<>();
            for (Item item : items) {
                String number = item.number;
                String parent = item.parent;
                if (restarts && item.section != null) {
                    String prefix = sections.get(item.section).name() + " ";
                    if (item.plain) {
                        number = prefix + number;
                    } else if (parent != null && !parent.contains(" ")) {
                        number = prefix + number;
                        parent = prefix + parent;
                    }
                }
                proposed.add(new ProposedParagraph(number, item.section, parent, item.text.toString(), item.paragraph));
            }
            return proposed;
        }

        private static boolean isCapitals(String line) {
            return line.chars().anyMatch(Character::isLetter) && line.equals(line.toUpperCase(Locale.ROOT))
                    && line.chars().filter(Character::isLetter).count() > 2;
        }
    }

    /** A numbered paragraph being read; {@code plain}: numbered "17.", which may start again in each section. */
    private static final class Item {
        final String number;
        final boolean plain;
        final String parent;
        final int paragraph;
        final StringBuilder text;
        String section;

        Item(String number, boolean plain, String parent, int paragraph, String firstLine) {
            this.number = number;
            this.plain = plain;
            this.parent = parent;
            this.paragraph = paragraph;
            this.text = new StringBuilder(firstLine.strip());
        }

        /** A wrapped line joins its paragraph; a new paragraph of the same item is a blank line apart. */
        void add(String line, boolean newParagraph) {
            if (newParagraph) {
                text.append("\n\n").append(line);
            } else if (text.charAt(text.length() - 1) == '-') {
                text.append(line);
            } else {
                text.append(' ').append(line);
            }
        }
    }
}
