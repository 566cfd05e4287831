package org.mandato.exchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a page of the legacy site into report blocks, before anything is looked up.
 * The page: chrome (see {@link LegacyChrome}: skip link, menus, tabs, the list of institutions,
 * "Reports"), then blocks, newest first: a line {@code Date:  M/D/YYYY}, the text, and {@code
 * Paragraphs: 17, 23 Paragraphs VII Summit: -}; then "Related Resources" and "IOM's Website". On an
 * institution page a theme's name (often a bullet, "• Agriculture", followed by the theme's own tabs)
 * heads its reports, and the citations share the date's line (also a bullet), the text following them.
 * Chrome is skipped wherever it stands, and every line skipped is listed, so that an operator can see
 * that nothing of a report was lost.
 */
final class LegacyPageParser {

    /** A line of the page: its number in the file, its text, and whether the page's markup already told it chrome. */
    record Line(int number, String text, boolean chrome) {

        static List<Line> of(String text) {
            String[] lines = text.split("\r\n|\r|\n", -1);
            List<Line> numbered = new ArrayList<>(lines.length);
            for (int i = 0; i < lines.length; i++) {
                numbered.add(new Line(i + 1, lines[i], false));
            }
            return numbered;
        }
    }

    /** A report block as the page writes it; {@code portOfSpain} and {@code viiSummit} hold the numbers cited. */
    record Block(int line, LocalDate date, String themeName, int themeLine, String body,
                 List<String> portOfSpain, List<String> viiSummit, int citationLine) {}

    /** The name of an institution as the page gives it ("IOM" of "IOM's Website"), and where. */
    record Mention(int line, String name) {}

    /** A line skipped as page chrome. */
    record Skipped(int line, String text) {}

    record Page(List<Block> blocks, List<Mention> institutions, List<Skipped> skipped, List<LegacyProblem> problems) {}

    /** A date line is "Date:" with a date-like value and, on institution pages, the citations. */
    private static final Pattern DATE_LINE = Pattern.compile("(?i)^Date:\\s*(\\d\\S*)?\\s*(Paragraphs:.*)?$");
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern CITATIONS = Pattern.compile("(?i)^Paragraphs:\\s*(.*?)\\s*(?:Paragraphs VII Summit:\\s*(.*))?$");
    private static final Pattern VII_CITATIONS = Pattern.compile("(?i)^Paragraphs VII Summit:\\s*(.*)$");
    private static final Pattern WEBSITE = Pattern.compile("(?i)^(.+?)['’]s Website$");
    private static final Pattern NAME_WITH_ACRONYM = Pattern.compile("^.+\\([^()]+\\)$");

    private final Predicate<String> isThemeName;

    /** {@code isThemeName} tells a theme's heading on an institution page from a line of report text. */
    LegacyPageParser(Predicate<String> isThemeName) {
        this.isThemeName = isThemeName;
    }

    Page parse(String text) {
        return parse(Line.of(text));
    }

    Page parse(List<Line> lines) {
        return new Run(lines).parse();
    }

    /** One reading of one page. */
    private final class Run {
        private final List<Line> lines;
        private final List<Open> complete = new ArrayList<>();
        private final List<Mention> institutions = new ArrayList<>();
        private final List<Skipped> skipped = new ArrayList<>();
        private final List<LegacyProblem> problems = new ArrayList<>();
        private String theme;
        private int themeLine;
        private Open open;
        private Open lastClosed;
        /** After text outside any report, until the next date line: the rest of that fragment is not reported again. */
        private boolean inStray;

        Run(List<Line> lines) {
            this.lines = lines;
        }

        Page parse() {
            for (int i = 0; i < lines.size(); i++) {
                int number = lines.get(i).number();
                String line = content(i);
                Matcher date = DATE_LINE.matcher(line);
                if (date.matches()) {
                    close();
                    inStray = false;
                    open = new Open(number, date.group(1), theme, themeLine);
                    if (date.group(2) != null) {
                        open.citations(CITATIONS.matcher(date.group(2)), number);
                    }
                    continue;
                }
                if (isChrome(i)) {
                    if (LegacyChrome.closesReports(line)) {
                        close();
                    }
                    skipped.add(new Skipped(number, line));
                    continue;
                }
                if (open != null && takenByOpenBlock(line, i)) {
                    continue;
                }
                outside(line, i);
            }
            close();
            List<Block> blocks = complete.stream().map(b -> new Block(b.line, b.date(), b.theme, b.themeLine, b.body,
                    b.portOfSpain, b.viiSummit == null ? List.of() : b.viiSummit, b.citationLine)).toList();
            return new Page(blocks, List.copyOf(institutions), List.copyOf(skipped), List.copyOf(problems));
        }

        /** The line as read: no-break spaces, surrounding blanks and leading bullets taken off. */
        private String content(int index) {
            return LegacyChrome.withoutBullet(LegacyText.clean(lines.get(index).text()));
        }

        private boolean isChrome(int index) {
            String line = content(index);
            return !line.isEmpty() && (lines.get(index).chrome() || LegacyChrome.isChrome(line, isThemeName));
        }

