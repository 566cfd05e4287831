package org.mandato.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a saved legacy page carries around its reports, recognised wherever it stands: the skip link,
 * the summits' menu ("First" … "Sixth", "Special", "Sustainable"), the tabs of a theme ("Paragraphs
 * Related to the Theme", "Paragraphs VII Summit", "Ministerials"), the " - "-joined list of
 * institutions, the text of the page's drop-down ("Select a theme Agriculture Democracy …"), the
 * "Reports" and "Related Resources" headings. Bullets ("• Agriculture", "• Date: …") are taken off
 * before a line is told chrome, a theme or a date.
 */
final class LegacyChrome {

    /** A word processor's or a browser's bullet, once or repeated; "¥" before a digit is yen, not a bullet. */
    private static final Pattern BULLETS = Pattern.compile("^(?:(?:[•·▪◦●‣]|¥(?!\\d))\\s*)+");
    private static final Pattern INSTITUTION_LIST = Pattern.compile("^-.* - .*-$");
    private static final Pattern SELECT = Pattern.compile(
            "(?i)^[-–—\\s]*select\\b(?:\\s+(?:an?|one|the|your))?(?:\\s+(?:theme|institution|summit|language|option|topic|area|one))?\\s*[:.…-]*\\s*-*\\s*(.*)$");
    private static final List<String> TABS = List.of("paragraphs related to the theme", "paragraphs vii summit", "ministerials");
    private static final Set<String> HEADINGS = Set.of("skip navigation links", "reports", "related resources");
    private static final Set<String> MENU_WORDS = Set.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "special", "sustainable", "summit", "summits");
    /** The longest theme name a drop-down's text is cut into, in words ("Youth and childhood" has three). */
    private static final int LONGEST_NAME = 6;

    private LegacyChrome() {
    }

    /** The line without its leading bullets. */
    static String withoutBullet(String line) {
        return BULLETS.matcher(line).replaceFirst("");
    }

    static boolean isBulleted(String line) {
        return BULLETS.matcher(line).lookingAt();
    }

    /** True for a line of page chrome; {@code isThemeName} tells the options of the drop-down. */
    static boolean isChrome(String line, Predicate<String> isThemeName) {
        String lower = line.toLowerCase(Locale.ROOT);
        return HEADINGS.contains(lower) || INSTITUTION_LIST.matcher(line).matches() || isTabs(lower) || isMenu(lower)
                || isDropDown(line, isThemeName);
    }

    /** The tabs of a theme or the "Reports" heading: what stands between a theme's heading and its reports. */
    static boolean introducesReports(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.equals("reports") || isTabs(lower);
    }

    /** "Related Resources" and "IOM's Website" come after the last report. */
    static boolean closesReports(String line) {
        return line.equalsIgnoreCase("related resources");
    }

    private static boolean isTabs(String lower) {
        String rest = lower;
        for (String tab : TABS) {
            rest = rest.replace(tab, " ");
        }
        return rest.isBlank();
    }

    private static boolean isMenu(String lower) {
        String[] words = lower.split("[\\s|·»>/]+");
        return Arrays.stream(words).allMatch(w -> w.isEmpty() || MENU_WORDS.contains(w))
                && Arrays.stream(words).anyMatch(w -> !w.isEmpty());
    }

    /** "Select", "-- Select a theme --", or such a prompt followed by the options' names, all of them themes. */
    private static boolean isDropDown(String line, Predicate<String> isThemeName) {
        Matcher select = SELECT.matcher(line);
        return select.matches() && isNames(select.group(1).strip(), isThemeName);
    }

    /** True when the words can be cut into consecutive names, each a theme. */
    private static boolean isNames(String text, Predicate<String> isName) {
        if (text.isEmpty()) {
            return true;
        }
        String[] words = text.split("\\s+");
        boolean[] cut = new boolean[words.length + 1];
        cut[0] = true;
        for (int end = 1; end <= words.length; end++) {
            for (int start = Math.max(0, end - LONGEST_NAME); start < end && !cut[end]; start++) {
                cut[end] = cut[start] && isName.test(String.join(" ", Arrays.copyOfRange(words, start, end)));
            }
        }
        return cut[words.length];
    }
}