        /** Adds the line to the open block, or closes the block when the line ends it; true when taken. */
        private boolean takenByOpenBlock(String line, int index) {
            boolean ends = WEBSITE.matcher(line).matches() || headsReportsThroughTabs(index);
            if (open.citationLine == 0) {
                Matcher citations = CITATIONS.matcher(line);
                if (citations.matches()) {
                    open.citations(citations, lines.get(index).number());
                    if (open.hasText()) {
                        close();
                    }
                    return true;
                }
            } else {
                Matcher vii = VII_CITATIONS.matcher(line);
                if (vii.matches() && !open.hasText() && open.viiSummit == null) {
                    open.viiSummit = numbers(vii.group(1));
                    return true;
                }
                ends = ends || (isThemeName.test(line) && reportFollows(index, false));
            }
            if (ends) {
                close();
                return false;
            }
            open.text.add(lines.get(index).text());
            return true;
        }

        private void outside(String line, int index) {
            int number = lines.get(index).number();
            if (line.isEmpty()) {
                return;
            }
            Matcher vii = VII_CITATIONS.matcher(line);
            if (vii.matches() && lastClosed != null && lastClosed.viiSummit == null) {
                lastClosed.viiSummit = numbers(vii.group(1));
                return;
            }
            Matcher website = WEBSITE.matcher(line);
            if (website.matches()) {
                institutions.add(new Mention(number, website.group(1).strip()));
                return;
            }
            boolean themeName = isThemeName.test(line);
            if (!themeName && NAME_WITH_ACRONYM.matcher(line).matches() && lastClosed == null && !inStray) {
                institutions.add(new Mention(number, line));
                return;
            }
            boolean straysCitations = CITATIONS.matcher(line).matches();
            if (themeName || headsReportsThroughTabs(index) || (reportFollows(index, false) && !inStray && !straysCitations)) {
                theme = line;
                themeLine = number;
                inStray = false;
                return;
            }
            if (!inStray) {
                problems.add(LegacyProblem.atLine(number, "legacy.error.textOutsideReport"));
                inStray = true;
            }
        }

        /** A heading followed by a theme's tabs or a "Reports" heading, then a date: the name of a theme, known or not. */
        private boolean headsReportsThroughTabs(int index) {
            return !CITATIONS.matcher(content(index)).matches() && reportFollows(index, true);
        }

        private void close() {
            if (open == null) {
                return;
            }
            Open block = open;
            open = null;
            lastClosed = block;
            block.body = LegacyText.body(block.text);
            if (block.body.isEmpty()) {
                problems.add(LegacyProblem.atLine(block.line, "legacy.error.noText", block.dateText()));
            } else if (block.citationLine == 0) {
                problems.add(LegacyProblem.atLine(block.line, "legacy.error.noCitations", block.dateText()));
            }
            if (block.date() != null && !block.body.isEmpty() && block.citationLine > 0) {
                complete.add(block);
            }
        }

        /**
         * Whether the next line that is neither blank nor chrome is a date line; with {@code throughTabs},
         * only when a theme's tabs or a "Reports" heading stand between.
         */
        private boolean reportFollows(int index, boolean throughTabs) {
            boolean tabs = false;
            for (int i = index + 1; i < lines.size(); i++) {
                String line = content(i);
                if (line.isEmpty()) {
                    continue;
                }
                if (DATE_LINE.matcher(line).matches()) {
                    return !throughTabs || tabs;
                }
                if (!isChrome(i)) {
                    return false;
                }
                tabs = tabs || LegacyChrome.introducesReports(line);
            }
            return false;
        }

        /** A block being read; the problems of its date line are recorded at once. */
        private final class Open {
            final int line;
            final String dateValue;
            final String theme;
            final int themeLine;
            final List<String> text = new ArrayList<>();
            List<String> portOfSpain = List.of();
            List<String> viiSummit;
            int citationLine;
            String body;
            private final LocalDate date;

            Open(int line, String dateValue, String theme, int themeLine) {
                this.line = line;
                this.dateValue = dateValue == null ? "" : dateValue;
                this.theme = theme;
                this.themeLine = themeLine;
                this.date = parseDate();
            }

            LocalDate date() {
                return date;
            }

            String dateText() {
                return dateValue;
            }

            boolean hasText() {
                return text.stream().anyMatch(l -> !LegacyText.clean(l).isEmpty());
            }

            void citations(Matcher matcher, int at) {
                if (matcher.matches()) {
                    portOfSpain = numbers(matcher.group(1));
                    viiSummit = matcher.group(2) == null ? null : numbers(matcher.group(2));
                }
                citationLine = at;
            }

            private LocalDate parseDate() {
                Matcher us = US_DATE.matcher(dateValue);
                if (!us.matches()) {
                    problems.add(LegacyProblem.atLine(line, "legacy.error.notADate", dateValue));
                    return null;
                }
                try {
                    return LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2)));
                } catch (DateTimeException e) {
                    problems.add(LegacyProblem.atLine(line, "legacy.error.impossibleDate", dateValue));
                    return null;
                }
            }
        }
    }

    /** "17, 23" → [17, 23]; "-" or nothing → none. */
    static List<String> numbers(String cited) {
        if (cited == null) {
            return List.of();
        }
        return Arrays.stream(cited.split("[,;]")).map(String::strip).filter(n -> !n.isEmpty() && !n.equals("-")).toList();
    }
}
